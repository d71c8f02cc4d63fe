package org.corroborate.project;

/** How a project's articles reach its annotators. */
public enum AssignmentMode {
    /** "Next article for me" hands out the oldest article that still needs annotators. */
    AUTOMATIC("Automatic: next article for me"),
    /** Managers assign articles to annotators; "next article" only walks the annotator's own assignments. */
    MANUAL("Manual: managers assign");

    private final String label;

    AssignmentMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
