package org.corroborate.article;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An article's metadata and cleaned text, without its raw text and segments: what an export reads. */
public record ArticleContent(
        long id,
        String title,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable String author,
        @Nullable LocalDate publishedDate,
        int wordCount,
        Instant importedAt,
        String sourceName,
        String cleanedText) {}
