package org.corroborate.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotatorSet;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.annotation.TeamAnnotationService;
import org.corroborate.article.ArticleService;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.audit.AuditRecord;
import org.corroborate.curation.CurationService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Access to exercises, enforced in the service: instructors and managers set them and see their students; a
 * student sees only their own attempts, and gold only once feedback is released; nobody else sees anything, and
 * what they may not see answers as "not found". Students' spans never reach the team's annotation sets.
 */
@CorroborateIntegrationTest
class ExerciseAccessIT {

    private static final String RAW = "Talks stall\nA senior U.S. official said the talks had stalled.\n"
            + "Officials familiar with the matter said Kyiv wanted more.\n";

    @Autowired
    ExerciseService exercises;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    CurationService curation;

    @Autowired
    TeamAnnotationService team;

    @Autowired
    AuditLog audit;

    private long projectId;
    private long articleId;
    private String text;
    private long exerciseId;
    private String first;
    private String second;

    @BeforeEach
    void an_instructor_set_an_exercise_with_gold_and_two_students_on_the_roster() {
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Exercise",
                Map.of(
                        "instructor",
                        ProjectRole.INSTRUCTOR,
                        "curator",
                        ProjectRole.CURATOR,
                        "annotator",
                        ProjectRole.ANNOTATOR,
                        "manager",
                        ProjectRole.MANAGER),
                "talks.txt",
                RAW);
        projectId = fixture.project().id();
        articleId = fixture.articleId();
        text = SystemAuthentication.runAsSystem(
                () -> articles.get(projectId, articleId).cleanedText());
        DemoData.asUser("curator", () -> {
            curation.add(
                    projectId,
                    articleId,
                    SpanRequest.of(
                            Layer.SOURCE,
                            Labels.UNNAMED_INDIVIDUAL,
                            at("A senior U.S. official"),
                            at("A senior U.S. official") + 22));
            return curation.add(
                    projectId,
                    articleId,
                    SpanRequest.of(
                            Layer.SOURCE,
                            Labels.UNNAMED_GROUP,
                            at("Officials familiar"),
                            at("Officials familiar with the matter") + 34));
        });
        ExerciseSummary exercise = DemoData.asUser(
                "instructor",
                () -> exercises.create(
                        projectId,
                        new ExerciseSettings(
                                "Anonymous sources",
                                "Find *every* anonymous source.",
                                Set.of(ExerciseTask.ANONYMOUS_SOURCES),
                                List.of(articleId),
                                null,
                                null,
                                1,
                                FeedbackTiming.AFTER_SUBMIT,
                                false,
                                ScoringRules.DEFAULTS)));
        exerciseId = exercise.id();
        long n = System.nanoTime() % 1_000_000_000L;
        first = "pupil-a" + n;
        second = "pupil-b" + n;
        List<CreatedStudent> roster = DemoData.asUser(
                "instructor",
                () -> exercises.addRoster(
                        projectId,
                        exerciseId,
                        "username, name\n" + first + ", Ada A.\n" + second + "; Ben B.\nannotator, Not A Student\n"));
        assertThat(roster).hasSize(3);
        assertThat(roster.get(0).password()).hasSize(12);
        assertThat(roster.get(2).password()).isNull();
        assertThat(roster.get(2).note()).contains("class code");
    }

    private int at(String quote) {
        return text.indexOf(quote);
    }

    @Test
    void instructors_and_managers_see_the_exercise_and_its_students_and_nobody_else_does() {
        for (String teacher : List.of("instructor", "manager")) {
            DemoData.asUser(teacher, () -> {
                assertThat(exercises.list(projectId))
                        .extracting(ExerciseSummary::id)
                        .containsExactly(exerciseId);
                assertThat(exercises.students(projectId, exerciseId))
                        .extracting(ClassMember::username)
                        .containsExactly(first, second);
                assertThat(exercises.goldItems(projectId, exerciseId)).hasSize(2);
                return null;
            });
        }
        for (String other : List.of("curator", "annotator", first, "outsider")) {
            DemoData.asUser(other, () -> {
                assertThatThrownBy(() -> exercises.list(projectId)).isInstanceOf(NotFoundOrNotAllowedException.class);
                assertThatThrownBy(() -> exercises.get(projectId, exerciseId))
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
                assertThatThrownBy(() -> exercises.dashboard(projectId, exerciseId))
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
                assertThatThrownBy(() -> exercises.goldItems(projectId, exerciseId))
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
                assertThatThrownBy(() -> exercises.feedbackOf(projectId, exerciseId, second))
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
                return null;
            });
        }
        // the exercise seen through another project's address does not exist
        long otherProject = DemoData.demoProject(projects).id();
        DemoData.asUser("instructor", () -> {
            assertThatThrownBy(() -> exercises.get(otherProject, exerciseId))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
    }

    @Test
    void a_student_sees_only_their_own_attempt_and_gold_only_after_submitting() {
        StudentSpan mine = DemoData.asUser(first, () -> {
            assertThat(exercises.myExercises()).extracting(MyExercise::title).containsExactly("Anonymous sources");
            AttemptDocument doc = exercises.startAttempt(exerciseId);
            assertThat(doc.labels())
                    .extracting(l -> l.code())
                    .containsExactly(Labels.UNNAMED_INDIVIDUAL, Labels.UNNAMED_GROUP);
            assertThatThrownBy(() -> exercises.addSpan(exerciseId, articleId, Layer.CLAIM, "factual", 0, 5))
                    .isInstanceOf(ExerciseValidationException.class);
            StudentSpan span = exercises.addSpan(
                    exerciseId,
                    articleId,
                    Layer.SOURCE,
                    Labels.UNNAMED_INDIVIDUAL,
                    at("A senior U.S. official"),
                    at("A senior U.S. official") + 22);
            assertThat(exercises.myFeedback(exerciseId)).isEmpty(); // not before submitting
            return span;
        });
        DemoData.asUser(second, () -> {
            exercises.startAttempt(exerciseId);
            assertThat(exercises.attemptArticle(exerciseId, articleId).spans()).isEmpty();
            assertThatThrownBy(() -> exercises.deleteSpan(exerciseId, mine.id()))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
        // students' work is not in the team's pool: curators see no set of theirs
        DemoData.asUser("curator", () -> {
            assertThat(team.sets(projectId, articleId))
                    .extracting(AnnotatorSet::annotator)
                    .doesNotContain(first, second);
            assertThat(team.projectSets(projectId))
                    .extracting(AnnotatorSet::annotator)
                    .doesNotContain(first, second);
            return null;
        });
        AttemptFeedback feedback = DemoData.asUser(first, () -> {
            AttemptDocument submitted = exercises.submit(exerciseId);
            assertThat(submitted.readOnly()).isTrue();
            assertThatThrownBy(() -> exercises.addSpan(exerciseId, articleId, Layer.SOURCE, Labels.UNNAMED_GROUP, 0, 5))
                    .isInstanceOf(ExerciseValidationException.class);
            assertThat(exercises.myExercises().getFirst().state()).isEqualTo(AttemptState.SCORED);
            return exercises.myFeedback(exerciseId).orElseThrow();
        });
        assertThat(feedback.username()).isEqualTo(first);
        assertThat(feedback.report().total().score()).hasValue(0.5);
        assertThat(feedback.articles().getFirst().items())
                .extracting(FeedbackItem::outcome)
                .containsExactly(ItemOutcome.FOUND, ItemOutcome.MISSED);
        // the classmate who has not submitted still sees no gold, and the outsider no exercise at all
        DemoData.asUser(second, () -> {
            assertThat(exercises.myFeedback(exerciseId)).isEmpty();
            return null;
        });
        DemoData.asUser("annotator", () -> {
            assertThat(exercises.myExercises()).isEmpty();
            assertThatThrownBy(() -> exercises.attempt(exerciseId)).isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> exercises.myFeedback(exerciseId))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
        ClassDashboard dashboard = DemoData.asUser("instructor", () -> exercises.dashboard(projectId, exerciseId));
        assertThat(dashboard.students())
                .extracting(ClassDashboard.StudentRow::username)
                .containsExactly(first, second);
        assertThat(dashboard.students().getFirst().score()).hasValue(0.5);
        assertThat(dashboard.items().getFirst().gold().text()).isEqualTo("Officials familiar with the matter");
        assertThat(dashboard.items().getFirst().hitRate()).isZero();
        assertThat(dashboard.heat().getFirst().words()).anyMatch(w -> w.count() == 1);
    }

    @Test
    void a_class_code_enrols_the_signed_in_user_and_a_wrong_code_is_refused() {
        String code = DemoData.asUser(
                "instructor", () -> exercises.get(projectId, exerciseId).classCode());
        DemoData.asUser("outsider", () -> {
            assertThatThrownBy(() -> exercises.join("NOPE1234")).isInstanceOf(ExerciseValidationException.class);
            MyExercise joined = exercises.join(code.toLowerCase(java.util.Locale.ROOT));
            assertThat(joined.exerciseId()).isEqualTo(exerciseId);
            assertThat(exercises.attempt(exerciseId).attemptId()).isNull();
            return null;
        });
        assertThat(SystemAuthentication.runAsSystem(() -> projects.roleOf(projectId, "outsider")))
                .contains(ProjectRole.STUDENT);
        SystemAuthentication.runAsSystem(() -> projects.removeMember(projectId, "outsider"));
    }

    @Test
    void students_and_instructors_reach_the_projects_articles_gold_and_team_work_only_through_the_exercise() {
        long missing = 987_654_321L;
        for (String classroom : List.of(first, "instructor")) {
            DemoData.asUser(classroom, () -> {
                for (long project : new long[] {projectId, missing}) {
                    assertThatThrownBy(() -> articles.list(project))
                            .as(classroom)
                            .isInstanceOf(NotFoundOrNotAllowedException.class);
                    assertThatThrownBy(() -> articles.get(project, articleId))
                            .as(classroom)
                            .isInstanceOf(NotFoundOrNotAllowedException.class);
                    assertThatThrownBy(() -> curation.goldAnnotations(project, articleId))
                            .as(classroom)
                            .isInstanceOf(NotFoundOrNotAllowedException.class);
                    assertThatThrownBy(() -> team.sets(project, articleId))
                            .as(classroom)
                            .isInstanceOf(NotFoundOrNotAllowedException.class);
                }
                return null;
            });
        }
        DemoData.asUser(first, () -> {
            exercises.startAttempt(exerciseId);
            assertThat(exercises.attemptArticle(exerciseId, articleId).text()).isEqualTo(text);
            assertThatThrownBy(() -> exercises.articleChoices(projectId))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
        DemoData.asUser("instructor", () -> {
            assertThat(exercises.articleChoices(projectId))
                    .extracting(a -> a.id())
                    .containsExactly(articleId);
            assertThat(exercises.goldItems(projectId, exerciseId))
                    .extracting(GoldItem::text)
                    .containsExactly("A senior U.S. official", "Officials familiar with the matter");
            return null;
        });
    }

    @Test
    void detector_suggestions_show_in_an_open_attempt_only_when_the_exercise_allows_them() {
        DemoData.asUser(first, () -> {
            exercises.startAttempt(exerciseId);
            assertThat(exercises.attemptArticle(exerciseId, articleId).suggestions())
                    .isEmpty();
            return null;
        });
        DemoData.asUser("instructor", () -> {
            ExerciseSummary x = exercises.get(projectId, exerciseId);
            ExerciseSettings s = x.settings();
            return exercises.update(
                    projectId,
                    exerciseId,
                    x.version(),
                    new ExerciseSettings(
                            s.title(),
                            s.instructions(),
                            s.tasks(),
                            s.articleIds(),
                            s.opensAt(),
                            s.dueAt(),
                            s.attemptsAllowed(),
                            s.feedback(),
                            true,
                            s.rules()));
        });
        DemoData.asUser(first, () -> {
            List<SuggestedSpan> offered =
                    exercises.attemptArticle(exerciseId, articleId).suggestions();
            assertThat(offered).isNotEmpty().allSatisfy(sp -> {
                assertThat(sp.layer()).isEqualTo(Layer.SOURCE);
                assertThat(sp.label()).isIn(Labels.UNNAMED_INDIVIDUAL, Labels.UNNAMED_GROUP);
                assertThat(text.substring(sp.start(), sp.end())).isEqualTo(sp.text());
            });
            SuggestedSpan taken = offered.getFirst();
            exercises.addSpan(exerciseId, articleId, taken.layer(), taken.label(), taken.start(), taken.end());
            assertThat(exercises.attemptArticle(exerciseId, articleId).suggestions())
                    .as("once marked, not offered")
                    .doesNotContain(taken);
            exercises.submit(exerciseId);
            assertThat(exercises.attemptArticle(exerciseId, articleId).suggestions())
                    .as("after submitting")
                    .isEmpty();
            return null;
        });
    }

    @Test
    void an_instructor_deletes_an_exercise_with_its_attempts_and_the_audit_log_records_it() {
        DemoData.asUser(first, () -> {
            exercises.startAttempt(exerciseId);
            return exercises.addSpan(
                    exerciseId,
                    articleId,
                    Layer.SOURCE,
                    Labels.UNNAMED_INDIVIDUAL,
                    at("A senior U.S. official"),
                    at("A senior U.S. official") + 22);
        });
        for (String other : List.of(first, "curator", "annotator")) {
            DemoData.asUser(other, () -> {
                assertThatThrownBy(() -> {
                            exercises.delete(projectId, exerciseId);
                        })
                        .as(other)
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
                return null;
            });
        }
        DemoData.asUser("instructor", () -> {
            exercises.delete(projectId, exerciseId);
            assertThat(exercises.list(projectId)).isEmpty();
            assertThatThrownBy(() -> exercises.get(projectId, exerciseId))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
        DemoData.asUser(first, () -> {
            assertThat(exercises.myExercises()).isEmpty();
            assertThatThrownBy(() -> exercises.attempt(exerciseId)).isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
        List<AuditRecord> logged =
                SystemAuthentication.runAsSystem(() -> audit.search("exercise " + exerciseId + ";", 0, 10));
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.EXERCISE_DELETED);
            assertThat(r.actor()).isEqualTo("instructor");
            assertThat(r.detail()).contains("students: 2; attempts: 1");
        });
    }

    @Test
    void at_once_per_item_a_student_learns_about_the_spans_they_marked_and_nothing_of_the_gold_they_missed() {
        long explained = DemoData.asUser("instructor", () -> {
            GoldItem senior = exercises.goldItems(projectId, exerciseId).getFirst();
            exercises.explain(projectId, exerciseId, senior.annotationId(), "No name, no reason given: anonymous.");
            ExerciseSummary x = exercises.get(projectId, exerciseId);
            ExerciseSettings s = x.settings();
            exercises.update(
                    projectId,
                    exerciseId,
                    x.version(),
                    new ExerciseSettings(
                            s.title(),
                            s.instructions(),
                            s.tasks(),
                            s.articleIds(),
                            s.opensAt(),
                            s.dueAt(),
                            s.attemptsAllowed(),
                            FeedbackTiming.AT_ONCE,
                            false,
                            s.rules()));
            return senior.annotationId();
        });
        assertThat(explained).isPositive();
        DemoData.asUser(first, () -> {
            exercises.startAttempt(exerciseId);
            StudentSpan hit = exercises.addSpan(
                    exerciseId,
                    articleId,
                    Layer.SOURCE,
                    Labels.UNNAMED_INDIVIDUAL,
                    at("A senior U.S. official"),
                    at("A senior U.S. official") + 22);
            assertThat(exercises.checkSpans(exerciseId, articleId))
                    .containsExactly(
                            new SpanCheck(hit.id(), SpanCheck.Verdict.FOUND, "No name, no reason given: anonymous."));
            StudentSpan twice = exercises.addSpan(
                    exerciseId,
                    articleId,
                    Layer.SOURCE,
                    Labels.UNNAMED_GROUP,
                    at("senior U.S. official"),
                    at("senior U.S. official") + 20);
            StudentSpan wrong = exercises.addSpan(
                    exerciseId,
                    articleId,
                    Layer.SOURCE,
                    Labels.UNNAMED_INDIVIDUAL,
                    at("Officials familiar"),
                    at("Officials familiar with the matter") + 34);
            // one span a check, each about the span alone: no offsets, no gold label, nothing of other items
            assertThat(exercises.checkSpans(exerciseId, articleId))
                    .containsExactlyInAnyOrder(
                            new SpanCheck(hit.id(), SpanCheck.Verdict.FOUND, "No name, no reason given: anonymous."),
                            new SpanCheck(twice.id(), SpanCheck.Verdict.SPURIOUS, ""),
                            new SpanCheck(wrong.id(), SpanCheck.Verdict.WRONG_LABEL, ""));
            exercises.deleteSpan(exerciseId, wrong.id());
            assertThat(exercises.checkSpans(exerciseId, articleId))
                    .extracting(SpanCheck::spanId)
                    .containsExactlyInAnyOrder(hit.id(), twice.id());
            // the item not hit stays hidden until the attempt is submitted: no feedback, no gold list
            assertThat(exercises.myFeedback(exerciseId)).isEmpty();
            assertThat(exercises.attempt(exerciseId).feedbackReleased()).isFalse();
            assertThatThrownBy(() -> exercises.goldItems(projectId, exerciseId))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            exercises.submit(exerciseId);
            assertThat(exercises
                            .myFeedback(exerciseId)
                            .orElseThrow()
                            .articles()
                            .getFirst()
                            .items())
                    .extracting(FeedbackItem::outcome)
                    .containsExactly(ItemOutcome.FOUND, ItemOutcome.MISSED);
            return null;
        });
        // a classmate's spans are not checkable through one's own exercise, and another rule checks nothing
        DemoData.asUser(second, () -> {
            assertThat(exercises.checkSpans(exerciseId, articleId)).isEmpty();
            return null;
        });
        DemoData.asUser("annotator", () -> {
            assertThatThrownBy(() -> exercises.checkSpans(exerciseId, articleId))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
    }

    @Test
    void feedback_after_submitting_checks_no_span_while_the_attempt_is_open() {
        DemoData.asUser(first, () -> {
            exercises.startAttempt(exerciseId);
            exercises.addSpan(
                    exerciseId,
                    articleId,
                    Layer.SOURCE,
                    Labels.UNNAMED_INDIVIDUAL,
                    at("A senior U.S. official"),
                    at("A senior U.S. official") + 22);
            assertThat(exercises.checkSpans(exerciseId, articleId)).isEmpty();
            return null;
        });
    }

    @Test
    void a_change_of_gold_after_a_student_was_scored_recomputes_the_score_and_says_so() {
        DemoData.asUser(first, () -> {
            exercises.startAttempt(exerciseId);
            exercises.addSpan(
                    exerciseId,
                    articleId,
                    Layer.SOURCE,
                    Labels.UNNAMED_INDIVIDUAL,
                    at("A senior U.S. official"),
                    at("A senior U.S. official") + 22);
            exercises.submit(exerciseId);
            AttemptFeedback scored = exercises.myFeedback(exerciseId).orElseThrow();
            assertThat(scored.report().total().score()).hasValue(0.5);
            assertThat(scored.rescored()).isNull();
            return null;
        });
        assertThat(DemoData.asUser("instructor", () -> exercises.dashboard(projectId, exerciseId))
                        .rescoring())
                .satisfies(r -> assertThat(r.rescored()).isZero());

        // the curator drops the item the student missed: the student now found every item
        DemoData.asUser("curator", () -> {
            GoldSpan missed = curation.goldAnnotations(projectId, articleId).stream()
                    .filter(g -> g.annotation().text().equals("Officials familiar with the matter"))
                    .findFirst()
                    .orElseThrow();
            curation.delete(projectId, articleId, missed);
            return null;
        });
        AttemptFeedback rescored =
                DemoData.asUser(first, () -> exercises.myFeedback(exerciseId).orElseThrow());
        assertThat(rescored.report().total().score()).hasValue(1.0);
        assertThat(rescored.rescored()).isNotNull();
        assertThat(rescored.rescored().was()).hasValue(0.5);
        assertThat(rescored.rescored().now()).hasValue(1.0);
        assertThat(rescored.rescored().at()).isAfterOrEqualTo(rescored.submittedAt());
        ClassDashboard dashboard = DemoData.asUser("instructor", () -> exercises.dashboard(projectId, exerciseId));
        assertThat(dashboard.rescoring().rescored()).isEqualTo(1);
        assertThat(dashboard.rescoring().scored()).isEqualTo(1);
        assertThat(dashboard.rescoring().goldChangedAt())
                .isEqualTo(rescored.rescored().at());
        assertThat(DemoData.asUser("instructor", () -> exercises.feedbackOf(projectId, exerciseId, first))
                        .orElseThrow()
                        .rescored())
                .isEqualTo(rescored.rescored());

        // new scoring rules are the instructor's decision: the scores start afresh, without a notice
        DemoData.asUser("instructor", () -> {
            ExerciseSummary x = exercises.get(projectId, exerciseId);
            ExerciseSettings s = x.settings();
            return exercises.update(
                    projectId,
                    exerciseId,
                    x.version(),
                    new ExerciseSettings(
                            s.title(),
                            s.instructions(),
                            s.tasks(),
                            s.articleIds(),
                            s.opensAt(),
                            s.dueAt(),
                            s.attemptsAllowed(),
                            s.feedback(),
                            false,
                            new ScoringRules(0.5, 0.25, 0)));
        });
        assertThat(DemoData.asUser(first, () -> exercises.myFeedback(exerciseId).orElseThrow())
                        .rescored())
                .isNull();
    }
}
