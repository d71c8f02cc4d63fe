package org.corroborate.curation;

/** How gold is pre-filled from the annotators' spans (as INCEpTION's curation merge strategies). */
public enum MergeStrategy {
    /** Only spans every annotator of the article marked with the same label. */
    UNANIMOUS("Unanimous only"),
    /** Spans whose label more than half of the article's annotators chose. */
    MAJORITY("Majority"),
    /** Spans whose label at least N annotators chose, and no other label as many. */
    THRESHOLD("Vote threshold");

    private final String caption;

    MergeStrategy(String caption) {
        this.caption = caption;
    }

    public String caption() {
        return caption;
    }
}
