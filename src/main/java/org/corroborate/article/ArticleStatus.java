package org.corroborate.article;

/** Where an article stands in the project's work. */
public enum ArticleStatus {
    NEW("New"),
    IN_PROGRESS("In progress"),
    CURATED("Curated");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
