package org.corroborate.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.annotation.AnnotationImportService;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.annotation.ImportedAnnotation;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleService;
import org.corroborate.curation.CurationService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.source.SourceEntry;
import org.corroborate.source.SourceKind;
import org.corroborate.source.SourceRegistryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analytics keep what they worked out from each set (and each article's majority) while the set's content version
 * holds ({@link KeptSpans}): every way a set's annotations change must make the next call work them out again. Each
 * test lets a page keep the figures first (and checks they were kept), then changes the set one way and expects the
 * new figures. On the seed article, "sources" (never named) is an unnamed group for annotator and an unnamed individual
 * for annotator2; both name "U.S. President Donald Trump".
 */
@CorroborateIntegrationTest
class KeptSpansIT {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AnnotationImportService annotationImports;

    @Autowired
    CurationService curation;

    @Autowired
    SourceRegistryService registry;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    JdbcTemplate jdbc;

    private TeamWork team;
    private AnnotationView anonymous;

    @BeforeEach
    void twoPeopleFinished() {
        team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Kept spans");
        anonymous = team.mark("annotator", Layer.SOURCE, Labels.UNNAMED_GROUP, "sources");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        team.setStatus("annotator", AnnotationSetStatus.FINISHED);
        team.mark("annotator2", Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, "sources");
        team.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        team.setStatus("annotator2", AnnotationSetStatus.FINISHED);
    }

    private Components components(Counts counts) {
        ArticleProfile profile = DemoData.asUser(
                "curator",
                () -> analytics
                        .article(team.projectId(), team.articleId(), counts)
                        .orElseThrow());
        return profile.components();
    }

    /** Opens the page once, so its figures are kept, and checks that they were. */
    private Components kept(Counts counts) {
        Components before = components(counts);
        String table = counts.kind() == Counts.Kind.MAJORITY
                ? "analytics_majority_spans m where m.article_id = ?"
                : "analytics_set_spans k join annotation_set s on s.id = k.set_id where s.article_id = ?";
        assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class, team.articleId()))
                .as("kept rows of the article")
                .isPositive();
        assertThat(components(counts)).as("the kept figures").isEqualTo(before);
        return before;
    }

    private void asAnnotator(String user, Runnable change) {
        team.setStatus(user, AnnotationSetStatus.IN_PROGRESS);
        DemoData.asUser(user, () -> {
            change.run();
            return true;
        });
        team.setStatus(user, AnnotationSetStatus.FINISHED);
    }

    @Test
    void a_span_added_to_a_kept_set_counts() {
        Counts counts = Counts.annotator("annotator");
        assertThat(kept(counts).sourceMentions()).isEqualTo(2);

        asAnnotator("annotator", () -> team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "Emmanuel Macron"));

        assertThat(components(counts).sourceMentions()).isEqualTo(3);
    }

    @Test
    void a_relabelled_span_counts_with_its_new_label() {
        Counts counts = Counts.annotator("annotator");
        assertThat(kept(counts).anonymousMentions()).isEqualTo(1);

        asAnnotator(
                "annotator",
                () -> annotations.update(
                        team.projectId(),
                        team.articleId(),
                        anonymous.id(),
                        anonymous.version(),
                        Labels.NAMED_ORGANISATION,
                        Map.of()));

        Components after = components(counts);
        assertThat(after.anonymousMentions()).isZero();
        assertThat(after.sourcesByType().namedOrganisation()).isEqualTo(1);
    }

    @Test
    void a_deleted_span_no_longer_counts() {
        Counts counts = Counts.annotator("annotator");
        assertThat(kept(counts).sourceMentions()).isEqualTo(2);

        asAnnotator(
                "annotator",
                () -> annotations.delete(team.projectId(), team.articleId(), anonymous.id(), anonymous.version()));

        assertThat(components(counts).sourceMentions()).isEqualTo(1);
    }

    @Test
    void spans_imported_into_a_kept_set_count() {
        Counts counts = Counts.annotator("annotator");
        assertThat(kept(counts).sourceMentions()).isEqualTo(2);
        int at = team.at("Emmanuel Macron");

        DemoData.asUser(
                "manager",
                () -> annotationImports.store(
                        team.projectId(),
                        team.articleId(),
                        team.text(),
                        List.of(new ImportedAnnotation(
                                "annotator",
                                Layer.SOURCE,
                                Labels.NAMED_PERSON,
                                at,
                                at + "Emmanuel Macron".length(),
                                Map.of(),
                                null,
                                null,
                                null))));

        assertThat(components(counts).sourceMentions()).isEqualTo(3);
    }

    @Test
    void the_majority_follows_a_change_in_one_of_its_sets() {
        // "sources" is an unnamed group for one and an unnamed individual for the other: no majority
        assertThat(kept(Counts.MAJORITY).sourceMentions()).isEqualTo(1);

        asAnnotator("annotator2", () -> {
            AnnotationView theirs = annotations.mine(team.projectId(), team.articleId()).stream()
                    .filter(a -> a.label().equals(Labels.UNNAMED_INDIVIDUAL))
                    .findFirst()
                    .orElseThrow();
            annotations.update(
                    team.projectId(), team.articleId(), theirs.id(), theirs.version(), Labels.UNNAMED_GROUP, Map.of());
        });

        Components after = components(Counts.MAJORITY);
        assertThat(after.sourceMentions()).isEqualTo(2);
        assertThat(after.anonymousMentions()).isEqualTo(1);
    }

    @Test
    void the_majority_follows_a_set_that_is_finished_or_reopened() {
        assertThat(kept(Counts.MAJORITY).sourceMentions()).isEqualTo(1);

        team.setStatus("annotator2", AnnotationSetStatus.IN_PROGRESS); // one finished set left: it is the majority

        assertThat(components(Counts.MAJORITY).sourceMentions()).isEqualTo(2);
    }

    @Test
    void a_gold_edit_changes_the_gold_figures() {
        int at = team.at("sources");
        GoldSpan gold = DemoData.asUser("curator", () -> {
            GoldSpan span = curation.add(
                    team.projectId(),
                    team.articleId(),
                    SpanRequest.of(Layer.SOURCE, Labels.UNNAMED_GROUP, at, at + "sources".length()));
            curation.markCurated(team.projectId(), team.articleId(), true);
            return span;
        });
        assertThat(kept(Counts.GOLD).reasonsGiven()).isZero();

        DemoData.asUser(
                "curator",
                () -> curation.update(
                        team.projectId(),
                        team.articleId(),
                        gold,
                        Labels.UNNAMED_GROUP,
                        Map.of(Attributes.ANONYMITY_REASON, "yes")));

        assertThat(components(Counts.GOLD).reasonsGiven()).isEqualTo(1);
    }

    @Test
    void merging_two_canonical_sources_moves_the_kept_mentions_to_the_one_kept() {
        Counts counts = Counts.annotator("annotator");
        long projectId = team.projectId();
        SourceEntry trump =
                DemoData.asUser("curator", () -> registry.add(projectId, "Donald Trump", SourceKind.PERSON, null, ""));
        SourceEntry president =
                DemoData.asUser("curator", () -> registry.add(projectId, "The President", SourceKind.PERSON, null, ""));
        int at = team.at("Emmanuel Macron");
        asAnnotator(
                "annotator",
                () -> annotations.create(
                        projectId,
                        team.articleId(),
                        new SpanRequest(
                                Layer.SOURCE,
                                Labels.NAMED_PERSON,
                                at,
                                at + "Emmanuel Macron".length(),
                                Map.of(Attributes.CANONICAL_SOURCE, Long.toString(president.id())),
                                null)));
        kept(counts);
        assertThat(mentionsOf(trump.id(), counts)).isZero();

        DemoData.asUser(
                "curator",
                () -> registry.merge(projectId, trump.id(), trump.version(), president.id(), president.version()));

        assertThat(mentionsOf(trump.id(), counts)).isEqualTo(1);
    }

    @Test
    void kept_figures_are_the_figures_worked_out_afresh() {
        for (Counts counts : List.of(Counts.annotator("annotator"), Counts.MAJORITY)) {
            jdbc.update("delete from analytics_set_spans");
            jdbc.update("delete from analytics_majority_spans");
            AnalyticsReport afresh = DemoData.asUser("curator", () -> analytics.report(team.projectId(), counts));

            AnalyticsReport kept = DemoData.asUser("curator", () -> analytics.report(team.projectId(), counts));

            assertThat(kept).as(counts.code()).isEqualTo(afresh);
        }
    }

    @Test
    void keeping_all_ahead_keeps_every_finished_set_and_the_majority() {
        jdbc.update("delete from analytics_set_spans");
        jdbc.update("delete from analytics_majority_spans");

        int counts = DemoData.asUser("curator", () -> analytics.keepAll(team.projectId()));

        assertThat(counts).as("gold, majority, annotator, annotator2").isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from analytics_set_spans k join annotation_set s on s.id = k.set_id"
                                + " where s.article_id = ?",
                        Integer.class,
                        team.articleId()))
                .as("both finished sets kept")
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from analytics_majority_spans where article_id = ?",
                        Integer.class,
                        team.articleId()))
                .isEqualTo(1);
    }

    @Test
    void an_annotator_cannot_keep_a_projects_analytics_ahead() {
        assertThatThrownBy(() -> DemoData.asUser("annotator", () -> analytics.keepAll(team.projectId())))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    private long mentionsOf(long sourceId, Counts counts) {
        return DemoData.asUser("curator", () -> analytics.sources(team.projectId(), counts)).stream()
                .filter(s -> s.sourceId() == sourceId)
                .mapToLong(SourceRecord::mentions)
                .sum();
    }
}
