package org.corroborate.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The analytics as rows of named values, in the shape the headless command prints as JSON (snake_case keys; nested
 * {@code sources_by_type}) and flattens for CSV: one place that names every figure.
 */
public final class AnalyticsTables {

    private AnalyticsTables() {}

    /** {@code {"counts": ..., "articles": [...], "outlets": [...], "sources": [...], "stories": [...]}}. */
    public static Map<String, @Nullable Object> document(AnalyticsReport report) {
        Map<String, @Nullable Object> doc = new LinkedHashMap<>();
        doc.put("counts", report.counts().code());
        doc.put("machine_made", report.counts().machineMade());
        doc.put(
                "articles",
                report.articles().stream().map(AnalyticsTables::article).toList());
        doc.put(
                "outlets",
                report.outlets().stream().map(AnalyticsTables::outlet).toList());
        doc.put(
                "sources",
                report.sources().stream().map(AnalyticsTables::source).toList());
        doc.put("stories", report.stories().stream().map(AnalyticsTables::story).toList());
        return doc;
    }

    public static Map<String, @Nullable Object> article(ArticleProfile a) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("article", a.articleId());
        row.put("title", a.title());
        row.put("outlet", a.outlet());
        components(row, a.components());
        row.put("near_duplicate", a.nearDuplicate());
        row.put("published", a.published() == null ? null : a.published().toString());
        row.put("story", a.storyId());
        row.put("counted", a.counted());
        extras(row, a.components());
        return row;
    }

    public static Map<String, @Nullable Object> outlet(OutletProfile o) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("outlet", o.outlet());
        row.put("articles", o.articles());
        row.put("articles_counted", o.countedArticles());
        components(row, o.components());
        row.put("near_duplicates", o.nearDuplicates());
        extras(row, o.components());
        return row;
    }

    public static Map<String, @Nullable Object> source(SourceRecord s) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("source", s.sourceId());
        row.put("name", s.name());
        row.put("kind", s.kind().toLowerCase(java.util.Locale.ROOT));
        row.put("mentions", s.mentions());
        row.put("articles", s.articles());
        row.put("stories", s.stories());
        row.put("attributions", s.attributions());
        row.put("claims", s.claims());
        row.put("figures", s.figures());
        row.put("figures_agree", s.agree());
        row.put("figures_conflict", s.conflict());
        row.put("figures_superseded", s.superseded());
        return row;
    }

    public static Map<String, @Nullable Object> story(StoryMap m) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("story", m.storyId());
        row.put("title", m.title());
        row.put(
                "slots",
                m.slots().stream()
                        .map(s -> {
                            Map<String, @Nullable Object> slot = new LinkedHashMap<>();
                            slot.put("slot", s.slotId());
                            slot.put("title", s.title());
                            slot.put(
                                    "verdict",
                                    s.verdict() == null ? null : s.verdict().toLowerCase(java.util.Locale.ROOT));
                            slot.put("accepted_value", s.acceptedValue());
                            slot.put("articles", s.reportingArticles());
                            slot.put("independent", s.independent());
                            slot.put("said_by", s.saidBy());
                            return slot;
                        })
                        .toList());
        row.put(
                "articles",
                m.articles().stream()
                        .map(a -> {
                            Map<String, @Nullable Object> article = new LinkedHashMap<>();
                            article.put("article", a.articleId());
                            article.put("title", a.title());
                            article.put("outlet", a.outlet());
                            article.put("anonymous_share", a.anonymousShare());
                            article.put("near_duplicate", a.nearDuplicate());
                            return article;
                        })
                        .toList());
        return row;
    }

    /** One flat row per slot of each story, for CSV. */
    public static List<Map<String, @Nullable Object>> storySlots(List<StoryMap> maps) {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        for (StoryMap m : maps) {
            for (StoryMap.Slot s : m.slots()) {
                Map<String, @Nullable Object> row = new LinkedHashMap<>();
                row.put("story", m.storyId());
                row.put("story_title", m.title());
                row.put("slot", s.slotId());
                row.put("slot_title", s.title());
                row.put("verdict", s.verdict() == null ? null : s.verdict().toLowerCase(java.util.Locale.ROOT));
                row.put("accepted_value", s.acceptedValue());
                row.put("articles", s.reportingArticles().size());
                row.put("independent", s.independent());
                row.put("said_by", String.join("; ", s.saidBy()));
                rows.add(row);
            }
        }
        return rows;
    }

    /** Nested maps become {@code parent.key} columns. */
    public static Map<String, @Nullable Object> flat(Map<String, @Nullable Object> row) {
        Map<String, @Nullable Object> flat = new LinkedHashMap<>();
        row.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                nested.forEach((k, v) -> flat.put(key + "." + k, v));
            } else {
                flat.put(key, value);
            }
        });
        return flat;
    }

    private static void components(Map<String, @Nullable Object> row, Components c) {
        row.put("attributions", c.attributions());
        row.put("claims", c.claims());
        row.put("claims_attributed", c.claimsAttributed());
        row.put("source_mentions", c.sourceMentions());
        row.put("sources_by_type", c.sourcesByType().byLabel());
        row.put("anonymous_mentions", c.anonymousMentions());
        row.put("anonymous_share", c.anonymousShare());
        row.put("reasons_given", c.reasonsGiven());
        row.put("figures", c.figures());
        row.put("figures_consistent", c.verdicts().consistent());
        row.put("figures_conflict", c.verdicts().conflict());
    }

    private static void extras(Map<String, @Nullable Object> row, Components c) {
        row.put("claims_attributed_share", c.claimsAttributedShare());
        row.put("reason_share", c.reasonShare());
        row.put("content_words", c.contentWords());
        row.put("anonymous_words", c.anonymousWords());
        row.put("anonymous_word_share", c.anonymousWordShare());
        row.put("cues_hedged", c.hedged());
        row.put("cues_asserted", c.asserted());
        row.put("figures_superseded", c.verdicts().superseded());
        row.put("figures_different_scope", c.verdicts().differentScope());
        row.put("figures_undecided", c.verdicts().undecided());
    }
}
