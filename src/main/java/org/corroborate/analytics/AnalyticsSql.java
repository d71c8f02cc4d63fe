package org.corroborate.analytics;

import java.util.HashMap;
import java.util.Map;

/**
 * The SQL behind the analytics: one statement names the sets that count, one reads their annotations as plain rows
 * (no expression or subquery per row: H2 spent most of a call evaluating them), one their attributes; others read the
 * articles, the board's figures and the registry. {@link CountedRows} and {@link ArticleSourcing} work the figures out
 * in Java; what they work out from a set is kept ({@link KeptSpans}) while the set's content version holds. Every
 * value is a bound parameter ({@link #params}). Plain SQL that H2 and PostgreSQL both run, without
 * common table expressions: H2 evaluated an earlier single statement's grouped expressions again for every article row
 * they were joined to (4.8 s at 10,000 articles), and grouping a million rows for the majority only to join them back
 * took seconds.
 */
final class AnalyticsSql {

    private static final String ATTRIBUTE_NAMES =
            "x.name in ('certainty', 'anonymityReason', 'canonicalSource'," + " 'reportedBy')";

    private final Counts counts;
    private final Scope scope;
    private final Map<String, Object> params = new HashMap<>();

    AnalyticsSql(long projectId, Counts counts, Scope scope) {
        this.counts = counts;
        this.scope = scope;
        params.put("projectId", projectId);
        if (counts.annotator() != null) {
            params.put("annotator", counts.annotator());
        }
        if (scope.articleId() != null) {
            params.put("articleId", scope.articleId());
        }
        if (scope.storyId() != null) {
            params.put("storyId", scope.storyId());
        }
        if (scope.from() != null) {
            params.put("fromDate", scope.from());
        }
        if (scope.to() != null) {
            params.put("toDate", scope.to());
        }
    }

    /** The values the statements name, to bind. */
    Map<String, Object> params() {
        return params;
    }

    /** Conditions on the article (alias {@code ar}) that the scope asks for. */
    private String scoped() {
        StringBuilder sql = new StringBuilder();
        if (scope.articleId() != null) {
            sql.append(" and ar.id = :articleId");
        }
        if (scope.storyId() != null) {
            sql.append(" and ar.id in (select sa.article_id from story_article sa where sa.story_id = :storyId)");
        }
        if (scope.from() != null) {
            sql.append(" and ar.published_date >= :fromDate");
        }
        if (scope.to() != null) {
            sql.append(" and ar.published_date <= :toDate");
        }
        return sql.toString();
    }

    /** The sets (alias {@code s}) whose annotations count, of the scope's articles (alias {@code ar}). */
    private String countingSets() {
        String project = " where ar.project_id = :projectId" + scoped();
        return switch (counts.kind()) {
            case GOLD -> project + " and s.kind = 'GOLD' and ar.status = 'CURATED'";
            case ANNOTATOR ->
                project + " and s.kind = 'ANNOTATOR' and s.annotator = :annotator and s.status = 'FINISHED'";
            case MAJORITY -> project + " and s.kind = 'ANNOTATOR' and s.status = 'FINISHED'";
            case SUGGESTIONS ->
                project
                        + " and exists (select 1 from annotation sx where sx.set_id = s.id and sx.suggested_by is not null)";
        };
    }

    /**
     * The sets whose annotations count (id, article): for the suggestions the first set of an article that holds any
     * (the detectors' output, whatever became of it). Tells which articles count anything and, for the majority, how
     * many finished sets each article has.
     */
    String sets() {
        String from = " from annotation_set s join article ar on ar.id = s.article_id" + countingSets();
        return counts.kind() == Counts.Kind.SUGGESTIONS
                ? "select min(s.id) id, s.article_id" + from + " group by s.article_id"
                : "select s.id, s.article_id" + from;
    }

    /**
     * The counting sets (id, article, content version) with the spans kept for them and the content version those were
     * worked out from (null when none are kept): gold and one annotator keep each set's counted spans.
     */
    String setsWithKeptSpans() {
        return "select s.id, s.article_id, s.content_version, k.content_version, k.spans from annotation_set s"
                + " join article ar on ar.id = s.article_id left join analytics_set_spans k on k.set_id = s.id"
                + countingSets();
    }

    /** The counting sets (id, article, content version): the majority's stamp names them. */
    String setsWithVersions() {
        return "select s.id, s.article_id, s.content_version from annotation_set s join article ar on ar.id = s.article_id"
                + countingSets();
    }

    /** The majority's spans kept for the scope's articles (article, stamp, spans). */
    String keptMajoritySpans() {
        return "select m.article_id, m.stamp, m.spans from analytics_majority_spans m join article ar on ar.id = m.article_id"
                + " where ar.project_id = :projectId" + scoped();
    }

    /**
     * Where the rows of the counting sets come from (the annotation {@code a}, its set {@code s}), with the joins
     * given in between, up to the conditions that pick the sets.
     */
    private String countingRows(String joins) {
        return switch (counts.kind()) {
            case GOLD, ANNOTATOR, MAJORITY ->
                " from annotation a" + joins + " join annotation_set s on s.id = a.set_id"
                        + " join article ar on ar.id = s.article_id" + countingSets();
            case SUGGESTIONS ->
                " from (" + sets() + ") f join annotation a on a.set_id = f.id" + joins
                        + " join annotation_set s on s.id = a.set_id where 1 = 1";
        };
    }

    /**
     * The rows of the counting sets, one each, with the columns that say whether a span counts (review, anchor state,
     * suggested by) and the quote where the figures need it (attributed contents' words, pronouns' person); only
     * plain columns: which rows count, the majority, the attributes ({@link #attributes}) and the pronouns'
     * antecedents are worked out in {@link CountedRows}, which reads the columns in this order.
     *
     * @param quotes whether to read every span's quote (the spans behind a profile show it)
     */
    String spans(boolean quotes, boolean someSets) {
        return "select a.id, a.set_id, a.layer, a.label, a.start_offset, a.end_offset, a.frame_id,"
                + (quotes
                        ? " a.quote,"
                        : " case when a.label in ('content', 'pronoun') then a.quote else '' end quote,")
                + " a.review, a.anchor_state, a.suggested_by" + countingRows("") + onlySets(someSets);
    }

    /** With {@code someSets}, only the sets bound to {@code :setIds} (those whose kept spans no longer hold). */
    private static String onlySets(boolean someSets) {
        return someSets ? " and s.id in (:setIds)" : "";
    }

    /**
     * The attributes the figures read ({@link CountedRows.Attributes}) of the counting sets' annotations, found
     * through their sets: one look-up per annotation.
     */
    String attributes(boolean someSets) {
        return "select x.annotation_id, x.name, x.attr_value"
                + countingRows(" join annotation_attribute x on x.annotation_id = a.id") + " and " + ATTRIBUTE_NAMES
                + onlySets(someSets);
    }

    /**
     * The attributes the figures read of every annotation whose id lies in a range, in the order of the ids: when the
     * counted annotations fill most of the range, reading it straight through is cheaper than one look-up per
     * annotation (the caller keeps those it read).
     */
    static String attributesInRange() {
        return "select x.annotation_id, x.name, x.attr_value from annotation_attribute x"
                + " where x.annotation_id between :fromId and :toId and " + ATTRIBUTE_NAMES
                + " order by x.annotation_id";
    }

    /**
     * The scope's articles in the order pages list them, with their story.
     */
    String articles() {
        return "select ar.id article_id, ar.title, coalesce(ar.outlet, '') outlet, ar.published_date, sa.story_id"
                + " from article ar left join story_article sa on sa.article_id = ar.id"
                + " where ar.project_id = :projectId" + scoped() + " order by ar.published_date, ar.id";
    }

    /** The outlets of the scope's articles ('' for none), in the database's order. */
    String outlets() {
        return "select distinct coalesce(ar.outlet, '') outlet from article ar where ar.project_id = :projectId"
                + scoped() + " order by outlet";
    }

    /** The board's figures in the scope's articles, with their slot's verdict. */
    String boardFigures() {
        return "select f.article_id, f.start_offset, f.end_offset, sl.verdict, sl.error_article_id from reconcile_figure f"
                + " join reconcile_slot sl on sl.id = f.slot_id join article ar on ar.id = f.article_id"
                + " where sl.project_id = :projectId" + scoped();
    }

    /** Pairs of articles that are rewrites of one copy (flagged or confirmed). */
    static String nearDuplicatePairs() {
        return "select d.article_a, d.article_b from near_duplicate d where d.project_id = :projectId"
                + " and d.status <> 'DISMISSED'";
    }

    /** The project's registry, by name. */
    static String canonicalSources() {
        return "select cs.id, cs.name, cs.kind from canonical_source cs where cs.project_id = :projectId"
                + " order by cs.name, cs.id";
    }
}
