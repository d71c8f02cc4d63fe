package org.corroborate.article;

import java.util.List;

/**
 * Published inside the transaction that stored an import's new articles (never for an import that stored
 * nothing), so that other features can look at them once the import has committed.
 */
public record ArticlesImported(long projectId, List<Long> articleIds) {}
