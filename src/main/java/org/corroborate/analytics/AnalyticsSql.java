package org.corroborate.analytics;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The SQL behind the analytics: a chain of common table expressions that first picks the annotations that count
 * ({@code c}), resolves every source mention to its type ({@code m}), and then sums per article, per outlet and per
 * canonical source. Plain SQL that H2 and PostgreSQL both run; offsets overlap when {@code a.start < b.end and
 * b.start < a.end}.
 */
final class AnalyticsSql {

    /** Source types that make a mention anonymous sourcing (docs: ANONYMOUS-SOURCES.md). */
    static final String ANONYMOUS = "('unnamed-individual', 'unnamed-group')";

    /** "he", "she" and their forms refer to a person: their antecedent is a person's mention, named or not. */
    private static final String PERSONAL = " and (lower(c.quote) not in ('he', 'she', 'him', 'her', 'his', 'hers', 'himself',"
            + " 'herself') or p.label in ('named-person', 'unnamed-individual'))";
    private static final String DECIDED = "(a.review is null or a.review = 'ACCEPTED') and a.anchor_state <> 'ORPHANED'";
    private static final String COLUMNS = "a.id, a.set_id, s.article_id, a.layer, a.label, a.start_offset, a.end_offset,"
            + " a.frame_id, a.quote";
    private static final String FROM = " from annotation a join annotation_set s on s.id = a.set_id"
            + " join article ar on ar.id = s.article_id where ar.project_id = :projectId";

    private final Counts counts;
    private final Scope scope;
    private final Map<String, Object> values = new HashMap<>();

    AnalyticsSql(long projectId, Counts counts, Scope scope) {
        this.counts = counts;
        this.scope = scope;
        // Values are written into the SQL, not bound: H2 reuses a cached common table expression's rows when only a
        // bound parameter changes (one annotator's figures came back for another's). Numbers and ISO dates are safe
        // as text; the annotator's name is quoted with its quotes doubled.
        values.put("projectId", projectId);
        if (counts.annotator() != null) {
            values.put("annotator", "'" + counts.annotator().replace("'", "''") + "'");
        }
        if (scope.articleId() != null) {
            values.put("articleId", scope.articleId());
        }
        if (scope.storyId() != null) {
            values.put("storyId", scope.storyId());
        }
        if (scope.from() != null) {
            values.put("fromDate", "date '" + scope.from() + "'");
        }
        if (scope.to() != null) {
            values.put("toDate", "date '" + scope.to() + "'");
        }
    }

    /** The statement with its values written in (see the constructor). */
    String inline(String sql) {
        String result = sql;
        for (Map.Entry<String, Object> p : values.entrySet()) {
            result = result.replaceAll(":" + p.getKey() + "\\b",
                    Matcher.quoteReplacement(p.getValue().toString()));
        }
        return result;
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

    /** {@code c}: the annotations that count; {@code counted}: the articles whose counts exist at all. */
    private String counted() {
        return switch (counts.kind()) {
            case GOLD -> "c as (select " + COLUMNS + FROM + scoped() + " and s.kind = 'GOLD' and ar.status = 'CURATED'"
                    + " and " + DECIDED + "),\n"
                    + "counted as (select s.article_id from annotation_set s join article ar on ar.id = s.article_id"
                    + " where ar.project_id = :projectId" + scoped() + " and s.kind = 'GOLD' and ar.status = 'CURATED'),\n";
            case ANNOTATOR -> "c as (select " + COLUMNS + FROM + scoped() + " and s.kind = 'ANNOTATOR'"
                    + " and s.annotator = :annotator and s.status = 'FINISHED' and " + DECIDED + "),\n"
                    + "counted as (select s.article_id from annotation_set s join article ar on ar.id = s.article_id"
                    + " where ar.project_id = :projectId" + scoped() + " and s.kind = 'ANNOTATOR'"
                    + " and s.annotator = :annotator and s.status = 'FINISHED'),\n";
            case MAJORITY -> "fin as (select s.id, s.article_id from annotation_set s join article ar on ar.id = s.article_id"
                    + " where ar.project_id = :projectId" + scoped() + " and s.kind = 'ANNOTATOR' and s.status = 'FINISHED'),\n"
                    + "nfin as (select fin.article_id, count(*) n from fin group by fin.article_id),\n"
                    // the span of the lowest agreeing set stands for all, so frames stay within one set
                    + "agreed as (select fin.article_id, a.layer, a.label, a.start_offset, a.end_offset,"
                    + " min(a.set_id) sid, count(distinct a.set_id) k from annotation a join fin on fin.id = a.set_id"
                    + " where " + DECIDED + " group by fin.article_id, a.layer, a.label, a.start_offset, a.end_offset),\n"
                    + "c as (select " + COLUMNS + " from agreed g join nfin on nfin.article_id = g.article_id"
                    + " join annotation a on a.set_id = g.sid and a.layer = g.layer and a.label = g.label"
                    + " and a.start_offset = g.start_offset and a.end_offset = g.end_offset"
                    + " join annotation_set s on s.id = a.set_id where g.k * 2 > nfin.n and " + DECIDED + "),\n"
                    + "counted as (select distinct fin.article_id from fin),\n";
            case SUGGESTIONS -> "firstset as (select s.article_id, min(s.id) sid from annotation_set s"
                    + " join article ar on ar.id = s.article_id where ar.project_id = :projectId" + scoped()
                    + " and exists (select 1 from annotation a where a.set_id = s.id and a.suggested_by is not null)"
                    + " group by s.article_id),\n"
                    + "c as (select " + COLUMNS + " from firstset f join annotation a on a.set_id = f.sid"
                    + " join annotation_set s on s.id = a.set_id where a.suggested_by is not null"
                    + " and a.anchor_state <> 'ORPHANED'),\n"
                    + "counted as (select f.article_id from firstset f),\n";
        };
    }

    /** Everything up to the per-article sums, as the start of a {@code with} clause (ends with a comma). */
    private String base() {
        return "with " + counted()
                // m: source mentions, a pronoun taking its canonical source's kind, else its nearest named mention's type
                + "m as (select c.id, c.set_id, c.article_id, c.start_offset, c.end_offset, c.label written,"
                + " case when c.label <> 'pronoun' then c.label else coalesce("
                + "(select case cs.kind when 'PERSON' then 'named-person' when 'ORGANISATION' then 'named-organisation'"
                + " when 'GROUP' then 'unnamed-group' when 'DOCUMENT' then 'document' else null end"
                + " from annotation_attribute k join canonical_source cs on cast(cs.id as varchar(20)) = k.attr_value"
                + " where k.annotation_id = c.id and k.name = 'canonicalSource'),"
                + " (select p.label from annotation p where p.set_id = c.set_id and p.layer = 'SOURCE'"
                + " and p.label <> 'pronoun' and p.start_offset < c.start_offset and (p.review is null or p.review <> 'REJECTED')" + PERSONAL
                + " order by p.start_offset desc fetch first 1 rows only),"
                + " (select p.label from annotation p where p.set_id = c.set_id and p.layer = 'SOURCE'"
                + " and p.label <> 'pronoun' and p.start_offset > c.start_offset and (p.review is null or p.review <> 'REJECTED')" + PERSONAL
                + " order by p.start_offset fetch first 1 rows only),"
                + " 'pronoun') end stype,"
                + " (select r.attr_value from annotation_attribute r where r.annotation_id = c.id and r.name = 'anonymityReason') reason,"
                + " (select k.attr_value from annotation_attribute k where k.annotation_id = c.id and k.name = 'canonicalSource') canonical"
                + " from c where c.layer = 'SOURCE'),\n"
                + "srole as (select c.set_id, c.frame_id, c.article_id, c.start_offset, c.end_offset from c"
                + " where c.layer = 'ATTRIBUTION' and c.label = 'source' and c.frame_id is not null),\n"
                + "content as (select c.id, c.set_id, c.frame_id, c.article_id, c.start_offset, c.end_offset,"
                + " length(trim(c.quote)) - length(replace(trim(c.quote), ' ', '')) + 1 words from c"
                + " where c.layer = 'ATTRIBUTION' and c.label = 'content'),\n"
                + "anonframe as (select distinct sr.set_id, sr.frame_id from srole sr join m on m.article_id = sr.article_id"
                + " and m.start_offset < sr.end_offset and sr.start_offset < m.end_offset where m.stype in " + ANONYMOUS + "),\n";
    }

    private String perArticle() {
        return base()
                + "src as (select m.article_id, count(*) mentions,"
                + " sum(case when m.stype = 'named-person' then 1 else 0 end) named_person,"
                + " sum(case when m.stype = 'named-organisation' then 1 else 0 end) named_organisation,"
                + " sum(case when m.stype = 'unnamed-individual' then 1 else 0 end) unnamed_individual,"
                + " sum(case when m.stype = 'unnamed-group' then 1 else 0 end) unnamed_group,"
                + " sum(case when m.stype = 'document' then 1 else 0 end) document,"
                + " sum(case when m.stype = 'pronoun' then 1 else 0 end) pronoun_unresolved,"
                + " sum(case when m.stype not in ('named-person', 'named-organisation', 'unnamed-individual', 'unnamed-group',"
                + " 'document', 'pronoun') then 1 else 0 end) other_type,"
                + " sum(case when m.written = 'pronoun' then 1 else 0 end) pronouns,"
                + " sum(case when m.stype in " + ANONYMOUS + " then 1 else 0 end) anonymous,"
                + " sum(case when m.stype in " + ANONYMOUS + " and m.reason = 'yes' then 1 else 0 end) reasons"
                + " from m group by m.article_id),\n"
                + "cue as (select c.article_id, count(*) cues,"
                + " sum(case when t.attr_value = 'hedged' then 1 else 0 end) hedged,"
                + " sum(case when t.attr_value = 'asserted' then 1 else 0 end) asserted"
                + " from c left join annotation_attribute t on t.annotation_id = c.id and t.name = 'certainty'"
                + " where c.layer = 'ATTRIBUTION' and c.label = 'cue' group by c.article_id),\n"
                + "cw as (select ct.article_id, sum(ct.words) words,"
                + " sum(case when af.frame_id is null then 0 else ct.words end) anonymous_words"
                + " from content ct left join anonframe af on af.set_id = ct.set_id and af.frame_id = ct.frame_id"
                + " group by ct.article_id),\n"
                + "claim as (select c.article_id, count(*) claims, sum(case when exists (select 1 from content ct"
                + " where ct.article_id = c.article_id and ct.start_offset < c.end_offset and c.start_offset < ct.end_offset)"
                + " then 1 else 0 end) attributed from c where c.layer = 'CLAIM' group by c.article_id),\n"
                + "fig as (select c.article_id, count(*) figures from c where c.layer = 'FIGURE' group by c.article_id),\n"
                + "rv as (select f.article_id,"
                + " sum(case when sl.verdict = 'CONSISTENT' or (sl.verdict = 'ERROR_IN_ARTICLE'"
                + " and (sl.error_article_id is null or sl.error_article_id <> f.article_id)) then 1 else 0 end) consistent,"
                + " sum(case when sl.verdict = 'CONFLICT' or (sl.verdict = 'ERROR_IN_ARTICLE'"
                + " and sl.error_article_id = f.article_id) then 1 else 0 end) conflict,"
                + " sum(case when sl.verdict = 'SUPERSEDED' then 1 else 0 end) superseded,"
                + " sum(case when sl.verdict = 'DIFFERENT_SCOPE' then 1 else 0 end) different_scope,"
                + " sum(case when sl.verdict is null then 1 else 0 end) undecided"
                + " from reconcile_figure f join reconcile_slot sl on sl.id = f.slot_id where sl.project_id = :projectId"
                + " group by f.article_id),\n"
                + "nd as (select d.article_a article_id from near_duplicate d where d.project_id = :projectId"
                + " and d.status <> 'DISMISSED' union select d.article_b from near_duplicate d"
                + " where d.project_id = :projectId and d.status <> 'DISMISSED'),\n"
                + "pa as (select ar.id article_id, ar.title, coalesce(ar.outlet, '') outlet, ar.published_date,"
                + " sa.story_id,"
                + " case when exists (select 1 from counted k where k.article_id = ar.id) then 1 else 0 end counted,"
                + " coalesce(cue.cues, 0) attributions, coalesce(cue.hedged, 0) hedged, coalesce(cue.asserted, 0) asserted,"
                + " coalesce(claim.claims, 0) claims, coalesce(claim.attributed, 0) claims_attributed,"
                + " coalesce(src.mentions, 0) source_mentions, coalesce(src.named_person, 0) named_person,"
                + " coalesce(src.named_organisation, 0) named_organisation,"
                + " coalesce(src.unnamed_individual, 0) unnamed_individual, coalesce(src.unnamed_group, 0) unnamed_group,"
                + " coalesce(src.document, 0) document, coalesce(src.pronoun_unresolved, 0) pronoun_unresolved,"
                + " coalesce(src.other_type, 0) other_type, coalesce(src.pronouns, 0) pronouns,"
                + " coalesce(src.anonymous, 0) anonymous_mentions, coalesce(src.reasons, 0) reasons_given,"
                + " coalesce(cw.words, 0) content_words, coalesce(cw.anonymous_words, 0) anonymous_words,"
                + " coalesce(fig.figures, 0) figures, coalesce(rv.consistent, 0) figures_consistent,"
                + " coalesce(rv.conflict, 0) figures_conflict, coalesce(rv.superseded, 0) figures_superseded,"
                + " coalesce(rv.different_scope, 0) figures_different_scope, coalesce(rv.undecided, 0) figures_undecided,"
                + " case when exists (select 1 from nd where nd.article_id = ar.id) then 1 else 0 end near_duplicate"
                + " from article ar left join story_article sa on sa.article_id = ar.id"
                + " left join src on src.article_id = ar.id left join cue on cue.article_id = ar.id"
                + " left join cw on cw.article_id = ar.id left join claim on claim.article_id = ar.id"
                + " left join fig on fig.article_id = ar.id left join rv on rv.article_id = ar.id"
                + " where ar.project_id = :projectId" + scoped() + ")\n";
    }

    /** One row per article of the scope (columns as {@link ArticleProfile} reads them). */
    String articles() {
        return perArticle() + "select * from pa order by pa.published_date, pa.article_id";
    }

    /** One row per outlet ('' for none) with the article count and the sums of the per-article columns. */
    String outlets() {
        return perArticle() + "select pa.outlet, count(*) articles, sum(pa.counted) counted,"
                + " sum(pa.attributions) attributions, sum(pa.hedged) hedged, sum(pa.asserted) asserted,"
                + " sum(pa.claims) claims, sum(pa.claims_attributed) claims_attributed,"
                + " sum(pa.source_mentions) source_mentions, sum(pa.named_person) named_person,"
                + " sum(pa.named_organisation) named_organisation, sum(pa.unnamed_individual) unnamed_individual,"
                + " sum(pa.unnamed_group) unnamed_group, sum(pa.document) document,"
                + " sum(pa.pronoun_unresolved) pronoun_unresolved, sum(pa.other_type) other_type, sum(pa.pronouns) pronouns,"
                + " sum(pa.anonymous_mentions) anonymous_mentions, sum(pa.reasons_given) reasons_given,"
                + " sum(pa.content_words) content_words, sum(pa.anonymous_words) anonymous_words,"
                + " sum(pa.figures) figures, sum(pa.figures_consistent) figures_consistent,"
                + " sum(pa.figures_conflict) figures_conflict, sum(pa.figures_superseded) figures_superseded,"
                + " sum(pa.figures_different_scope) figures_different_scope, sum(pa.figures_undecided) figures_undecided,"
                + " sum(pa.near_duplicate) near_duplicate"
                + " from pa group by pa.outlet order by pa.outlet";
    }

    /**
     * One row per canonical source of the project's registry: mentions linked to it, the articles and stories they
     * are in, the attributed contents and claims whose frame's source is such a mention, the figures those frames
     * report, and how the figures fared on the reconciliation board.
     */
    String sources() {
        return base()
                + "lm as (select m.canonical cid, m.article_id, m.start_offset, m.end_offset from m where m.canonical is not null),\n"
                + "sframe as (select distinct lm.cid, sr.set_id, sr.frame_id from srole sr join lm on lm.article_id = sr.article_id"
                + " and lm.start_offset < sr.end_offset and sr.start_offset < lm.end_offset),\n"
                + "sm as (select lm.cid, count(*) mentions, count(distinct lm.article_id) articles,"
                + " count(distinct sa.story_id) stories from lm left join story_article sa on sa.article_id = lm.article_id"
                + " group by lm.cid),\n"
                + "sc as (select sf.cid, count(*) attributions from content ct join sframe sf on sf.set_id = ct.set_id"
                + " and sf.frame_id = ct.frame_id group by sf.cid),\n"
                + "scl as (select sf.cid, count(distinct cl.id) claims from content ct join sframe sf on sf.set_id = ct.set_id"
                + " and sf.frame_id = ct.frame_id join c cl on cl.article_id = ct.article_id and cl.layer = 'CLAIM'"
                + " and cl.start_offset < ct.end_offset and ct.start_offset < cl.end_offset group by sf.cid),\n"
                + "sfig as (select sf.cid, c.id fid, c.article_id, c.start_offset, c.end_offset from c"
                + " join annotation_attribute rb on rb.annotation_id = c.id and rb.name = 'reportedBy'"
                + " join sframe sf on sf.set_id = c.set_id and sf.frame_id = rb.attr_value where c.layer = 'FIGURE'),\n"
                + "st as (select x.cid, count(distinct x.fid) figures,"
                + " count(distinct case when sl.verdict = 'CONSISTENT' or (sl.verdict = 'ERROR_IN_ARTICLE'"
                + " and (sl.error_article_id is null or sl.error_article_id <> x.article_id)) then x.fid end) agree,"
                + " count(distinct case when sl.verdict = 'CONFLICT' or (sl.verdict = 'ERROR_IN_ARTICLE'"
                + " and sl.error_article_id = x.article_id) then x.fid end) conflict,"
                + " count(distinct case when sl.verdict = 'SUPERSEDED' then x.fid end) superseded"
                + " from sfig x left join reconcile_figure f on f.article_id = x.article_id"
                + " and f.start_offset < x.end_offset and x.start_offset < f.end_offset"
                + " left join reconcile_slot sl on sl.id = f.slot_id group by x.cid)\n"
                + "select cs.id, cs.name, cs.kind, coalesce(sm.mentions, 0) mentions, coalesce(sm.articles, 0) articles,"
                + " coalesce(sm.stories, 0) stories, coalesce(sc.attributions, 0) attributions, coalesce(scl.claims, 0) claims,"
                + " coalesce(st.figures, 0) figures, coalesce(st.agree, 0) agree, coalesce(st.conflict, 0) conflict,"
                + " coalesce(st.superseded, 0) superseded"
                + " from canonical_source cs left join sm on sm.cid = cast(cs.id as varchar(20))"
                + " left join sc on sc.cid = cast(cs.id as varchar(20)) left join scl on scl.cid = cast(cs.id as varchar(20))"
                + " left join st on st.cid = cast(cs.id as varchar(20))"
                + " where cs.project_id = :projectId order by coalesce(sm.mentions, 0) desc, cs.name";
    }

    /** The counted spans of the scope with their resolved source type (null for other layers), in text order. */
    String spans() {
        return base() + "x as (select 1 one)\n"
                + "select c.id, c.article_id, c.layer, c.label, c.start_offset, c.end_offset, c.quote, m.stype, m.reason,"
                + " t.attr_value certainty, case when af.frame_id is null then 0 else 1 end anonymous_frame"
                + " from c left join m on m.id = c.id"
                + " left join annotation_attribute t on t.annotation_id = c.id and t.name = 'certainty'"
                + " left join anonframe af on af.set_id = c.set_id and af.frame_id = c.frame_id"
                + " order by c.article_id, c.start_offset, c.end_offset, c.id";
    }
}
