package org.corroborate.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the writers need from a project, article by article. {@link ExportService} reads it from the database
 * page by page; the benchmark and unit tests generate it.
 */
public interface ExportData {

    long projectId();

    String projectName();

    String exportedBy();

    Instant exportedAt();

    /** The project's labels as layer:code → caption, for the About sheet. */
    Map<String, String> labels();

    /** Things the About sheet must say (e.g. "no gold labels yet"). */
    List<String> notes();

    /** Every exported article id → its story key (the article's own id until stories exist). */
    Map<Long, String> storyKeys();

    /** Exported article id → its near-duplicate group, for articles that have near-duplicates: the split keeps them together. */
    default Map<Long, Long> nearDuplicateGroups() {
        return Map.of();
    }

    /** Registry source id → name, for the Sources sheet. */
    Map<String, String> canonicalSourceNames();

    /** Sheets that other features contribute (reconciliation, agreement); empty for now. */
    List<ExtraSheet> extraSheets();

    /** Hands every article of {@link #storyKeys()} with its spans to the consumer, one at a time. */
    void forEachArticle(Consumer<ArticleLabels> consumer);
}
