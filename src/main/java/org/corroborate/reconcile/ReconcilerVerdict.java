package org.corroborate.reconcile;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a reconciler decides about a slot. Some restate what the intervals can show; the others only a
 * person can tell (two numbers that measure different things, a later number that replaces an earlier one,
 * a plain mistake in one article). The key is the board's shortcut.
 */
public enum ReconcilerVerdict {
    CONSISTENT("1", "Consistent", false),
    CONFLICT("2", "Conflict", false),
    DIFFERENT_SCOPE("3", "Different scope", false),
    SUPERSEDED("4", "Superseded", false),
    ERROR_IN_ARTICLE("5", "Error in an article", true);

    private final String key;
    private final String caption;
    private final boolean namesArticle;

    ReconcilerVerdict(String key, String caption, boolean namesArticle) {
        this.key = key;
        this.caption = caption;
        this.namesArticle = namesArticle;
    }

    public String key() {
        return key;
    }

    public String caption() {
        return caption;
    }

    /** The verdict must say which article is wrong. */
    public boolean namesArticle() {
        return namesArticle;
    }

    public static Optional<ReconcilerVerdict> byKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
