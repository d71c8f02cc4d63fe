package org.corroborate.scheme;

import java.util.List;

/** Attribute names (keys of an annotation's attribute map) and their closed value sets. */
public final class Attributes {

    private Attributes() {
    }

    // CLAIM
    public static final String CHECK_WORTHY = "checkWorthy"; // "yes" | "no"
    public static final String NOTE = "note";

    // ATTRIBUTION (on the cue)
    public static final String CERTAINTY = "certainty";
    public static final List<String> CERTAINTIES = List.of("asserted", "hedged", "reported-speech");

    // SOURCE
    public static final String AFFILIATION = "affiliation";
    public static final List<String> AFFILIATIONS = List.of("government", "military", "diplomatic", "political",
            "corporate", "ngo", "academic", "media", "other");
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
}
