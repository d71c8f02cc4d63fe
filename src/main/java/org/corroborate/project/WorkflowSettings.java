package org.corroborate.project;

/**
 * How a project's team works: annotators per article, automatic or manual assignment, after how many minutes
 * without activity an unfinished article is reclaimed for someone else, and blind mode (annotators see only their
 * own work until an article is curated).
 */
public record WorkflowSettings(
        int annotatorsPerArticle, AssignmentMode assignmentMode, int abandonAfterMinutes, boolean blindMode) {

    public static final int MAX_ANNOTATORS_PER_ARTICLE = 20;
    public static final WorkflowSettings DEFAULTS = new WorkflowSettings(2, AssignmentMode.AUTOMATIC, 1440, true);

    public WorkflowSettings {
        if (annotatorsPerArticle < 1 || annotatorsPerArticle > MAX_ANNOTATORS_PER_ARTICLE) {
            throw new ProjectValidationException(
                    "Annotators per article must be between 1 and " + MAX_ANNOTATORS_PER_ARTICLE + ".");
        }
        if (abandonAfterMinutes < 5 || abandonAfterMinutes > 60 * 24 * 365) {
            throw new ProjectValidationException("The abandon timeout must be between 5 minutes and a year.");
        }
    }
}
