package org.corroborate.article;

import java.util.List;

/** What storing a batch of drafts did: the new articles and the drafts skipped as exact duplicates. */
public record ArticleImportResult(List<ArticleSummary> imported, List<SkippedDuplicate> duplicates) {

    /** A draft whose cleaned text equals an article already in the project (or earlier in the batch). */
    public record SkippedDuplicate(String sourceName, String duplicateOf) {}
}
