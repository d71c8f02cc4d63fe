package org.corroborate.annotation;

/** An annotator's own progress on one article, set by the annotator. */
public enum AnnotationSetStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    FINISHED("Finished"),
    /** The annotator passed on this article; it goes to someone else. */
    SKIPPED("Skipped");

    private final String caption;

    AnnotationSetStatus(String caption) {
        this.caption = caption;
    }

    public String caption() {
        return caption;
    }
}
