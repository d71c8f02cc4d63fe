package org.corroborate.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An in-memory project for writer tests. */
final class TestExportData implements ExportData {

    final List<ArticleLabels> articles = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<ExtraSheet> extras = new ArrayList<>();
    /** Story keys of articles in a story; any other article is its own story. */
    final Map<Long, String> stories = new LinkedHashMap<>();
    /** Near-duplicate group of articles that have near-duplicates. */
    final Map<Long, Long> nearDuplicates = new LinkedHashMap<>();

    /** An article whose span owners' sets are finished; without spans, "annotator" finished it with none. */
    TestExportData add(ExportArticle article, ExportSpan... spans) {
        articles.add(
                spans.length == 0
                        ? new ArticleLabels(
                                article,
                                false,
                                List.of(ExportedSet.annotator("annotator", SetStatus.FINISHED)),
                                List.of())
                        : new ArticleLabels(article, List.of(spans)));
        return this;
    }

    TestExportData add(ArticleLabels labels) {
        articles.add(labels);
        return this;
    }

    @Override
    public long projectId() {
        return 7;
    }

    @Override
    public String projectName() {
        return "=Test project";
    }

    @Override
    public String exportedBy() {
        return "manager";
    }

    @Override
    public Instant exportedAt() {
        return Instant.parse("2026-11-24T10:15:30Z");
    }

    @Override
    public Map<String, String> labels() {
        return Map.of("claim:factual", "Factual", "figure:money", "Money");
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public Map<Long, String> storyKeys() {
        Map<Long, String> keys = new LinkedHashMap<>();
        articles.forEach(a -> keys.put(
                a.article().id(),
                stories.getOrDefault(a.article().id(), Long.toString(a.article().id()))));
        return keys;
    }

    @Override
    public Map<Long, Long> nearDuplicateGroups() {
        return nearDuplicates;
    }

    @Override
    public Map<String, String> canonicalSourceNames() {
        return Map.of("3", "Volodymyr Zelensky");
    }

    @Override
    public List<ExtraSheet> extraSheets() {
        return extras;
    }

    @Override
    public void forEachArticle(Consumer<ArticleLabels> consumer) {
        articles.forEach(consumer);
    }
}
