package org.corroborate.story;

/** What one run of the suggestion did. */
public record SuggestionReport(int storiesSuggested, int articlesPlaced, int nearDuplicatesFlagged) {

    public String summary() {
        return plural(storiesSuggested, "new story", "new stories") + " suggested, "
                + plural(articlesPlaced, "article", "articles") + " placed, "
                + plural(nearDuplicatesFlagged, "near-duplicate pair", "near-duplicate pairs") + " flagged.";
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
