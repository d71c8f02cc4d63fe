package org.corroborate.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.agreement.AgreementService;
import org.corroborate.article.ArticleService;
import org.corroborate.curation.CurationService;
import org.corroborate.curation.MergeStrategy;
import org.corroborate.imports.ImportService;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.AssignmentMode;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.project.WorkflowSettings;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.workflow.AssignmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Blind mode, enforced in services: an annotator gets nothing of another annotator's work, nor of gold, through
 * any service method until the article is curated (or blind mode is off); curators and managers see everything.
 */
@CorroborateIntegrationTest
class BlindModeIT {

    private static final String RAW = "Talks stall\nA senior U.S. official said the talks had stalled.\n"
            + "Zelenskiy said Ukraine offered $90 billion.\n";

    @Autowired
    AnnotationService annotations;

    @Autowired
    TeamAnnotationService team;

    @Autowired
    AssignmentService assignments;

    @Autowired
    CanonicalSourceLinks links;

    @Autowired
    AgreementService agreement;

    @Autowired
    CurationService curation;

    @Autowired
    ArticleService articles;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    private ProjectSummary project;
    private long articleId;
    private long othersAnnotationId;
    private long othersVersion;

    @BeforeEach
    void annotator2_has_annotated_and_the_curator_has_started_gold() {
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Blind",
                Map.of(
                        "annotator",
                        ProjectRole.ANNOTATOR,
                        "annotator2",
                        ProjectRole.ANNOTATOR,
                        "curator",
                        ProjectRole.CURATOR,
                        "manager",
                        ProjectRole.MANAGER),
                "talks.txt",
                RAW);
        project = fixture.project();
        articleId = fixture.articleId();
        String text = SystemAuthentication.runAsSystem(
                () -> articles.get(project.id(), articleId).cleanedText());
        int start = text.indexOf("A senior U.S. official");
        AnnotationView theirs = DemoData.asUser("annotator2", () -> {
            annotations.create(
                    project.id(),
                    articleId,
                    SpanRequest.of(
                                    Layer.SOURCE,
                                    Labels.UNNAMED_INDIVIDUAL,
                                    start,
                                    start + "A senior U.S. official".length())
                            .withAttributes(Map.of(Attributes.CANONICAL_SOURCE, "777")));
            return annotations.create(
                    project.id(),
                    articleId,
                    SpanRequest.of(
                            Layer.CLAIM,
                            "factual",
                            text.indexOf("the talks had stalled"),
                            text.indexOf("the talks had stalled") + 21));
        });
        othersAnnotationId = theirs.id();
        othersVersion = theirs.version();
        DemoData.asUser(
                "annotator",
                () -> annotations.create(
                        project.id(),
                        articleId,
                        SpanRequest.of(
                                Layer.CLAIM,
                                "factual",
                                text.indexOf("Ukraine offered"),
                                text.indexOf("Ukraine offered") + 15)));
        for (Layer layer : List.of(Layer.SOURCE, Layer.CLAIM)) {
            DemoData.asUser(
                    "curator", () -> curation.prefill(project.id(), articleId, layer, MergeStrategy.THRESHOLD, 1));
        }
    }

    @Test
    void an_annotator_reads_nothing_of_another_annotators_work_through_any_service() {
        DemoData.asUser("annotator", () -> {
            long p = project.id();
            assertThat(team.canSeeOthersWork(p, articleId)).isFalse();
            assertThatThrownBy(() -> team.annotationsOf(p, articleId, "annotator2"))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> team.byAnnotator(p, articleId)).isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> team.gold(p, articleId)).isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> team.spansForAgreement(p, List.of(articleId)))
                    .isInstanceOf(AccessRefusedException.class);
            assertThat(team.sets(p, articleId))
                    .extracting(AnnotatorSet::annotator)
                    .containsExactly("annotator");
            assertThat(team.projectSets(p)).extracting(AnnotatorSet::annotator).containsOnly("annotator");
            assertThat(annotations.open(p, articleId).annotations())
                    .extracting(AnnotationView::createdBy)
                    .containsOnly("annotator");
            // aggregate counts show only the annotator's own work
            assertThat(annotations.labelUsage(p))
                    .containsEntry("claim:factual", 1L)
                    .doesNotContainKey("source:" + Labels.UNNAMED_INDIVIDUAL);
            assertThat(links.countByLink(p)).doesNotContainKey("777");
            // another annotator's annotation cannot be changed, deleted or reviewed: it "does not exist"
            assertThatThrownBy(() ->
                            annotations.update(p, articleId, othersAnnotationId, othersVersion, "opinion", Map.of()))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> annotations.delete(p, articleId, othersAnnotationId, othersVersion))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> annotations.review(
                            p, articleId, othersAnnotationId, othersVersion, SuggestionReview.ACCEPTED))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            // agreement and curation are for curators and managers
            assertThatThrownBy(() -> agreement.report(p, Layer.CLAIM, List.of(), List.of()))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> agreement.annotators(p)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> curation.open(p, articleId)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> curation.goldAnnotations(p, articleId))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> curation.accept(p, articleId, othersAnnotationId, "annotator2"))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> team.copyToGold(p, articleId, List.of(othersAnnotationId), "x"))
                    .isInstanceOf(AccessRefusedException.class);
            // next article names an article, nothing about who else works on it
            assertThat(assignments.nextArticle(p)).contains(articleId);
            return null;
        });
    }

    @Test
    void the_annotators_own_work_stays_readable_through_the_team_service() {
        DemoData.asUser("annotator", () -> {
            assertThat(team.annotationsOf(project.id(), articleId, "annotator"))
                    .singleElement()
                    .satisfies(a -> assertThat(a.text()).isEqualTo("Ukraine offered"));
            return null;
        });
    }

    @Test
    void curators_and_managers_see_every_annotators_work_and_gold() {
        for (String who : List.of("curator", "manager")) {
            DemoData.asUser(who, () -> {
                assertThat(team.byAnnotator(project.id(), articleId)).containsOnlyKeys("annotator", "annotator2");
                assertThat(team.annotationsOf(project.id(), articleId, "annotator2"))
                        .hasSize(2);
                assertThat(team.gold(project.id(), articleId)).hasSize(3);
                assertThat(agreement
                                .report(project.id(), Layer.CLAIM, List.of(), List.of())
                                .report()
                                .raters())
                        .containsExactly("annotator", "annotator2");
                assertThat(annotations.labelUsage(project.id())).containsKey("source:" + Labels.UNNAMED_INDIVIDUAL);
                assertThat(links.countByLink(project.id())).containsEntry("777", 2L); // annotator2's and gold's
                return null;
            });
        }
    }

    @Test
    void once_the_article_is_curated_annotators_see_everyones_work_and_gold() {
        DemoData.asUser("curator", () -> {
            curation.markCurated(project.id(), articleId, true);
            return null;
        });
        DemoData.asUser("annotator", () -> {
            assertThat(team.canSeeOthersWork(project.id(), articleId)).isTrue();
            assertThat(team.annotationsOf(project.id(), articleId, "annotator2"))
                    .hasSize(2);
            assertThat(curation.goldAnnotations(project.id(), articleId)).hasSize(3);
            assertThat(curation.isCurated(project.id(), articleId)).isTrue();
            assertThat(team.projectSets(project.id()))
                    .extracting(AnnotatorSet::annotator)
                    .containsExactlyInAnyOrder("annotator", "annotator2");
            return null;
        });
    }

    @Test
    void with_blind_mode_off_annotators_see_each_others_work() {
        SystemAuthentication.runAsSystem(() -> projects.updateWorkflow(
                project.id(),
                projects.get(project.id()).version(),
                new WorkflowSettings(2, AssignmentMode.AUTOMATIC, 60, false)));
        DemoData.asUser("annotator", () -> {
            assertThat(team.annotationsOf(project.id(), articleId, "annotator2"))
                    .hasSize(2);
            assertThat(team.sets(project.id(), articleId)).hasSize(2);
            return null;
        });
    }

    @Test
    void gold_keeps_who_curated_what_and_where_it_came_from() {
        DemoData.asUser("curator", () -> {
            List<org.corroborate.annotation.GoldSpan> gold = curation.goldAnnotations(project.id(), articleId);
            assertThat(gold).allSatisfy(g -> {
                assertThat(g.createdBy()).isEqualTo("curator");
                assertThat(g.origin()).isEqualTo("merge: vote threshold ≥ 1");
            });
            assertThat(curation.open(project.id(), articleId).log())
                    .extracting(e -> e.action())
                    .containsExactly("merge", "merge"); // one pre-fill per layer
            return null;
        });
    }
}
