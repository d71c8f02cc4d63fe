package org.corroborate.article;

import java.time.Instant;
import java.util.List;

/** Everything the reader shows about one article, with what the current user may do to it. */
public record ArticleDetails(
        long id,
        long projectId,
        long version,
        String title,
        boolean textStartsWithHeadline,
        ArticleMetadata metadata,
        String sourceName,
        String sourceCharset,
        int wordCount,
        ArticleStatus status,
        Instant importedAt,
        String importedBy,
        String cleanedText,
        String rawText,
        List<NoiseSegmentView> segments,
        boolean canEdit,
        boolean canRestore) {}
