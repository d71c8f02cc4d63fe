package org.corroborate.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.reconcile.ReconcileService;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.corroborate.reconcile.ReconciliationBoard;
import org.corroborate.reconcile.SeedStory;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reconciliation task: students give each slot of the story a verdict, scored right or wrong against the
 * reconciler's verdicts, which they never see before feedback.
 */
@CorroborateIntegrationTest
class ExerciseReconcileIT {

    @Autowired
    ExerciseService exercises;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    StoryService stories;

    @Autowired
    ReconcileService reconcile;

    @Test
    void students_judge_the_storys_slots_and_are_scored_against_the_reconcilers_verdicts() {
        SeedStory seed = SeedStory.create(projects, imports, articles, stories, "Reconcile exercise");
        long projectId = seed.project().id();
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(projectId, "instructor", ProjectRole.INSTRUCTOR);
            return null;
        });
        ReconciliationBoard board = DemoData.asUser("curator", () -> {
            reconcile.propose(projectId, seed.storyId());
            return reconcile.board(projectId, seed.storyId());
        });
        assertThat(board.slots()).hasSizeGreaterThanOrEqualTo(3);
        ReconciliationBoard.Row conflict = board.slots().get(0);
        ReconciliationBoard.Row consistent = board.slots().get(1);
        ReconciliationBoard.Row undecided = board.slots().get(2);
        DemoData.asUser("curator", () -> {
            reconcile.decide(
                    projectId,
                    conflict.id(),
                    conflict.version(),
                    ReconcilerVerdict.CONFLICT,
                    null,
                    "",
                    "The outlets disagree.");
            reconcile.decide(
                    projectId, consistent.id(), consistent.version(), ReconcilerVerdict.CONSISTENT, null, "", "");
            return null;
        });
        List<Long> storyArticles = DemoData.asUser("instructor", () -> exercises.storyChoices(projectId)).stream()
                .filter(c -> c.storyId() == seed.storyId())
                .findFirst()
                .orElseThrow()
                .articleIds();
        long exerciseId = DemoData.asUser(
                "instructor",
                () -> exercises
                        .create(
                                projectId,
                                new ExerciseSettings(
                                        "Reconcile",
                                        "",
                                        Set.of(ExerciseTask.RECONCILE),
                                        storyArticles,
                                        null,
                                        null,
                                        1,
                                        FeedbackTiming.AFTER_SUBMIT,
                                        false,
                                        ScoringRules.DEFAULTS))
                        .id());
        String student = "judge" + System.nanoTime() % 1_000_000L;
        DemoData.asUser("instructor", () -> exercises.addRoster(projectId, exerciseId, student));

        DemoData.asUser(student, () -> {
            exercises.startAttempt(exerciseId);
            List<SlotToJudge> slots = exercises.slotsToJudge(exerciseId);
            assertThat(slots)
                    .extracting(SlotToJudge::slotId)
                    .containsExactlyElementsOf(board.slots().stream()
                            .map(ReconciliationBoard.Row::id)
                            .sorted()
                            .toList());
            assertThat(slots).allSatisfy(s -> {
                assertThat(s.given()).isNull();
                assertThat(s.figures()).isNotEmpty();
            });
            exercises.giveVerdict(exerciseId, conflict.id(), ReconcilerVerdict.CONFLICT);
            exercises.giveVerdict(exerciseId, consistent.id(), ReconcilerVerdict.SUPERSEDED);
            exercises.giveVerdict(exerciseId, undecided.id(), ReconcilerVerdict.CONSISTENT);
            exercises.giveVerdict(exerciseId, undecided.id(), null);
            assertThat(exercises.slotsToJudge(exerciseId))
                    .filteredOn(s -> s.slotId() == consistent.id())
                    .singleElement()
                    .extracting(SlotToJudge::given)
                    .isEqualTo(ReconcilerVerdict.SUPERSEDED);
            assertThatThrownBy(() -> exercises.giveVerdict(exerciseId, 987_654_321L, ReconcilerVerdict.CONFLICT))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThat(exercises.myFeedback(exerciseId)).isEmpty();
            exercises.submit(exerciseId);
            assertThatThrownBy(() -> exercises.giveVerdict(exerciseId, conflict.id(), ReconcilerVerdict.CONSISTENT))
                    .isInstanceOf(ExerciseValidationException.class);
            AttemptFeedback feedback = exercises.myFeedback(exerciseId).orElseThrow();
            VerdictScore verdicts = feedback.report().verdicts().orElseThrow();
            assertThat(verdicts.slots()).isEqualTo(2);
            assertThat(verdicts.right()).isEqualTo(1);
            assertThat(verdicts.wrong()).isEqualTo(1);
            assertThat(feedback.report().total().score()).hasValue(0.5);
            return null;
        });
        ClassDashboard dashboard = DemoData.asUser("instructor", () -> exercises.dashboard(projectId, exerciseId));
        assertThat(dashboard.students()).singleElement().satisfies(row -> {
            assertThat(row.score()).hasValue(0.5);
            assertThat(row.maximum()).isEqualTo(2);
        });
        // per slot, most missed first: nobody gave the consistent slot its verdict
        assertThat(dashboard.slots())
                .extracting(
                        ClassDashboard.SlotRow::slotId, ClassDashboard.SlotRow::verdict, ClassDashboard.SlotRow::right)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Long.toString(consistent.id()), "CONSISTENT", 0),
                        org.assertj.core.groups.Tuple.tuple(Long.toString(conflict.id()), "CONFLICT", 1));
        // others in the project cannot give verdicts in this exercise
        DemoData.asUser("annotator", () -> {
            assertThatThrownBy(() -> exercises.slotsToJudge(exerciseId))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
    }

    @Test
    void an_exercise_reconciles_only_the_articles_of_one_story() {
        SeedStory seed = SeedStory.create(projects, imports, articles, stories, "Reconcile check");
        long projectId = seed.project().id();
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(projectId, "instructor", ProjectRole.INSTRUCTOR);
            stories.remove(projectId, seed.articleId("001"));
            return null;
        });
        DemoData.asUser("instructor", () -> {
            assertThatThrownBy(() -> exercises.create(
                            projectId,
                            new ExerciseSettings(
                                    "Reconcile",
                                    "",
                                    Set.of(ExerciseTask.RECONCILE),
                                    List.of(seed.articleId("001"), seed.articleId("002")),
                                    null,
                                    null,
                                    1,
                                    FeedbackTiming.AFTER_SUBMIT,
                                    false,
                                    ScoringRules.DEFAULTS)))
                    .isInstanceOf(ExerciseValidationException.class)
                    .hasMessageContaining("one story");
            return null;
        });
    }
}
