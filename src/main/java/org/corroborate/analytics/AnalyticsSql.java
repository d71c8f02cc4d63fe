package org.corroborate.analytics;

import java.util.HashMap;
import java.util.Map;

/**
 * The SQL behind the analytics: one statement picks the annotations that count (with the attributes the figures read
 * and, for pronouns, the types of their nearest mentions), others read the articles, the board's figures and the
 * registry; {@link ArticleSourcing} works the figures out per article in Java. Every value is a bound parameter
 * ({@link #params}). Plain SQL that H2 and PostgreSQL both run, without common table expressions: H2 evaluated the
 * earlier single statement's grouped expressions again for every article row they were joined to (4.8 s at 10,000
 * articles), and reused a cached expression's rows when only a bound parameter changed.
 */
final class AnalyticsSql {

    /** "he", "she" and their forms refer to a person: their antecedent is a person's mention, named or not. */
    private static final String PERSONAL = " and (lower(a.quote) not in ('he', 'she', 'him', 'her', 'his', 'hers',"
            + " 'himself', 'herself') or p.label in ('named-person', 'unnamed-individual'))";
    private static final String DECIDED = "(a.review is null or a.review = 'ACCEPTED') and a.anchor_state <> 'ORPHANED'";
    private static final String PRONOUN = "a.layer = 'SOURCE' and a.label = 'pronoun'";

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
            case ANNOTATOR -> project + " and s.kind = 'ANNOTATOR' and s.annotator = :annotator and s.status = 'FINISHED'";
            case MAJORITY -> project + " and s.kind = 'ANNOTATOR' and s.status = 'FINISHED'";
            case SUGGESTIONS -> project
                    + " and exists (select 1 from annotation x where x.set_id = s.id and x.suggested_by is not null)";
        };
    }

    /** Where the counted annotations (alias {@code a}, their set {@code s}) come from, and which of them count. */
    private String countedFrom() {
        String sets = " from annotation_set s join article ar on ar.id = s.article_id" + countingSets();
        return switch (counts.kind()) {
            case GOLD, ANNOTATOR -> " from annotation a join annotation_set s on s.id = a.set_id"
                    + " join article ar on ar.id = s.article_id" + countingSets() + " and " + DECIDED;
            // a span counts when more than half of the article's finished sets have it (same layer, label and
            // offsets); the span of the lowest agreeing set stands for all, so frames stay within one set
            case MAJORITY -> " from (select s.article_id, a.layer, a.label, a.start_offset, a.end_offset,"
                    + " min(a.set_id) sid, count(distinct a.set_id) k from annotation a join annotation_set s"
                    + " on s.id = a.set_id join article ar on ar.id = s.article_id" + countingSets() + " and " + DECIDED
                    + " group by s.article_id, a.layer, a.label, a.start_offset, a.end_offset) g"
                    + " join (select s.article_id, count(*) n" + sets + " group by s.article_id) nfin"
                    + " on nfin.article_id = g.article_id"
                    + " join annotation a on a.set_id = g.sid and a.layer = g.layer and a.label = g.label"
                    + " and a.start_offset = g.start_offset and a.end_offset = g.end_offset"
                    + " join annotation_set s on s.id = a.set_id where g.k * 2 > nfin.n and " + DECIDED;
            // the first set of an article that holds suggestions (the detectors' output, whatever became of it)
            case SUGGESTIONS -> " from (select s.article_id, min(s.id) sid" + sets + " group by s.article_id) f"
                    + " join annotation a on a.set_id = f.sid join annotation_set s on s.id = a.set_id"
                    + " where a.suggested_by is not null and a.anchor_state <> 'ORPHANED'";
        };
    }

    private static String attribute(String name) {
        return "(select x.attr_value from annotation_attribute x where x.annotation_id = a.id and x.name = '" + name
                + "')";
    }

    /**
     * The annotations that count, one row each ({@link SpanRow}): for a pronoun the types of the nearest mention
     * before and after it in its set (not pronouns, not rejected; a personal pronoun only a person's), for a content
     * its words, and the attributes the figures read.
     *
     * @param quotes whether to read each span's quote (the spans behind a profile show it)
     */
    String countedSpans(boolean quotes) {
        return "select a.id, a.set_id, s.article_id, a.layer, a.label, a.start_offset, a.end_offset, a.frame_id,"
                + (quotes ? " a.quote," : " '' quote,")
                + " case when a.layer = 'ATTRIBUTION' and a.label = 'content' then length(trim(a.quote))"
                + " - length(replace(trim(a.quote), ' ', '')) + 1 else 0 end words,"
                + " case when a.layer = 'ATTRIBUTION' then " + attribute("certainty") + " end certainty,"
                + " case when a.layer = 'SOURCE' then " + attribute("anonymityReason") + " end reason,"
                + " case when a.layer = 'SOURCE' then " + attribute("canonicalSource") + " end canonical,"
                + " case when a.layer = 'FIGURE' then " + attribute("reportedBy") + " end reported_by,"
                + " case when " + PRONOUN + " then (select p.label from annotation p where p.set_id = a.set_id"
                + " and p.layer = 'SOURCE' and p.label <> 'pronoun' and p.start_offset < a.start_offset"
                + " and (p.review is null or p.review <> 'REJECTED')" + PERSONAL
                + " order by p.start_offset desc fetch first 1 rows only) end before_type,"
                + " case when " + PRONOUN + " then (select p.label from annotation p where p.set_id = a.set_id"
                + " and p.layer = 'SOURCE' and p.label <> 'pronoun' and p.start_offset > a.start_offset"
                + " and (p.review is null or p.review <> 'REJECTED')" + PERSONAL
                + " order by p.start_offset fetch first 1 rows only) end after_type"
                + countedFrom();
    }

    /**
     * The scope's articles in the order pages list them, with their story and whether anything of the chosen kind
     * exists for them ({@code counted}).
     */
    String articles() {
        return "select ar.id article_id, ar.title, coalesce(ar.outlet, '') outlet, ar.published_date, sa.story_id,"
                + " case when ar.id in (select s.article_id from annotation_set s join article ar on ar.id = s.article_id"
                + countingSets() + ") then 1 else 0 end counted"
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
