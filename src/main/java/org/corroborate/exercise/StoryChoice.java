package org.corroborate.exercise;

import java.util.List;

/**
 * A story an instructor may set as a whole: its curated articles (those with gold) go into the exercise; the others
 * cannot be scored and stay out.
 *
 * @param articleIds every article of the story, in the story's order
 * @param curatedArticleIds the story's curated articles, in the same order
 */
public record StoryChoice(long storyId, String title, List<Long> articleIds, List<Long> curatedArticleIds) {

    public StoryChoice {
        articleIds = List.copyOf(articleIds);
        curatedArticleIds = List.copyOf(curatedArticleIds);
    }

    /** Articles of the story without gold. */
    public int uncurated() {
        return articleIds.size() - curatedArticleIds.size();
    }
}
