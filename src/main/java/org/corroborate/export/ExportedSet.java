package org.corroborate.export;

/**
 * One label set of one article as exported (not a project's labels, which are {@code labels.LabelSet}): the
 * article's gold version, or one annotator's own. Every exported span belongs to exactly one, named by its
 * {@link ExportSpan#owner()}.
 *
 * @param owner {@link ExportSpan#GOLD} for the gold version, else the annotator's username
 * @param status for gold: finished when the article is curated, else in progress
 */
public record ExportedSet(String owner, boolean gold, SetStatus status) {

    /** How the gold label set is spelt in every sheet and file. */
    public static final String GOLD_NAME = "gold";

    public static ExportedSet gold(boolean curated) {
        return new ExportedSet(ExportSpan.GOLD, true, curated ? SetStatus.FINISHED : SetStatus.IN_PROGRESS);
    }

    public static ExportedSet annotator(String username, SetStatus status) {
        return new ExportedSet(username, false, status);
    }
}
