package org.corroborate.article;

/** Why the cleaner set a stretch of an article's raw text aside. */
public enum NoiseKind {
    REPEATED_BODY("Repeated body"),
    SHARE_WIDGET("Share widget"),
    ADVERTISEMENT("Advertisement"),
    RELATED_THREADS("Related links"),
    CONTENT_PROTECTED("Copy-protection notice"),
    COMMENT_HEADER("Comments header"),
    META_DESCRIPTION("Meta description"),
    FORUM_QUOTE_HEADER("Forum quote header"),
    BLANK_TAIL("Trailing blank lines");

    private final String label;

    NoiseKind(String label) {
        this.label = label;
    }

    /** Short human text for the reader. */
    public String label() {
        return label;
    }
}
