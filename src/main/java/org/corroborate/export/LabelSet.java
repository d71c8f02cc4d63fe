package org.corroborate.export;

/**
 * One set of labels of one article: the article's gold version, or one annotator's own. Every exported span
 * belongs to exactly one label set, named by its {@link ExportSpan#owner()}.
 *
 * @param owner {@link ExportSpan#GOLD} for the gold version, else the annotator's username
 * @param status for gold: finished when the article is curated, else in progress
 */
public record LabelSet(String owner, boolean gold, SetStatus status) {

    /** How the gold label set is spelt in every sheet and file. */
    public static final String GOLD_NAME = "gold";

    public static LabelSet gold(boolean curated) {
        return new LabelSet(ExportSpan.GOLD, true, curated ? SetStatus.FINISHED : SetStatus.IN_PROGRESS);
    }

    public static LabelSet annotator(String username, SetStatus status) {
        return new LabelSet(username, false, status);
    }
}
