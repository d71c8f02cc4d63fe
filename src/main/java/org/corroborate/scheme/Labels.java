package org.corroborate.scheme;

import java.util.List;
import java.util.Map;

/**
 * Default label sets per layer and the attribute names and values of the scheme. Label codes are
 * lower-case kebab-case and stable: they are what exports and gold keys store.
 */
public final class Labels {

    private Labels() {}

    // Claim types
    public static final String FACTUAL = "factual";
    public static final String STATISTICAL = "statistical";
    public static final String QUOTE = "quote";
    public static final String PREDICTION = "prediction";
    public static final String OPINION = "opinion";
    public static final String OTHER = "other";

    // Attribution roles (the label of an ATTRIBUTION span)
    public static final String CUE = "cue";
    public static final String SOURCE = "source";
    public static final String CONTENT = "content";

    // Source types
    public static final String NAMED_PERSON = "named-person";
    public static final String NAMED_ORGANISATION = "named-organisation";
    public static final String UNNAMED_INDIVIDUAL = "unnamed-individual";
    public static final String UNNAMED_GROUP = "unnamed-group";
    public static final String DOCUMENT = "document";
    public static final String PRONOUN = "pronoun";

    // Figure dimensions
    public static final String MONEY = "money";
    public static final String PERCENT = "percent";
    public static final String COUNT = "count";
    public static final String LENGTH = "length";
    public static final String DURATION = "duration";
    public static final String DATE = "date";

    public static final Map<Layer, List<String>> DEFAULTS = Map.of(
            Layer.CLAIM, List.of(FACTUAL, STATISTICAL, QUOTE, PREDICTION, OPINION, OTHER),
            Layer.ATTRIBUTION, List.of(CUE, SOURCE, CONTENT),
            Layer.SOURCE,
                    List.of(NAMED_PERSON, NAMED_ORGANISATION, UNNAMED_INDIVIDUAL, UNNAMED_GROUP, DOCUMENT, PRONOUN),
            Layer.FIGURE, List.of(MONEY, PERCENT, COUNT, LENGTH, DURATION, DATE, OTHER));

    /** True for the source types that make a mention anonymous sourcing. */
    public static boolean isAnonymous(String sourceType) {
        return UNNAMED_INDIVIDUAL.equals(sourceType) || UNNAMED_GROUP.equals(sourceType);
    }
}
