package org.corroborate.reconcile;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many independent reports the articles reporting a figure make: the articles of one near-duplicate group
 * (rewrites of one copy, also along chains, as the story's near-duplicate groups have them) count once. The board and
 * the analytics' story map both count with this.
 */
public final class IndependentReports {

    private IndependentReports() {}

    /**
     * @param articleIds the articles reporting the figure (an article may be given more than once)
     * @param nearDuplicateGroups an article's near-duplicate group (the project's groups); articles without one are
     *         absent
     */
    public static int count(Collection<Long> articleIds, Map<Long, Long> nearDuplicateGroups) {
        Set<Long> reports = new HashSet<>();
        for (long articleId : articleIds) {
            reports.add(nearDuplicateGroups.getOrDefault(articleId, articleId));
        }
        return reports.size();
    }
}
