package org.corroborate.analytics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How many independent reports a set of articles makes: near-duplicates (rewrites of the same copy) count once, also
 * along chains (A rewrites B, B rewrites C: one report).
 */
public final class IndependentReports {

    private IndependentReports() {
    }

    /** @param pairs near-duplicate pairs (two article ids each); pairs with an article outside the set are ignored */
    public static int count(Collection<Long> articles, Collection<long[]> pairs) {
        Map<Long, Long> parent = new HashMap<>();
        articles.forEach(a -> parent.put(a, a));
        int groups = parent.size();
        for (long[] pair : pairs) {
            if (!parent.containsKey(pair[0]) || !parent.containsKey(pair[1])) {
                continue;
            }
            long a = root(parent, pair[0]);
            long b = root(parent, pair[1]);
            if (a != b) {
                parent.put(a, b);
                groups--;
            }
        }
        return groups;
    }

    private static long root(Map<Long, Long> parent, long id) {
        long r = id;
        for (Long up = parent.getOrDefault(r, r); up != r; up = parent.getOrDefault(r, r)) {
            r = up;
        }
        return r;
    }
}
