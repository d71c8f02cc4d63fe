package org.corroborate.exercise.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Set;
import org.corroborate.Accessibility;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.exercise.CreatedStudent;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseSettings;
import org.corroborate.exercise.ExerciseTask;
import org.corroborate.exercise.FeedbackTiming;
import org.corroborate.exercise.ScoringRules;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.reconcile.ReconcileService;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.corroborate.reconcile.ReconciliationBoard;
import org.corroborate.reconcile.SeedStory;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A student reconciles the seed story's figures in the browser, submits, and sees each slot right or wrong. */
class ReconcileExerciseIT extends BrowserTest {

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
    void a_student_gives_slot_verdicts_and_sees_them_scored_after_submitting() {
        SeedStory seed = SeedStory.create(projects, imports, articles, stories, "Reconcile in the browser");
        long projectId = seed.project().id();
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(projectId, "instructor", ProjectRole.INSTRUCTOR);
            return null;
        });
        ReconciliationBoard.Row slot = DemoData.asUser("curator", () -> {
            reconcile.propose(projectId, seed.storyId());
            ReconciliationBoard.Row first = reconcile.board(projectId, seed.storyId()).slots().stream()
                    .min(java.util.Comparator.comparingLong(ReconciliationBoard.Row::id))
                    .orElseThrow();
            return reconcile.decide(projectId, first.id(), first.version(), ReconcilerVerdict.CONFLICT, null, "", "");
        });
        String[] student = DemoData.asUser("instructor", () -> {
            List<Long> ids = exercises.storyChoices(projectId).getFirst().articleIds();
            long id = exercises
                    .create(
                            projectId,
                            new ExerciseSettings(
                                    "Reconcile the figures",
                                    "",
                                    Set.of(ExerciseTask.RECONCILE),
                                    ids,
                                    null,
                                    null,
                                    1,
                                    FeedbackTiming.AFTER_SUBMIT,
                                    false,
                                    ScoringRules.DEFAULTS))
                    .id();
            CreatedStudent made = exercises
                    .addRoster(projectId, id, "slots" + System.nanoTime() % 1_000_000L)
                    .getFirst();
            return new String[] {Long.toString(id), made.username(), String.valueOf(made.password())};
        });

        signIn(student[1], student[2]);
        page.navigate(url("exercises/" + student[0]));
        page.locator("#start-attempt").click();
        assertThat(page.locator("#attempt-status")).containsText("open");
        Locator pick = page.locator("#verdict-" + slot.id());
        pick.click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Conflict"))
                .first()
                .click();
        assertThat(pick).containsText("Conflict");
        // the choice list closes with an animation: the page is checked once it is gone, as a person sees it
        assertThat(pick.locator("vaadin-select-list-box")).isHidden();
        assertThat(page.locator("#slot-verdicts")).not().containsText("Reconciler");
        List<String> problems = new java.util.ArrayList<>(Accessibility.problems(page, "reconcile attempt"));
        screenshot("exercise-reconcile-attempt");
        page.locator("#submit-attempt").click();
        page.locator("#confirm-submit").click();
        assertThat(page.locator("#attempt-status")).containsText("submitted");

        page.navigate(url("exercises/" + student[0] + "/feedback"));
        assertThat(page.locator("#feedback-reconciliation")).containsText("Reconciliation: 100 % (1 of 1 slots");
        assertThat(page.locator("#feedback-slots")).containsText("right");
        assertThat(page.locator("#feedback-score")).hasText("100 %");
        problems.addAll(Accessibility.problems(page, "reconcile feedback"));
        screenshot("exercise-reconcile-feedback");

        page.locator("#sign-out").click();
        page.locator("#login-form").waitFor();
        signIn("instructor", DemoData.PASSWORD);
        page.navigate(url("projects/" + projectId + "/exercises/" + student[0]));
        assertThat(page.locator("#slot-hit-rates")).containsText("1 / 1");
        problems.addAll(Accessibility.problems(page, "reconcile dashboard"));
        assertThat(problems).isEmpty();
    }
}
