package org.corroborate.analytics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.corroborate.reconcile.IndependentReports;
import org.corroborate.scheme.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queries behind {@link AnalyticsService}, without its access checks and transactions: a handful of statements per
 * call ({@link AnalyticsSql}) read the counting sets' annotations and their attributes as plain rows,
 * {@link CountedRows} picks those that count (the majority too) and resolves pronouns, {@link ArticleSourcing} works
 * the figures out per article; nothing loads entities and no statement runs per row. The benchmark runs these
 * directly.
 */
final class AnalyticsQueries {

    private final JdbcClient jdbc;
    private final LongFunction<Map<Long, Long>> nearDuplicateGroups;
    private final boolean h2;
    private final KeptSpans kept;

    /** Up to this many sets to work out are read by their ids; more, by reading all and skipping the others. */
    private static final int FEW_SETS = 2_000;

    private static final int SETS_PER_STATEMENT = 500;

    /**
     * @param nearDuplicateGroups a project's near-duplicate groups (the story feature's): article id to group
     * @param h2 whether the database is H2: its session then streams the large reads (all statements of a call must
     *     run on one connection, as in a transaction)
     * @param kept where what was worked out from the sets is kept between calls
     */
    AnalyticsQueries(JdbcClient jdbc, LongFunction<Map<Long, Long>> nearDuplicateGroups, boolean h2, KeptSpans kept) {
        this.jdbc = jdbc;
        this.kept = kept;
        this.nearDuplicateGroups = nearDuplicateGroups;
        this.h2 = h2;
    }

    List<ArticleProfile> articles(long projectId, Counts counts, Scope scope) {
        return new Reading(projectId, counts, scope).profiles();
    }

    Optional<ArticleProfile> article(long projectId, long articleId, Counts counts) {
        return articles(projectId, counts, Scope.article(articleId)).stream().findFirst();
    }

    List<OutletProfile> outlets(long projectId, Counts counts, Scope scope) {
        return new Reading(projectId, counts, scope).outlets();
    }

    List<SourceRecord> sources(long projectId, Counts counts) {
        return new Reading(projectId, counts, Scope.ALL).sources();
    }

    /** The counted spans of one article, with what each counted as: the spans behind the profile's numbers. */
    List<CountedSpan> spans(long projectId, long articleId, Counts counts) {
        Reading reading = new Reading(projectId, counts, Scope.article(articleId), true);
        return reading.sourcing(articleId).spans();
    }

    Optional<StoryMap> story(long projectId, long storyId, Counts counts) {
        List<ArticleProfile> articles = articles(projectId, counts, Scope.story(storyId));
        return storyMaps(projectId, Optional.of(storyId), articles).stream().findFirst();
    }

    /** Everything at once, as the headless command and the export give it: the counted annotations are read once. */
    AnalyticsReport report(long projectId, Counts counts) {
        Reading reading = new Reading(projectId, counts, Scope.ALL);
        List<ArticleProfile> articles = reading.profiles();
        return new AnalyticsReport(
                counts,
                articles,
                reading.outlets(),
                reading.sources(),
                storyMaps(projectId, Optional.empty(), articles));
    }

    /**
     * The scope's counted annotations, articles and board figures, read once (a handful of statements, no per-article
     * round trips) and worked out per article in Java.
     */
    private final class Reading {

        private final long projectId;
        private final AnalyticsSql sql;
        private final Map<Long, List<SpanRow>> spansByArticle = new HashMap<>();
        private final Map<Long, List<ArticleSourcing.BoardFigure>> boardByArticle = new HashMap<>();
        private final Map<String, String> canonicalTypes = new HashMap<>();
        /** articles with a set that counts, with how many (for the majority: its finished sets) */
        private final Map<Long, Integer> countingSets = new HashMap<>();
        /** the content version of each set worked out afresh (gold, one annotator) */
        private final Map<Long, Long> contentVersions = new HashMap<>();
        /** for the majority, each counted article's stamp: its finished sets and their content versions */
        private final Map<Long, String> stamps = new HashMap<>();
        /** for the majority, the articles whose spans were worked out afresh */
        private final List<Long> majorityWorkedOut = new ArrayList<>();

        private final Map<Long, ArticleSourcing> sourcings = new HashMap<>();
        private @Nullable List<ArticleProfile> profiles;

        Reading(long projectId, Counts counts, Scope scope) {
            this(projectId, counts, scope, false);
        }

        Reading(long projectId, Counts counts, Scope scope, boolean quotes) {
            this.projectId = projectId;
            this.sql = new AnalyticsSql(projectId, counts, scope);
            jdbc.sql(AnalyticsSql.canonicalSources())
                    .param("projectId", projectId)
                    .query((ResultSet rs) -> {
                        String type = mentionType(rs.getString(3));
                        if (type != null) {
                            canonicalTypes.put(Long.toString(rs.getLong(1)), type);
                        }
                    });
            CountedRows.AttributeTable attributes = new CountedRows.AttributeTable();
            Map<Long, List<CountedRows.Raw>> rawByArticle = new HashMap<>();
            boolean majority = counts.kind() == Counts.Kind.MAJORITY;
            // what was worked out before is kept for gold, one annotator and the majority; the spans behind a profile
            // show quotes, and the suggestions' sets are picked anew each time: those are read afresh
            boolean keep = !quotes && counts.kind() != Counts.Kind.SUGGESTIONS;
            Set<Long> toWorkOut = new HashSet<>();
            streamed(() -> {
                CountedRows.SetArticles setArticles = keep ? readKept(majority, toWorkOut) : readSets(toWorkOut);
                if (!toWorkOut.isEmpty()) {
                    readRows(counts, quotes, rawByArticle, attributes, setArticles, toWorkOut);
                }
            });
            rawByArticle.forEach((articleId, rows) -> spansByArticle
                    .computeIfAbsent(articleId, k -> new ArrayList<>())
                    .addAll(CountedRows.article(rows, countingSets.getOrDefault(articleId, 0), majority, attributes)));
            if (keep && !toWorkOut.isEmpty()) {
                keepWorkedOut(majority, toWorkOut);
            }
            jdbc.sql(sql.boardFigures()).params(sql.params()).query((ResultSet rs) -> {
                long articleId = rs.getLong(1);
                long error = rs.getLong(5);
                Long errorArticle = rs.wasNull() ? null : error;
                boardByArticle
                        .computeIfAbsent(articleId, k -> new ArrayList<>())
                        .add(new ArticleSourcing.BoardFigure(
                                articleId,
                                rs.getInt(2),
                                rs.getInt(3),
                                StoryMap.state(rs.getString(4), errorArticle, articleId)));
            });
        }

        /** The counting sets, all of them to work out. */
        private CountedRows.SetArticles readSets(Set<Long> toWorkOut) {
            CountedRows.SetArticles setArticles = new CountedRows.SetArticles();
            jdbc.sql(sql.sets()).params(sql.params()).query((ResultSet rs) -> {
                long articleId = rs.getLong(2);
                setArticles.put(rs.getLong(1), articleId);
                countingSets.merge(articleId, 1, Integer::sum);
                toWorkOut.add(rs.getLong(1));
            });
            return setArticles;
        }

        /**
         * The counting sets, with the spans kept for those whose content did not change since ({@link KeptSpans}): those
         * are taken as they are, the others are to work out. For the majority an article's spans are kept under a stamp
         * naming each finished set and its content version: another set finished, or one changed, makes them out of
         * date.
         */
        private CountedRows.SetArticles readKept(boolean majority, Set<Long> toWorkOut) {
            CountedRows.SetArticles setArticles = new CountedRows.SetArticles();
            if (!majority) {
                jdbc.sql(sql.setsWithKeptSpans()).params(sql.params()).query((ResultSet rs) -> {
                    long setId = rs.getLong(1);
                    long articleId = rs.getLong(2);
                    long version = rs.getLong(3);
                    long keptVersion = rs.getLong(4);
                    boolean kept = !rs.wasNull() && keptVersion == version;
                    setArticles.put(setId, articleId);
                    countingSets.merge(articleId, 1, Integer::sum);
                    List<SpanRow> spans = kept ? SpanRowCodec.decode(rs.getBytes(5), articleId) : null;
                    if (spans == null) {
                        toWorkOut.add(setId);
                        contentVersions.put(setId, version);
                    } else {
                        spansByArticle
                                .computeIfAbsent(articleId, k -> new ArrayList<>())
                                .addAll(spans);
                    }
                });
                return setArticles;
            }
            Map<Long, Map<Long, Long>> setsByArticle = new HashMap<>(); // article -> set -> content version
            jdbc.sql(sql.setsWithVersions()).params(sql.params()).query((ResultSet rs) -> {
                long setId = rs.getLong(1);
                long articleId = rs.getLong(2);
                setArticles.put(setId, articleId);
                countingSets.merge(articleId, 1, Integer::sum);
                setsByArticle.computeIfAbsent(articleId, k -> new TreeMap<>()).put(setId, rs.getLong(3));
            });
            setsByArticle.forEach((articleId, sets) -> stamps.put(articleId, stamp(sets)));
            jdbc.sql(sql.keptMajoritySpans()).params(sql.params()).query((ResultSet rs) -> {
                long articleId = rs.getLong(1);
                List<SpanRow> spans = rs.getString(2).equals(stamps.get(articleId))
                        ? SpanRowCodec.decode(rs.getBytes(3), articleId)
                        : null;
                if (spans != null) {
                    spansByArticle.put(articleId, new ArrayList<>(spans));
                }
            });
            setsByArticle.forEach((articleId, sets) -> {
                if (!spansByArticle.containsKey(articleId)) {
                    toWorkOut.addAll(sets.keySet());
                    majorityWorkedOut.add(articleId);
                }
            });
            return setArticles;
        }

        /** Keeps what was worked out: per set (gold, one annotator), or per article (the majority). */
        private void keepWorkedOut(boolean majority, Set<Long> workedOut) {
            if (majority) {
                List<KeptSpans.MajoritySpans> articles = new ArrayList<>();
                majorityWorkedOut.forEach(articleId -> articles.add(new KeptSpans.MajoritySpans(
                        articleId,
                        Objects.requireNonNull(stamps.get(articleId), "a counted article's stamp"),
                        spansByArticle.getOrDefault(articleId, List.of()))));
                kept.keepMajority(articles);
                return;
            }
            Map<Long, List<SpanRow>> bySet = new HashMap<>();
            spansByArticle
                    .values()
                    .forEach(spans -> spans.forEach(s -> {
                        if (workedOut.contains(s.setId())) {
                            bySet.computeIfAbsent(s.setId(), k -> new ArrayList<>())
                                    .add(s);
                        }
                    }));
            List<KeptSpans.SetSpans> sets = new ArrayList<>();
            contentVersions.forEach((setId, version) ->
                    sets.add(new KeptSpans.SetSpans(setId, version, bySet.getOrDefault(setId, List.of()))));
            kept.keepSets(sets);
        }

        /** The annotations of the sets to work out, as rows, and the attributes the figures read. */
        private void readRows(
                Counts counts,
                boolean quotes,
                Map<Long, List<CountedRows.Raw>> rawByArticle,
                CountedRows.AttributeTable attributes,
                CountedRows.SetArticles setArticles,
                Set<Long> toWorkOut) {
            boolean suggestions = counts.kind() == Counts.Kind.SUGGESTIONS;
            boolean all = toWorkOut.size() == setArticles.size();
            long[] ids = {Long.MAX_VALUE, Long.MIN_VALUE, 0}; // lowest, highest, how many
            RowCallbackHandler row = new RowCallbackHandler() {
                private long articleId = -1;
                private List<CountedRows.Raw> rows = new ArrayList<>();

                @Override
                public void processRow(ResultSet rs) throws SQLException {
                    if (!all && !toWorkOut.contains(rs.getLong(2))) {
                        return; // kept spans of this set still hold
                    }
                    CountedRows.Raw row = CountedRows.read(rs, setArticles, suggestions, quotes);
                    if (row == null) {
                        return;
                    }
                    if (row.articleId != articleId) { // a set's rows come together: look its article's list up once
                        articleId = row.articleId;
                        rows = rawByArticle.computeIfAbsent(articleId, k -> new ArrayList<>());
                    }
                    rows.add(row);
                    ids[0] = Math.min(ids[0], row.id);
                    ids[1] = Math.max(ids[1], row.id);
                    ids[2]++;
                }
            };
            RowCallbackHandler attribute = rs -> attributes.add(rs.getLong(1), rs.getString(2), rs.getString(3));
            if (!all && toWorkOut.size() <= FEW_SETS) {
                // a few sets changed since they were kept: read just those, a chunk of them per statement
                List<Long> sets = new ArrayList<>(toWorkOut);
                for (int from = 0; from < sets.size(); from += SETS_PER_STATEMENT) {
                    Map<String, Object> params = new HashMap<>(sql.params());
                    params.put("setIds", sets.subList(from, Math.min(sets.size(), from + SETS_PER_STATEMENT)));
                    jdbc.sql(sql.spans(quotes, true)).params(params).query(row);
                    jdbc.sql(sql.attributes(true)).params(params).query(attribute);
                }
                return;
            }
            jdbc.sql(sql.spans(quotes, false)).params(sql.params()).query(row);
            if (ids[2] > 0 && ids[1] - ids[0] < 3 * ids[2]) {
                // the rows fill at least a third of their id range: read the range straight through
                jdbc.sql(AnalyticsSql.attributesInRange())
                        .param("fromId", ids[0])
                        .param("toId", ids[1])
                        .query(attribute);
            } else if (ids[2] > 0) {
                jdbc.sql(sql.attributes(false)).params(sql.params()).query(attribute);
            }
        }

        ArticleSourcing sourcing(long articleId) {
            return sourcings.computeIfAbsent(
                    articleId, id -> new ArticleSourcing(spansByArticle.getOrDefault(id, List.of()), canonicalTypes));
        }

        List<ArticleProfile> profiles() {
            if (profiles == null) {
                Set<Long> nearDuplicates = new HashSet<>();
                jdbc.sql(AnalyticsSql.nearDuplicatePairs())
                        .param("projectId", projectId)
                        .query((ResultSet rs) -> {
                            nearDuplicates.add(rs.getLong(1));
                            nearDuplicates.add(rs.getLong(2));
                        });
                profiles = jdbc.sql(sql.articles())
                        .params(sql.params())
                        .query((rs, i) -> {
                            long articleId = rs.getLong(1);
                            Date published = rs.getDate(4);
                            long story = rs.getLong(5);
                            Long storyId = rs.wasNull() ? null : story;
                            Components components = sourcing(articleId).components(verdicts(articleId));
                            return new ArticleProfile(
                                    articleId,
                                    rs.getString(2),
                                    rs.getString(3),
                                    published == null ? null : published.toLocalDate(),
                                    storyId,
                                    countingSets.containsKey(articleId),
                                    components,
                                    nearDuplicates.contains(articleId));
                        })
                        .list();
            }
            return profiles;
        }

        private FigureVerdicts verdicts(long articleId) {
            long[] n = new long[5];
            for (ArticleSourcing.BoardFigure f : boardByArticle.getOrDefault(articleId, List.of())) {
                switch (f.state()) {
                    case "CONSISTENT" -> n[0]++;
                    case "CONFLICT", "ERROR_HERE" -> n[1]++;
                    case "SUPERSEDED" -> n[2]++;
                    case "DIFFERENT_SCOPE" -> n[3]++;
                    default -> n[4]++;
                }
            }
            return new FigureVerdicts(n[0], n[1], n[2], n[3], n[4]);
        }

        /** The articles summed per outlet, in the database's order of outlet names. */
        List<OutletProfile> outlets() {
            Map<String, List<ArticleProfile>> byOutlet = new LinkedHashMap<>();
            jdbc.sql(sql.outlets())
                    .params(sql.params())
                    .query(String.class)
                    .list()
                    .forEach(o -> byOutlet.put(o, new ArrayList<>()));
            for (ArticleProfile a : profiles()) {
                byOutlet.computeIfAbsent(a.outlet(), k -> new ArrayList<>()).add(a);
            }
            List<OutletProfile> outlets = new ArrayList<>();
            byOutlet.forEach((outlet, articles) -> outlets.add(new OutletProfile(
                    outlet,
                    articles.size(),
                    articles.stream().filter(ArticleProfile::counted).count(),
                    articles.stream().filter(ArticleProfile::nearDuplicate).count(),
                    articles.stream().map(ArticleProfile::components).reduce(Components.NONE, Components::plus))));
            return outlets;
        }

        /** Every canonical source of the registry, most mentioned first (then by name). */
        List<SourceRecord> sources() {
            Map<Long, Long> stories = new HashMap<>();
            jdbc.sql("select sa.article_id, sa.story_id from story_article sa join article ar on ar.id = sa.article_id"
                            + " where ar.project_id = :projectId")
                    .param("projectId", projectId)
                    .query((ResultSet rs) -> {
                        stories.put(rs.getLong(1), rs.getLong(2));
                    });
            Map<String, ArticleSourcing.SourceTally> tallies = new HashMap<>();
            spansByArticle.forEach((articleId, rows) -> sourcing(articleId)
                    .addTo(tallies, stories.get(articleId), boardByArticle.getOrDefault(articleId, List.of())));
            List<SourceRecord> sources = new ArrayList<>(jdbc.sql(AnalyticsSql.canonicalSources())
                    .param("projectId", projectId)
                    .query((rs, i) -> {
                        long id = rs.getLong("id");
                        ArticleSourcing.SourceTally t =
                                tallies.getOrDefault(Long.toString(id), new ArticleSourcing.SourceTally());
                        return new SourceRecord(
                                id,
                                rs.getString("name"),
                                rs.getString("kind"),
                                t.mentions,
                                t.articles.size(),
                                t.stories.size(),
                                t.attributions,
                                t.claims,
                                t.figures,
                                t.agree,
                                t.conflict,
                                t.superseded);
                    })
                    .list());
            sources.sort(Comparator.comparingLong(SourceRecord::mentions).reversed()); // stable: by name within
            return sources;
        }
    }

    /**
     * Runs the reads with H2's lazy query execution, so that a result of hundreds of thousands of rows streams to the
     * caller instead of being written to a temporary file first (H2 keeps 40,000 rows per GB of heap in memory); a
     * session setting, set back afterwards. Other databases stream or buffer as their drivers do.
     */
    private void streamed(Runnable reads) {
        if (!h2) {
            reads.run();
            return;
        }
        jdbc.sql("set lazy_query_execution true").update();
        try {
            reads.run();
        } finally {
            jdbc.sql("set lazy_query_execution false").update();
        }
    }

    /** The majority's stamp of an article: each finished set and its content version, in the order of the sets' ids. */
    static String stamp(Map<Long, Long> setVersions) {
        StringBuilder stamp = new StringBuilder();
        setVersions.forEach((setId, version) -> stamp.append(stamp.isEmpty() ? "" : ",")
                .append(setId)
                .append('.')
                .append(version));
        return stamp.toString();
    }

    /** The mention type a canonical source's kind stands for (a pronoun linked to it takes it), if any. */
    private static @Nullable String mentionType(String kind) {
        return switch (kind) {
            case "PERSON" -> Labels.NAMED_PERSON;
            case "ORGANISATION" -> Labels.NAMED_ORGANISATION;
            case "GROUP" -> Labels.UNNAMED_GROUP;
            case "DOCUMENT" -> Labels.DOCUMENT;
            default -> null;
        };
    }

    /** The annotators with a finished set in the project, for the counts chooser. */
    List<String> annotatorsWithFinishedSets(long projectId) {
        return jdbc
                .sql("select distinct s.annotator from annotation_set s join article ar on ar.id = s.article_id"
                        + " where ar.project_id = :projectId and s.kind = 'ANNOTATOR' and s.status = 'FINISHED'"
                        + " order by s.annotator")
                .param("projectId", projectId)
                .query(String.class)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** What counts when a page does not say: the gold once any article is curated, else the majority of finished sets. */
    Counts defaultCounts(long projectId) {
        Long curated = jdbc.sql("select count(*) from article where project_id = :projectId and status = 'CURATED'")
                .param("projectId", projectId)
                .query(Long.class)
                .single();
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

    private record SlotRow(
            long id,
            long storyId,
            String title,
            @Nullable String verdict,
            String accepted,
            @Nullable Long errorArticle) {}

    private record FigureRow(long slotId, long articleId, String sourceText) {}

    private List<StoryMap> storyMaps(long projectId, Optional<Long> onlyStory, List<ArticleProfile> articles) {
        String storyCondition = onlyStory.isPresent() ? " and st.id = :storyId" : "";
        Map<Long, String> titles = new LinkedHashMap<>();
        jdbc.sql("select st.id, st.title from story st where st.project_id = :projectId" + storyCondition
                        + " order by st.title, st.id")
                .param("projectId", projectId)
                .params(onlyStory
                        .map(id -> Map.<String, Object>of("storyId", id))
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
                .params(params)
                .query((rs, i) -> {
                    long error = rs.getLong("error_article_id");
                    Long errorArticle = rs.wasNull() ? null : error;
                    return new SlotRow(
                            rs.getLong("id"),
                            rs.getLong("story_id"),
                            rs.getString("title"),
                            rs.getString("verdict"),
                            rs.getString("accepted_value"),
                            errorArticle);
                })
                .list();
        List<FigureRow> figures = jdbc.sql("select f.slot_id, f.article_id, f.source_text from reconcile_figure f"
                        + " join story st on st.id = f.story_id where st.project_id = :projectId" + storyCondition
                        + " order by f.slot_id, f.article_id, f.start_offset")
                .params(params)
                .query((rs, i) -> new FigureRow(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
        Map<Long, Long> groups = nearDuplicateGroups.apply(projectId);

        Map<Long, List<ArticleProfile>> articlesByStory = new HashMap<>();
        articles.stream()
                .filter(a -> a.storyId() != null)
                .forEach(a -> articlesByStory
                        .computeIfAbsent(a.storyId(), k -> new ArrayList<>())
                        .add(a));
        Map<Long, List<FigureRow>> figuresBySlot = new HashMap<>();
        figures.forEach(f -> figuresBySlot
                .computeIfAbsent(f.slotId(), k -> new ArrayList<>())
                .add(f));
        Map<Long, List<SlotRow>> slotsByStory = new HashMap<>();
        slots.forEach(s -> slotsByStory
                .computeIfAbsent(s.storyId(), k -> new ArrayList<>())
                .add(s));

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
                slotViews.add(new StoryMap.Slot(
                        slot.id(),
                        slot.title(),
                        slot.verdict(),
                        slot.accepted(),
                        List.copyOf(reporting),
                        IndependentReports.count(reporting, groups),
                        List.copyOf(saidBy)));
            }
            List<StoryMap.Article> storyArticles = articlesByStory.getOrDefault(storyId, List.of()).stream()
                    .map(a -> new StoryMap.Article(
                            a.articleId(), a.title(), a.outlet(), a.components().anonymousShare(), a.nearDuplicate()))
                    .toList();
            maps.add(new StoryMap(storyId, title, slotViews, storyArticles, cells));
        });
        return maps;
    }
}
