package org.corroborate.export;

import java.util.List;

/**
 * Which label sets and articles an export holds. By default only work that is done: gold sets of curated
 * articles and finished annotators' sets, so that an unfinished set never reads as a label (or its missing
 * spans as negative examples). An article is exported when one of its label sets is, or when the options
 * include every article (all unfinished work of the chosen label sources). Plain Java.
 */
public final class ExportSelection {

    private ExportSelection() {}

    public static boolean keeps(ExportOptions options, boolean curated, ExportedSet set) {
        if (set.gold()) {
            return options.labels().wantsGold() && (curated || options.uncurated());
        }
        return options.labels().wantsAnnotators() && (set.status() == SetStatus.FINISHED || options.unfinished());
    }

    public static boolean keepsArticle(ExportOptions options, boolean curated, List<ExportedSet> sets) {
        return sets.stream().anyMatch(s -> keeps(options, curated, s)) || includesEveryArticle(options);
    }

    /** True when the options take unfinished work of every chosen label source: no article is left out. */
    public static boolean includesEveryArticle(ExportOptions options) {
        return (!options.labels().wantsGold() || options.uncurated())
                && (!options.labels().wantsAnnotators() || options.unfinished());
    }
}
