package org.corroborate.article;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of a project's article list. */
public record ArticleSummary(
        long id,
        String title,
        @Nullable String outlet,
        @Nullable LocalDate publishedDate,
        int wordCount,
        Instant importedAt,
        ArticleStatus status,
        String sourceName) {}
