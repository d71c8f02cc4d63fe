package org.corroborate.story;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An article as a story lists it.
 *
 * @param suggested placed in the story by the suggestion and not yet accepted by a manager
 * @param similarity its average story similarity to the story's other articles when suggested; null when a
 *         manager placed it
 * @param nearDuplicateGroup the same number for articles that are rewrites of one copy (the lowest article id
 *         of the group); null for an article with no near-duplicate
 */
public record StoryArticle(
        long articleId,
        String title,
        @Nullable String outlet,
        @Nullable LocalDate publishedDate,
        boolean suggested,
        @Nullable Double similarity,
        @Nullable Long nearDuplicateGroup) {}
