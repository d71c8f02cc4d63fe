package org.corroborate.scheme;

/** The kinds of annotation a project can hold. */
public enum Layer {
    /** A check-worthy statement; label = claim type. */
    CLAIM,
    /** One part of a PARC-style attribution frame; label = its role (cue, source or content). */
    ATTRIBUTION,
    /** A mention of a source; label = source type (unnamed individual = anonymous sourcing). */
    SOURCE,
    /** A number, amount, percentage, duration or date; label = its dimension. */
    FIGURE;

    /** Lower-case name as used in exports, JSON and CSS classes. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Layer fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
