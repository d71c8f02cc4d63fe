package org.corroborate.story;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story with its articles (by publication date, undated last).
 *
 * @param version for {@link StoryService#rename}, {@link StoryService#accept} and {@link StoryService#split}: a
 *         change of the title or of the articles since it was read makes those refuse
 */
public record StoryDetails(
        long id,
        long projectId,
        String title,
        StoryStatus status,
        long version,
        Instant createdAt,
        List<StoryArticle> articles) {

    public static final int TITLE_MAX_LENGTH = 300;

    /** Suggested, or holds articles that the suggestion added and no manager accepted yet. */
    public boolean needsReview() {
        return status == StoryStatus.SUGGESTED || articles.stream().anyMatch(StoryArticle::suggested);
    }

    /** True when the two articles are not rewrites of one copy (see {@link StoryService#independent}). */
    public boolean independent(long articleA, long articleB) {
        if (articleA == articleB) {
            return false;
        }
        Long groupA = group(articleA);
        return groupA == null || !groupA.equals(group(articleB));
    }

    private @Nullable Long group(long articleId) {
        return articles.stream()
                .filter(a -> a.articleId() == articleId)
                .findFirst()
                .map(StoryArticle::nearDuplicateGroup)
                .orElse(null);
    }
}
