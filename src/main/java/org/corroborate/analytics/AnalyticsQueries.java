package org.corroborate.analytics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queries behind {@link AnalyticsService}, without its access checks and transactions: a few aggregate queries
 * per call ({@link AnalyticsSql}), nothing loads entities. The benchmark runs these directly.
 */
final class AnalyticsQueries {

    private final JdbcClient jdbc;

    AnalyticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ArticleProfile> articles(long projectId, Counts counts, Scope scope) {
        return articleRows(projectId, counts, scope);
    }

    Optional<ArticleProfile> article(long projectId, long articleId, Counts counts) {
        return articleRows(projectId, counts, Scope.article(articleId)).stream().findFirst();
    }

    List<OutletProfile> outlets(long projectId, Counts counts, Scope scope) {
        AnalyticsSql sql = new AnalyticsSql(projectId, counts, scope);
        return jdbc.sql(sql.inline(sql.outlets())).query((rs, i) -> new OutletProfile(rs.getString("outlet"),
                rs.getLong("articles"), rs.getLong("counted"), rs.getLong("near_duplicate"), components(rs))).list();
    }

    List<SourceRecord> sources(long projectId, Counts counts) {
        AnalyticsSql sql = new AnalyticsSql(projectId, counts, Scope.ALL);
        return jdbc.sql(sql.inline(sql.sources())).query((rs, i) -> new SourceRecord(rs.getLong("id"),
                rs.getString("name"), rs.getString("kind"), rs.getLong("mentions"), rs.getLong("articles"),
                rs.getLong("stories"), rs.getLong("attributions"), rs.getLong("claims"), rs.getLong("figures"),
                rs.getLong("agree"), rs.getLong("conflict"), rs.getLong("superseded"))).list();
    }

    /** The counted spans of one article, with what each counted as: the spans behind the profile's numbers. */
    List<CountedSpan> spans(long projectId, long articleId, Counts counts) {
        AnalyticsSql sql = new AnalyticsSql(projectId, counts, Scope.article(articleId));
        return jdbc.sql(sql.inline(sql.spans())).query((rs, i) -> new CountedSpan(rs.getLong("id"),
                rs.getLong("article_id"), Layer.valueOf(rs.getString("layer")), rs.getString("label"),
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote"), rs.getString("stype"),
                "yes".equals(rs.getString("reason")), rs.getString("certainty"), rs.getInt("anonymous_frame") == 1))
                .list();
    }

    Optional<StoryMap> story(long projectId, long storyId, Counts counts) {
        List<ArticleProfile> articles = articleRows(projectId, counts, Scope.story(storyId));
        return storyMaps(projectId, Optional.of(storyId), articles).stream().findFirst();
    }

    /** Everything at once, as the headless command and the export give it. */
    AnalyticsReport report(long projectId, Counts counts) {
        List<ArticleProfile> articles = articleRows(projectId, counts, Scope.ALL);
        return new AnalyticsReport(counts, articles, outlets(projectId, counts, Scope.ALL), sources(projectId, counts),
                storyMaps(projectId, Optional.empty(), articles));
    }

    /** The annotators with a finished set in the project, for the counts chooser. */
    List<String> annotatorsWithFinishedSets(long projectId) {
        return jdbc.sql("select distinct s.annotator from annotation_set s join article ar on ar.id = s.article_id"
                        + " where ar.project_id = :projectId and s.kind = 'ANNOTATOR' and s.status = 'FINISHED'"
                        + " order by s.annotator")
                .param("projectId", projectId).query(String.class).list().stream()
                .filter(java.util.Objects::nonNull).toList();
    }

    /** What counts when a page does not say: the gold once any article is curated, else the majority of finished sets. */
    Counts defaultCounts(long projectId) {
        Long curated = jdbc.sql("select count(*) from article where project_id = :projectId and status = 'CURATED'")
                .param("projectId", projectId).query(Long.class).single();
        return curated != null && curated > 0 ? Counts.GOLD : Counts.MAJORITY;
    }

    /** The project's stories (id, title), for choosers. */
    Map<Long, String> stories(long projectId) {
        Map<Long, String> stories = new LinkedHashMap<>();
        jdbc.sql("select id, title from story where project_id = :projectId order by title, id")
                .param("projectId", projectId)
                .query((ResultSet rs) -> {
                    stories.put(rs.getLong(1), rs.getString(2));
                });
        return stories;
    }

    private List<ArticleProfile> articleRows(long projectId, Counts counts, Scope scope) {
        AnalyticsSql sql = new AnalyticsSql(projectId, counts, scope);
        return jdbc.sql(sql.inline(sql.articles())).query((rs, i) -> {
            Date published = rs.getDate("published_date");
            long story = rs.getLong("story_id");
            Long storyId = rs.wasNull() ? null : story;
            return new ArticleProfile(rs.getLong("article_id"), rs.getString("title"), rs.getString("outlet"),
                    published == null ? null : published.toLocalDate(), storyId, rs.getInt("counted") == 1,
                    components(rs), rs.getInt("near_duplicate") == 1);
        }).list();
    }

    private static Components components(ResultSet rs) throws SQLException {
        SourceTypes types = new SourceTypes(rs.getLong("named_person"), rs.getLong("named_organisation"),
                rs.getLong("unnamed_individual"), rs.getLong("unnamed_group"), rs.getLong("document"),
                rs.getLong("pronoun_unresolved"), rs.getLong("other_type"), rs.getLong("pronouns"));
        FigureVerdicts verdicts = new FigureVerdicts(rs.getLong("figures_consistent"), rs.getLong("figures_conflict"),
                rs.getLong("figures_superseded"), rs.getLong("figures_different_scope"), rs.getLong("figures_undecided"));
        return new Components(rs.getLong("attributions"), rs.getLong("hedged"), rs.getLong("asserted"),
                rs.getLong("claims"), rs.getLong("claims_attributed"), rs.getLong("source_mentions"), types,
                rs.getLong("anonymous_mentions"), rs.getLong("reasons_given"), rs.getLong("content_words"),
                rs.getLong("anonymous_words"), rs.getLong("figures"), verdicts);
    }

    private record SlotRow(long id, long storyId, String title, @Nullable String verdict, String accepted,
            @Nullable Long errorArticle) {
    }

    private record FigureRow(long slotId, long articleId, String sourceText) {
    }

    private List<StoryMap> storyMaps(long projectId, Optional<Long> onlyStory, List<ArticleProfile> articles) {
        String storyCondition = onlyStory.isPresent() ? " and st.id = :storyId" : "";
        Map<Long, String> titles = new LinkedHashMap<>();
        jdbc.sql("select st.id, st.title from story st where st.project_id = :projectId" + storyCondition
                        + " order by st.title, st.id")
                .param("projectId", projectId).params(onlyStory.map(id -> Map.<String, Object>of("storyId", id))
                        .orElse(Map.of()))
                .query((ResultSet rs) -> {
                    titles.put(rs.getLong(1), rs.getString(2));
                });
        Map<String, Object> params = new HashMap<>();
        params.put("projectId", projectId);
        onlyStory.ifPresent(id -> params.put("storyId", id));
        List<SlotRow> slots = jdbc.sql("select sl.id, sl.story_id, sl.title, sl.verdict, sl.accepted_value,"
                        + " sl.error_article_id from reconcile_slot sl join story st on st.id = sl.story_id"
                        + " where sl.project_id = :projectId" + storyCondition + " order by sl.id")
                .params(params).query((rs, i) -> {
                    long error = rs.getLong("error_article_id");
                    Long errorArticle = rs.wasNull() ? null : error;
                    return new SlotRow(rs.getLong("id"), rs.getLong("story_id"), rs.getString("title"),
                            rs.getString("verdict"), rs.getString("accepted_value"), errorArticle);
                }).list();
        List<FigureRow> figures = jdbc.sql("select f.slot_id, f.article_id, f.source_text from reconcile_figure f"
                        + " join story st on st.id = f.story_id where st.project_id = :projectId" + storyCondition
                        + " order by f.slot_id, f.article_id, f.start_offset")
                .params(params).query((rs, i) -> new FigureRow(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
        List<long[]> pairs = jdbc.sql("select d.article_a, d.article_b from near_duplicate d"
                        + " where d.project_id = :projectId and d.status <> 'DISMISSED'")
                .param("projectId", projectId).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();

        Map<Long, List<ArticleProfile>> articlesByStory = new HashMap<>();
        articles.stream().filter(a -> a.storyId() != null)
                .forEach(a -> articlesByStory.computeIfAbsent(a.storyId(), k -> new ArrayList<>()).add(a));
        Map<Long, List<FigureRow>> figuresBySlot = new HashMap<>();
        figures.forEach(f -> figuresBySlot.computeIfAbsent(f.slotId(), k -> new ArrayList<>()).add(f));
        Map<Long, List<SlotRow>> slotsByStory = new HashMap<>();
        slots.forEach(s -> slotsByStory.computeIfAbsent(s.storyId(), k -> new ArrayList<>()).add(s));

        List<StoryMap> maps = new ArrayList<>();
        titles.forEach((storyId, title) -> {
            List<StoryMap.Slot> slotViews = new ArrayList<>();
            Map<Long, Map<Long, String>> cells = new LinkedHashMap<>();
            for (SlotRow slot : slotsByStory.getOrDefault(storyId, List.of())) {
                Set<Long> reporting = new LinkedHashSet<>();
                Set<String> saidBy = new LinkedHashSet<>();
                Map<Long, String> row = new LinkedHashMap<>();
                for (FigureRow f : figuresBySlot.getOrDefault(slot.id(), List.of())) {
                    reporting.add(f.articleId());
                    if (!f.sourceText().isBlank()) {
                        saidBy.add(f.sourceText().strip());
                    }
                    row.put(f.articleId(), StoryMap.state(slot.verdict(), slot.errorArticle(), f.articleId()));
                }
                cells.put(slot.id(), row);
                slotViews.add(new StoryMap.Slot(slot.id(), slot.title(), slot.verdict(), slot.accepted(),
                        List.copyOf(reporting), IndependentReports.count(reporting, pairs), List.copyOf(saidBy)));
            }
            List<StoryMap.Article> storyArticles = articlesByStory.getOrDefault(storyId, List.of()).stream()
                    .map(a -> new StoryMap.Article(a.articleId(), a.title(), a.outlet(),
                            a.components().anonymousShare(), a.nearDuplicate()))
                    .toList();
            maps.add(new StoryMap(storyId, title, slotViews, storyArticles, cells));
        });
        return maps;
    }
}
