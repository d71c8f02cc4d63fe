package org.corroborate.export;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One article as an export sees it: its metadata and its cleaned text (the text annotations point into). */
public record ExportArticle(
        long id,
        String title,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable String author,
        @Nullable LocalDate published,
        int wordCount,
        @Nullable Instant importedAt,
        String sourceName,
        String text) {}
