package org.corroborate.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.agreement.AgreementService;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.workflow.AssignmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annotator pool: annotators, and curators and managers who annotate, take an article's annotator places and
 * count in workload and agreement; students and instructors never do, whatever they mark for practice.
 */
@CorroborateIntegrationTest
class AnnotatorPoolIT {

    private static final String TRUMP = "U.S. President Donald Trump";

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Autowired
    TeamAnnotationService team;

    @Autowired
    AgreementService agreement;

    @Autowired
    ArticleService articles;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    private TeamWork work;

    @BeforeEach
    void teamWithAStudentAndAnInstructor() {
        work = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Annotator pool");
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(work.projectId(), "student", ProjectRole.STUDENT);
            projects.setMember(work.projectId(), "instructor", ProjectRole.INSTRUCTOR);
        });
    }

    @Test
    void students_and_instructors_are_given_no_article_by_next_article_which_answers_as_for_a_missing_project() {
        for (String user : List.of("student", "instructor")) {
            assertThatThrownBy(() -> DemoData.asUser(user, () -> assignments.nextArticle(work.projectId())))
                    .as(user)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        }
        // Both places of the article are still free for the annotators.
        assertThat(DemoData.asUser("annotator", () -> assignments.nextArticle(work.projectId())))
                .contains(work.articleId());
        assertThat(DemoData.asUser("annotator2", () -> assignments.nextArticle(work.projectId())))
                .contains(work.articleId());
    }

    @Test
    void students_and_instructors_keep_no_set_so_they_take_no_place_and_count_in_no_workload_agreement_or_curation() {
        for (String user : List.of("student", "instructor")) {
            assertThatThrownBy(() -> work.mark(user, Layer.SOURCE, Labels.NAMED_PERSON, TRUMP))
                    .as(user)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        }
        work.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);

        // Two places per article: the practice sets hold none of them.
        assertThat(DemoData.asUser("annotator2", () -> assignments.nextArticle(work.projectId())))
                .contains(work.articleId());

        List<String> inWorkload = DemoData.asUser("curator", () -> team.projectSets(work.projectId())).stream()
                .map(AnnotatorSet::annotator)
                .distinct()
                .toList();
        assertThat(inWorkload).containsExactlyInAnyOrder("annotator", "annotator2");
        assertThat(DemoData.asUser("curator", () -> agreement.annotators(work.projectId())))
                .containsExactly("annotator", "annotator2");
        assertThat(
                        DemoData.asUser(
                                        "curator",
                                        () -> team.spansForAgreement(work.projectId(), List.of(work.articleId())))
                                .stream()
                                .map(TeamSpan::annotator)
                                .distinct()
                                .toList())
                .containsExactly("annotator");
        assertThat(DemoData.asUser(
                                "curator", () -> agreement.report(work.projectId(), Layer.SOURCE, List.of(), List.of()))
                        .availableAnnotators())
                .doesNotContain("student", "instructor");
        assertThat(DemoData.asUser("curator", () -> team.byAnnotator(work.projectId(), work.articleId())))
                .as("curation's side-by-side view")
                .containsKey("annotator")
                .doesNotContainKeys("student", "instructor");
    }

    @Test
    void a_curator_who_annotates_counts_and_a_manager_cannot_assign_a_student() {
        work.mark("curator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        assertThat(DemoData.asUser("curator", () -> agreement.annotators(work.projectId())))
                .contains("curator");
        assertThatThrownBy(() -> DemoData.asUser("manager", () -> {
                    assignments.assign(work.projectId(), work.articleId(), "student");
                    return null;
                }))
                .isInstanceOf(AnnotationValidationException.class);
    }
}
