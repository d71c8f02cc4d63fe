package org.corroborate.scheme;

import static org.corroborate.scheme.AttributeColumn.Cell.BOOLEAN;
import static org.corroborate.scheme.AttributeColumn.Cell.DATE;
import static org.corroborate.scheme.AttributeColumn.Cell.DECIMAL;
import static org.corroborate.scheme.AttributeColumn.Cell.INTEGER;
import static org.corroborate.scheme.AttributeColumn.Cell.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.scheme.AttributeColumn.Reading;

/**
 * The scheme's attributes, declared once: their names (keys of an annotation's attribute map), and per layer
 * each attribute ({@link Attribute}: type, closed values, how the form shows it) and the export columns that
 * carry them ({@link AttributeColumn}). The form, validation, exports and imports read {@link Layer#attributes()}
 * and {@link Layer#columns()}; adding an attribute is adding it here, to its layer's lists.
 */
public final class Attributes {

    private Attributes() {}

    // CLAIM
    public static final List<String> YES_NO = List.of("yes", "no");
    public static final String CHECK_WORTHY = "checkWorthy"; // "yes" | "no"
    public static final String NOTE = "note";

    // ATTRIBUTION (on the cue)
    public static final String CERTAINTY = "certainty";
    public static final List<String> CERTAINTIES = List.of("asserted", "hedged", "reported-speech");

    // SOURCE
    public static final String AFFILIATION = "affiliation";
    public static final List<String> AFFILIATIONS = List.of(
            "government", "military", "diplomatic", "political", "corporate", "ngo", "academic", "media", "other");
    public static final String DESCRIPTOR = "descriptor"; // the role as written: "a senior U.S. official"
    public static final String ANONYMITY_REASON = "anonymityReason"; // "yes" | "no"
    public static final String REASON_START = "reasonStart"; // offsets of the reason span, when given
    public static final String REASON_END = "reasonEnd";
    public static final String PEOPLE = "people"; // number of people the mention stands for, when stated
    public static final String CANONICAL_SOURCE = "canonicalSource";

    // FIGURE (filled by the figure normaliser, correctable by hand)
    public static final String LOWER = "lower";
    public static final String UPPER = "upper";
    public static final String BOUND = "bound";
    public static final List<String> BOUNDS = List.of("exact", "approximate", "at-least", "at-most", "range");
    public static final String UNIT = "unit";
    public static final String CURRENCY = "currency";
    public static final String MEASURES = "measures";
    public static final String REPORTED_BY = "reportedBy"; // frame id of the attribution that reports the figure

    private static final List<Attribute> CLAIM =
            List.of(Attribute.choice(CHECK_WORTHY, "Check-worthy", YES_NO), Attribute.text(NOTE, "Note"));

    private static final List<AttributeColumn> CLAIM_COLUMNS = List.of(
            AttributeColumn.text("Check-worthy", 12, CHECK_WORTHY, "yes or no, when the annotator said."),
            AttributeColumn.text("Note", 30, NOTE, "The annotator's note."));

    private static final List<Attribute> ATTRIBUTION =
            List.of(Attribute.choice(CERTAINTY, "Certainty", CERTAINTIES).onlyFor(Labels.CUE));

    /** The frame sheet's column for the cue's certainty. */
    private static final List<AttributeColumn> ATTRIBUTION_COLUMNS = List.of(AttributeColumn.text(
            "Certainty", 14, CERTAINTY, "How the cue presents the content: asserted, hedged or" + " reported-speech."));

    // In the form's order: its own widgets (reason phrase, canonical source) come after the plain fields.
    private static final List<Attribute> SOURCE = List.of(
            Attribute.choice(AFFILIATION, "Affiliation", AFFILIATIONS),
            Attribute.text(DESCRIPTOR, "Role as written"),
            Attribute.choice(ANONYMITY_REASON, "Reason for anonymity given", YES_NO),
            Attribute.of(PEOPLE, "Number of people", AttributeType.INTEGER),
            Attribute.of(REASON_START, "Reason as written", AttributeType.TEXT_OFFSET)
                    .shown(FormField.WIDGET),
            Attribute.of(REASON_END, REASON_END, AttributeType.TEXT_OFFSET).shown(FormField.NONE),
            Attribute.of(CANONICAL_SOURCE, "Canonical source", AttributeType.REFERENCE)
                    .shown(FormField.WIDGET));

    private static final List<AttributeColumn> SOURCE_COLUMNS = List.of(
            AttributeColumn.text(
                    "Affiliation",
                    14,
                    AFFILIATION,
                    "government, military, diplomatic, political," + " corporate, ngo, academic, media or other."),
            AttributeColumn.text("Descriptor", 30, DESCRIPTOR, "The role as written ('a senior U.S. official')."),
            AttributeColumn.of(
                    "Reason given",
                    BOOLEAN,
                    Reading.YES_NO,
                    "Whether the article says why the source is" + " anonymous; empty when not said.",
                    ANONYMITY_REASON),
            AttributeColumn.of(
                            "Reason",
                            TEXT,
                            Reading.TEXT_BETWEEN,
                            "The text that gives the reason for anonymity," + " when marked.",
                            REASON_START,
                            REASON_END)
                    .width(40),
            AttributeColumn.of(
                    "People",
                    INTEGER,
                    Reading.VALUE,
                    "How many people the mention stands for, when" + " stated.",
                    PEOPLE),
            AttributeColumn.of(
                    "Canonical source ID",
                    INTEGER,
                    Reading.SOURCE_ID,
                    "The registry source this mention" + " links to (empty: none or unknown).",
                    CANONICAL_SOURCE),
            AttributeColumn.of(
                            "Canonical source",
                            TEXT,
                            Reading.SOURCE_NAME,
                            "That source's name in the project's" + " registry.",
                            CANONICAL_SOURCE)
                    .width(24));

    private static final List<Attribute> FIGURE = List.of(
            Attribute.of(LOWER, "Lower bound", AttributeType.NUMBER),
            Attribute.of(UPPER, "Upper bound", AttributeType.NUMBER),
            Attribute.choice(BOUND, "Bound type", BOUNDS),
            Attribute.text(UNIT, "Unit"),
            Attribute.text(CURRENCY, "Currency"),
            Attribute.text(MEASURES, "What it measures"),
            Attribute.of(REPORTED_BY, "Reported by", AttributeType.REFERENCE).shown(FormField.WIDGET));

    private static final List<AttributeColumn> FIGURE_COLUMNS = List.of(
            AttributeColumn.of(
                    "Lower",
                    DECIMAL,
                    Reading.UNLESS_DATE,
                    "Normalised lower bound (numbers; dates use" + " From).",
                    LOWER),
            AttributeColumn.of("Upper", DECIMAL, Reading.UNLESS_DATE, "Normalised upper bound.", UPPER),
            AttributeColumn.of("From", DATE, Reading.IF_DATE, "Lower bound of a date figure.", LOWER),
            AttributeColumn.of("To", DATE, Reading.IF_DATE, "Upper bound of a date figure.", UPPER),
            AttributeColumn.text("Bound", 12, BOUND, "exact, approximate, at-least, at-most or range."),
            AttributeColumn.text("Unit", 10, UNIT, "Unit of the bounds (USD, percent, km, days \u2026)."),
            AttributeColumn.text("Currency", 9, CURRENCY, "ISO currency of money figures."),
            AttributeColumn.text("Measures", 30, MEASURES, "What the figure measures."),
            AttributeColumn.text(
                    "Reported by", 12, REPORTED_BY, "The Frame of the attribution that reports the" + " figure."));

    /** The layer's attributes, in the order the form shows them. */
    static List<Attribute> of(Layer layer) {
        return switch (layer) {
            case CLAIM -> CLAIM;
            case ATTRIBUTION -> ATTRIBUTION;
            case SOURCE -> SOURCE;
            case FIGURE -> FIGURE;
        };
    }

    /** The export columns that carry the layer's attributes, in sheet order. */
    static List<AttributeColumn> columnsOf(Layer layer) {
        return switch (layer) {
            case CLAIM -> CLAIM_COLUMNS;
            case ATTRIBUTION -> ATTRIBUTION_COLUMNS;
            case SOURCE -> SOURCE_COLUMNS;
            case FIGURE -> FIGURE_COLUMNS;
        };
    }

    // Declared after the lists above: static fields initialise in textual order.
    private static final List<Attribute> ALL = every();
    private static final Map<String, Attribute> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Attribute::name, a -> a));
    private static final List<String> TEXT_OFFSETS = ALL.stream()
            .filter(a -> a.type() == AttributeType.TEXT_OFFSET)
            .map(Attribute::name)
            .toList();

    private static List<Attribute> every() {
        List<Attribute> all = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            all.addAll(of(layer));
        }
        return List.copyOf(all);
    }

    /** Every declared attribute of every layer. */
    public static List<Attribute> all() {
        return ALL;
    }

    /** The attribute of that name in any layer (names are unique across layers: the map would refuse twins). */
    public static Optional<Attribute> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Names of the attributes that hold offsets into the text (converted between UTF-16 and code points). */
    public static List<String> textOffsets() {
        return TEXT_OFFSETS;
    }
}
