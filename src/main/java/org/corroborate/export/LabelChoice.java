package org.corroborate.export;

import java.util.Locale;

/** Whose labels an export holds. */
public enum LabelChoice {
    /** The curated gold labels only. */
    GOLD,
    /** Every annotator's own labels, with an annotator column. */
    ANNOTATORS,
    /** Both: gold rows have the annotator "gold". */
    BOTH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LabelChoice fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    public boolean wantsGold() {
        return this != ANNOTATORS;
    }

    public boolean wantsAnnotators() {
        return this != GOLD;
    }
}
