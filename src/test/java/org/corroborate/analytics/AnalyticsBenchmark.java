package org.corroborate.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analytics on a generated project of 10,000 articles (20 outlets, 1,000 stories of 10, 2,000 curated) and
 * 1,100,000 annotations: two finished annotator sets of 50 spans per article (8 attribution frames with their source
 * mentions, 2 pronouns, 6 claims, 10 figures) and a 50-span gold set for the curated ones; 200 registry sources, 2,000
 * slots with 10,000 figures, 1,000 near-duplicate pairs. Times each query a page runs (best of 3 after a warm-up)
 * and the headless report with its JSON. H2 in memory, schema from the Flyway migrations. See BENCHMARKS.md.
 */
@SuppressWarnings("NullAway") // generated rows leave optional columns null on purpose
public final class AnalyticsBenchmark {

    private static final int ARTICLES = 10_000;
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static long nextAnnotation = 1;

    private AnalyticsBenchmark() {}

    public static void main(String[] args) throws SQLException, java.io.IOException {
        JdbcDataSource data = new JdbcDataSource();
        // -Dbenchmark.db=FOLDER keeps the generated database there and reuses it on the next run
        String kept = System.getProperty("benchmark.db");
        java.nio.file.Path folder = kept != null
                ? java.nio.file.Path.of(kept)
                : java.nio.file.Files.createTempDirectory("analytics-benchmark");
        boolean reuse = java.nio.file.Files.exists(folder.resolve("db.mv.db"));
        // the database stays open between statements, as the application's connection pool keeps it (H2 would close
        // it with the last connection, and every statement would start with an empty page cache)
        data.setURL("jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1"
                + System.getProperty("benchmark.h2", "")); // e.g. ";LAZY_QUERY_EXECUTION=TRUE" to try a setting
        data.setUser("sa");
        Flyway.configure().dataSource(data).load().migrate();
        if (!reuse) {
            long started = System.nanoTime();
            try (Connection c = data.getConnection()) {
                c.setAutoCommit(false);
                generate(c);
                c.commit();
            }
            System.out.printf(
                    Locale.ROOT,
                    "generated %,d articles and %,d annotations in %,d ms%n",
                    ARTICLES,
                    nextAnnotation - 1,
                    (System.nanoTime() - started) / 1_000_000);
        }
        // the generated pairs are (a, a + 1) for a = 1, 11, 21, ...: each a group named by its lower article
        java.util.Map<Long, Long> groups = new java.util.HashMap<>();
        for (long a = 1; a < ARTICLES; a += 10) {
            groups.put(a, a);
            groups.put(a + 1, a);
        }
        // one connection for all statements, as the service's transaction holds one (H2's session settings stay)
        org.springframework.jdbc.datasource.SingleConnectionDataSource one =
                new org.springframework.jdbc.datasource.SingleConnectionDataSource(data.getConnection(), true);
        JdbcClient jdbc = JdbcClient.create(one);
        AnalyticsQueries q =
                new AnalyticsQueries(jdbc, projectId -> groups, !Boolean.getBoolean("benchmark.notLazy"), kept(data));
        long article = ARTICLES / 2;
        // arguments: which counts to time (gold, majority, annotator:ann1, suggestions); all four when none are given
        Counts[] all = args.length == 0
                ? new Counts[] {Counts.GOLD, Counts.MAJORITY, Counts.annotator("ann1"), Counts.SUGGESTIONS}
                : java.util.Arrays.stream(args)
                        .map(a -> Counts.parse(a).orElseThrow())
                        .toArray(Counts[]::new);
        for (Counts counts : all) {
            System.out.println("counts " + counts.code());
            if (Boolean.getBoolean("benchmark.compare")) {
                compare(jdbc, q, counts);
                continue;
            }
            // what the analytics keep between calls: first nothing, then what the first call worked out
            jdbc.sql("delete from analytics_set_spans").update();
            jdbc.sql("delete from analytics_majority_spans").update();
            once(
                    "  articles page, nothing kept yet",
                    () -> q.articles(1, counts, Scope.ALL).size());
            jdbc.sql("update annotation_set set content_version = content_version + 1 where mod(id, 100) = 0")
                    .update(); // 1 % of the sets changed since
            once(
                    "  articles page, 1 % of the sets changed",
                    () -> q.articles(1, counts, Scope.ALL).size());
            time(
                    "  articles page (10,000 rows)",
                    () -> q.articles(1, counts, Scope.ALL).size());
            time("  outlets page", () -> q.outlets(1, counts, Scope.ALL).size());
            time(
                    "  outlets page, one story",
                    () -> q.outlets(1, counts, Scope.story(7)).size());
            time(
                    "  outlets page, a month",
                    () -> q.outlets(
                                    1,
                                    counts,
                                    new Scope(null, null, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31)))
                            .size());
            time("  sources page", () -> q.sources(1, counts).size());
            time(
                    "  article profile + its spans",
                    () -> q.article(1, article, counts).hashCode()
                            + q.spans(1, article, counts).size());
            time(
                    "  story map",
                    () -> q.story(1, 7, counts).orElseThrow().slots().size());
            time(
                    "  headless report + JSON",
                    () -> JsonMapper.shared()
                            .writeValueAsString(AnalyticsTables.document(q.report(1, counts)))
                            .length());
            if (System.getProperty("benchmark.only") != null) {
                continue;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-40s %,8d MB%n",
                    "  heap peak, report + JSON (upper bound)",
                    heapPeak(() -> JsonMapper.shared()
                                    .writeValueAsString(AnalyticsTables.document(q.report(1, counts))))
                            / (1024 * 1024));
        }
    }

    /** The sum of the heap pools' peaks while the work runs, after a collection (an upper bound of what it needs). */
    private static long heapPeak(Supplier<Object> work) {
        System.gc();
        java.util.List<java.lang.management.MemoryPoolMXBean> pools =
                java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                        .toList();
        pools.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        Object result = work.get();
        if (result == null) {
            throw new IllegalStateException("the work returned nothing");
        }
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /**
     * Where the calls keep what they worked out: as in the application, a connection of its own and a transaction per
     * write, after the reads.
     */
    private static KeptSpans kept(JdbcDataSource data) throws SQLException {
        org.springframework.jdbc.datasource.SingleConnectionDataSource writes =
                new org.springframework.jdbc.datasource.SingleConnectionDataSource(data.getConnection(), true);
        return new KeptSpans(
                new org.springframework.jdbc.core.JdbcTemplate(writes),
                new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.support.JdbcTransactionManager(writes)));
    }

    /**
     * -Dbenchmark.compare=true: the headless report's JSON worked out with nothing kept, with everything kept, and
     * with 1 % of the sets changed since, must be the same text (the kept spans change the cost, never a figure).
     */
    private static void compare(JdbcClient jdbc, AnalyticsQueries q, Counts counts) {
        Supplier<String> report =
                () -> JsonMapper.shared().writeValueAsString(AnalyticsTables.document(q.report(1, counts)));
        jdbc.sql("delete from analytics_set_spans").update();
        jdbc.sql("delete from analytics_majority_spans").update();
        String afresh = report.get();
        String kept = report.get();
        jdbc.sql("update annotation_set set content_version = content_version + 1 where mod(id, 100) = 0")
                .update();
        String partly = report.get();
        System.out.printf(
                Locale.ROOT,
                "  report JSON (%,d chars): all kept %s, 1 %% changed %s%n",
                afresh.length(),
                afresh.equals(kept) ? "identical" : "DIFFERENT",
                afresh.equals(partly) ? "identical" : "DIFFERENT");
        if (!afresh.equals(kept) || !afresh.equals(partly)) {
            throw new IllegalStateException("kept spans changed the figures of " + counts.code());
        }
    }

    /** One call, timed once: what it costs depends on what an earlier call kept. */
    private static void once(String what, Supplier<Object> work) {
        String only = System.getProperty("benchmark.only");
        if (only != null && java.util.Arrays.stream(only.split(",")).noneMatch(what::contains)) {
            return;
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        Object result = work.get();
        System.out.printf(
                Locale.ROOT,
                "%-40s %,8d ms  (cpu %,d ms; %s)%n",
                what,
                (System.nanoTime() - t) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                result);
    }

    private static void time(String what, Supplier<Object> work) {
        String only = System.getProperty("benchmark.only"); // e.g. "articles,report": time only the lines naming one
        if (only != null && java.util.Arrays.stream(only.split(",")).noneMatch(what::contains)) {
            return;
        }
        Object warmUp = work.get(); // the first call warms the caches; its result is not timed
        if (warmUp == null) {
            throw new IllegalStateException(what + " returned nothing");
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        Object result = null;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            result = work.get();
            best = Math.min(best, System.nanoTime() - t);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
        }
        // the main thread's processor time tells runs on a busy machine apart from slow code
        System.out.printf(
                Locale.ROOT, "%-40s %,8d ms  (cpu %,d ms; %s)%n", what, best / 1_000_000, bestCpu / 1_000_000, result);
    }

    private static void generate(Connection c) throws SQLException {
        Timestamp now = Timestamp.from(NOW);
        try (PreparedStatement p = c.prepareStatement("insert into project (id, name, description, created_at, version)"
                + " values (1, 'Benchmark', '', ?, 0)")) {
            p.setTimestamp(1, now);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("insert into canonical_source (id, project_id, name, name_key,"
                + " kind, note, created_by, created_at, version) values (?, 1, ?, ?, ?, '', 'bench', ?, 0)")) {
            for (int s = 1; s <= 200; s++) {
                p.setLong(1, s);
                p.setString(2, "Source " + s);
                p.setString(3, "source " + s);
                p.setString(4, s % 4 == 0 ? "ORGANISATION" : "PERSON");
                p.setTimestamp(5, now);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("insert into story (id, project_id, title, status, created_by,"
                + " created_at, version) values (?, 1, ?, 'ACCEPTED', 'bench', ?, 0)")) {
            for (int s = 1; s <= ARTICLES / 10; s++) {
                p.setLong(1, s);
                p.setString(2, "Story " + s);
                p.setTimestamp(3, now);
                p.addBatch();
            }
            p.executeBatch();
        }
        PreparedStatement article = c.prepareStatement(
                "insert into article (id, project_id, title, outlet, published_date,"
                        + " source_name, source_charset, raw_text, cleaned_text, content_hash, word_count, status, imported_at,"
                        + " imported_by, version) values (?, 1, ?, ?, ?, ?, 'UTF-8', 'x', 'x', ?, 1000, ?, ?, 'bench', 0)");
        PreparedStatement member = c.prepareStatement("insert into story_article (article_id, story_id, suggested,"
                + " added_by, added_at, version) values (?, ?, false, 'bench', ?, 0)");
        PreparedStatement set = c.prepareStatement("insert into annotation_set (id, article_id, annotator, status,"
                + " created_at, updated_at, version, kind) values (?, ?, ?, 'FINISHED', ?, ?, 0, ?)");
        PreparedStatement span = c.prepareStatement("insert into annotation (id, set_id, layer, label, start_offset,"
                + " end_offset, quote, prefix, suffix, anchor_state, frame_id, created_by, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, '', '', 'ANCHORED', ?, 'bench', ?, ?, 0)");
        PreparedStatement attribute = c.prepareStatement(
                "insert into annotation_attribute (annotation_id, name," + " attr_value) values (?, ?, ?)");
        long setId = 1;
        for (int a = 1; a <= ARTICLES; a++) {
            boolean curated = a % 5 == 0;
            article.setLong(1, a);
            article.setString(2, "Article " + a);
            article.setString(3, "Outlet " + (a % 20));
            article.setObject(4, LocalDate.of(2025, 1, 1).plusDays(a % 365));
            article.setString(5, "a" + a + ".txt");
            article.setString(6, "hash" + a);
            article.setString(7, curated ? "CURATED" : "IN_PROGRESS");
            article.setTimestamp(8, now);
            article.addBatch();
            member.setLong(1, a);
            member.setLong(2, (a - 1) / 10 + 1);
            member.setTimestamp(3, now);
            member.addBatch();
            String[] owners = curated ? new String[] {"ann1", "ann2", "#gold"} : new String[] {"ann1", "ann2"};
            for (String owner : owners) {
                set.setLong(1, setId);
                set.setLong(2, a);
                set.setString(3, owner);
                set.setTimestamp(4, now);
                set.setTimestamp(5, now);
                set.setString(6, owner.startsWith("#") ? "GOLD" : "ANNOTATOR");
                set.addBatch();
                spans(span, attribute, setId, a, owner.equals("ann2"), now);
                setId++;
            }
            if (a % 100 == 0) {
                article.executeBatch();
                member.executeBatch();
                set.executeBatch();
                span.executeBatch();
                attribute.executeBatch();
            }
        }
        article.executeBatch();
        member.executeBatch();
        set.executeBatch();
        span.executeBatch();
        attribute.executeBatch();
        try (PreparedStatement slot = c.prepareStatement("insert into reconcile_slot (id, project_id, story_id, title,"
                        + " origin, verdict, error_article_id, accepted_value, rationale, created_by, created_at, version)"
                        + " values (?, 1, ?, ?, 'PROPOSED', ?, ?, '', '', 'bench', ?, 0)");
                PreparedStatement figure = c.prepareStatement("insert into reconcile_figure (slot_id, story_id,"
                        + " article_id, start_offset, end_offset, quote, source_text, origin) values (?, ?, ?, ?, ?,"
                        + " '40', 'officials', 'ANNOTATED')")) {
            String[] verdicts = {"CONSISTENT", "CONFLICT", "SUPERSEDED", "ERROR_IN_ARTICLE", null};
            long slotId = 1;
            for (int s = 1; s <= ARTICLES / 10; s++) {
                for (int k = 0; k < 2; k++) {
                    String verdict = verdicts[(int) (slotId % verdicts.length)];
                    slot.setLong(1, slotId);
                    slot.setLong(2, s);
                    slot.setString(3, "Slot " + slotId);
                    slot.setString(4, verdict);
                    slot.setObject(5, "ERROR_IN_ARTICLE".equals(verdict) ? (long) (s - 1) * 10 + 1 : null);
                    slot.setTimestamp(6, now);
                    slot.addBatch();
                    for (int m = 0; m < 5; m++) {
                        long articleId = (long) (s - 1) * 10 + 1 + m + 5 * k;
                        figure.setLong(1, slotId);
                        figure.setLong(2, s);
                        figure.setLong(3, articleId);
                        figure.setInt(4, 50);
                        figure.setInt(5, 55);
                        figure.addBatch();
                    }
                    slotId++;
                }
            }
            slot.executeBatch();
            figure.executeBatch();
        }
        try (PreparedStatement pair = c.prepareStatement("insert into near_duplicate (project_id, article_a, article_b,"
                + " similarity, status, flagged_at, version) values (1, ?, ?, 0.9, 'FLAGGED', ?, 0)")) {
            for (int a = 1; a < ARTICLES; a += 10) {
                pair.setLong(1, a);
                pair.setLong(2, a + 1);
                pair.setTimestamp(3, now);
                pair.addBatch();
            }
            pair.executeBatch();
        }
    }

    /** 50 spans: 8 frames (cue, source role, content, and the source mention), 2 pronouns, 6 claims, 10 figures. */
    private static void spans(
            PreparedStatement span, PreparedStatement attribute, long setId, int article, boolean second, Timestamp now)
            throws SQLException {
        String[] types = {
            "unnamed-individual",
            "unnamed-group",
            "unnamed-individual",
            "named-person",
            "named-person",
            "named-person",
            "named-organisation",
            "document"
        };
        for (int f = 0; f < 8; f++) {
            int o = f * 100;
            String frame = "f" + f;
            long cue = add(span, setId, "ATTRIBUTION", "cue", o, o + 5, "said", frame, now);
            attr(attribute, cue, "certainty", f % 2 == 0 ? "hedged" : "asserted");
            add(span, setId, "ATTRIBUTION", "source", o + 10, o + 30, "a senior official", frame, now);
            add(
                    span,
                    setId,
                    "ATTRIBUTION",
                    "content",
                    o + 40,
                    o + 90,
                    "the talks would resume next week in the capital city",
                    frame,
                    now);
            String type = second && f == 1 ? "unnamed-individual" : types[f];
            long mention = add(span, setId, "SOURCE", type, o + 10, o + 30, "a senior official", null, now);
            if (f == 0) {
                attr(attribute, mention, "anonymityReason", "yes");
            }
            if (type.startsWith("named-person")) {
                attr(attribute, mention, "canonicalSource", Integer.toString(1 + (article * 3 + f) % 200));
            }
            long figure = add(span, setId, "FIGURE", "count", o + 50, o + 55, "40", null, now);
            attr(attribute, figure, "reportedBy", frame);
            if (f < 6) {
                add(span, setId, "CLAIM", "factual", o + 45, o + 60, "the talks would resume", null, now);
            }
        }
        add(span, setId, "SOURCE", "pronoun", 450, 452, "he", null, now);
        add(span, setId, "SOURCE", "pronoun", 750, 754, "they", null, now);
        add(span, setId, "FIGURE", "date", 900, 906, "Monday", null, now);
        add(span, setId, "FIGURE", "money", 950, 960, "$9 billion", null, now);
    }

    private static long add(
            PreparedStatement span,
            long setId,
            String layer,
            String label,
            int start,
            int end,
            String quote,
            String frame,
            Timestamp now)
            throws SQLException {
        long id = nextAnnotation++;
        span.setLong(1, id);
        span.setLong(2, setId);
        span.setString(3, layer);
        span.setString(4, label);
        span.setInt(5, start);
        span.setInt(6, end);
        span.setString(7, quote);
        span.setString(8, frame);
        span.setTimestamp(9, now);
        span.setTimestamp(10, now);
        span.addBatch();
        return id;
    }

    private static void attr(PreparedStatement attribute, long id, String name, String value) throws SQLException {
        attribute.setLong(1, id);
        attribute.setString(2, name);
        attribute.setString(3, value);
        attribute.addBatch();
    }
}
