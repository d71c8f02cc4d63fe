package org.corroborate.exercise;

/** What became of one gold item in a scored attempt. */
public enum ItemOutcome {
    /** Matched by a student span with the right label. */
    FOUND("found"),
    /** Matched by a student span with another label: partial credit. */
    WRONG_LABEL("wrong label"),
    /** No student span overlaps it enough. */
    MISSED("missed");

    private final String caption;

    ItemOutcome(String caption) {
        this.caption = caption;
    }

    public String caption() {
        return caption;
    }
}
