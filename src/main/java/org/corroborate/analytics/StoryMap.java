package org.corroborate.analytics;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A story's corroboration map: per figure slot, which articles report it, how many independently (near-duplicates
 * count once), who said it and the verdict; per article its anonymous share; and the articles × slots grid the chart
 * draws, coloured by verdict.
 */
public record StoryMap(
        long storyId, String title, List<Slot> slots, List<Article> articles, Map<Long, Map<Long, String>> cells) {

    /** @param verdict the reconciler's verdict code (CONSISTENT, CONFLICT, ...), null while undecided */
    public record Slot(
            long slotId,
            String title,
            @Nullable String verdict,
            String acceptedValue,
            List<Long> reportingArticles,
            int independent,
            List<String> saidBy) {}

    public record Article(
            long articleId,
            String title,
            String outlet,
            @Nullable Double anonymousShare,
            boolean nearDuplicate) {}

    /** What a cell of the grid says: "" when the article does not report the slot. */
    public String cell(long slotId, long articleId) {
        return cells.getOrDefault(slotId, Map.of()).getOrDefault(articleId, "");
    }

    /** A cell's state: the verdict, "UNDECIDED", or "ERROR_HERE" for the article a slot's error is in. */
    static String state(@Nullable String verdict, @Nullable Long errorArticle, long articleId) {
        if (verdict == null) {
            return "UNDECIDED";
        }
        if (verdict.equals("ERROR_IN_ARTICLE")) {
            return errorArticle != null && errorArticle == articleId ? "ERROR_HERE" : "CONSISTENT";
        }
        return verdict;
    }
}
