package org.corroborate.exercise.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.annotation.ui.EditorDriver;
import org.corroborate.article.ArticleService;
import org.corroborate.curation.CurationService;
import org.corroborate.exercise.CreatedStudent;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseSettings;
import org.corroborate.exercise.ExerciseTask;
import org.corroborate.exercise.FeedbackTiming;
import org.corroborate.exercise.GoldItem;
import org.corroborate.exercise.ScoringRules;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Feedback while working and after gold changes, in the browser: with feedback "at once, per item" a span a student
 * selects with the mouse is checked at once (found, wrong label, not in the gold) and nothing of the items not yet
 * found shows; a student with their feedback open sees the notice of a re-scoring as soon as the gold changes.
 */
class ExerciseLiveFeedbackIT extends BrowserTest {

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

    private long projectId;
    private long articleId;
    private String text;

    @BeforeEach
    void an_article_with_two_anonymous_sources_in_its_gold() {
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Live feedback",
                Map.of("instructor", ProjectRole.INSTRUCTOR, "curator", ProjectRole.CURATOR),
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
    }

    private int at(String quote) {
        return text.indexOf(quote);
    }

    /** An exercise with these feedback rules and one student from the roster: [exercise id, username, password]. */
    private String[] exerciseWithStudent(FeedbackTiming feedback) {
        return DemoData.asUser("instructor", () -> {
            long id = exercises
                    .create(
                            projectId,
                            new ExerciseSettings(
                                    "Anonymous sources",
                                    "",
                                    Set.of(ExerciseTask.ANONYMOUS_SOURCES),
                                    List.of(articleId),
                                    null,
                                    null,
                                    1,
                                    feedback,
                                    false,
                                    ScoringRules.DEFAULTS))
                    .id();
            GoldItem senior = exercises.goldItems(projectId, id).getFirst();
            exercises.explain(projectId, id, senior.annotationId(), "No name and no reason given: anonymous.");
            CreatedStudent student = exercises
                    .addRoster(projectId, id, "live" + System.nanoTime() % 1_000_000L)
                    .getFirst();
            return new String[] {Long.toString(id), student.username(), String.valueOf(student.password())};
        });
    }

    @Test
    void at_once_per_item_a_span_selected_with_the_mouse_is_checked_and_missed_items_stay_hidden() {
        String[] x = exerciseWithStudent(FeedbackTiming.AT_ONCE);
        signIn(x[1], x[2]);
        page.navigate(url("exercises/" + x[0]));
        page.locator("#start-attempt").click();
        assertThat(page.locator("#attempt-status")).containsText("open");
        EditorDriver editor = new EditorDriver(page, "#annotation-editor");

        editor.select("A senior U.S. official");
        page.keyboard().press("1"); // unnamed individual: the gold's label
        page.keyboard().press("Enter");
        assertThat(page.locator("#span-check"))
                .hasText("“A senior U.S. official”: found. No name and no reason " + "given: anonymous.");

        editor.select("Officials familiar with the matter");
        page.keyboard().press("1"); // unnamed individual: gold says unnamed group
        page.keyboard().press("Enter");
        assertThat(page.locator("#span-check")).hasText("“Officials familiar with the matter”: wrong label.");

        editor.select("Kyiv");
        page.keyboard().press("2");
        page.keyboard().press("Enter");
        assertThat(page.locator("#span-check")).hasText("“Kyiv”: not in the gold.");
        assertThat(visibleCells("#my-spans")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText(Pattern.compile("^(found: No name.*|wrong label|not in the gold)$"))))
                .hasCount(3);
        screenshot("exercise-per-item-feedback");
        // the curator relabels the item while the page is open: the span's check follows without reloading
        DemoData.asUser("curator", () -> {
            GoldSpan group = curation.goldAnnotations(projectId, articleId).stream()
                    .filter(g -> g.annotation().text().equals("Officials familiar with the matter"))
                    .findFirst()
                    .orElseThrow();
            return curation.update(projectId, articleId, group, Labels.UNNAMED_INDIVIDUAL, Map.of());
        });
        assertThat(visibleCells("#my-spans")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText(Pattern.compile("^found$"))))
                .hasCount(1);
        // nothing says what is still to be found, and the full feedback waits for the submission
        assertThat(page.locator("#main-content")).not().containsText("missed");
        assertThat(page.locator("#feedback-link")).isEmpty();
        page.navigate(url("exercises/" + x[0] + "/feedback"));
        assertThat(page.locator("#feedback-not-yet")).isVisible();
    }

    @Test
    void a_student_with_their_feedback_open_sees_the_rescoring_when_the_gold_changes() {
        String[] x = exerciseWithStudent(FeedbackTiming.AFTER_SUBMIT);
        long exerciseId = Long.parseLong(x[0]);
        SystemAuthentication.runAsUser(x[1], () -> {
            exercises.startAttempt(exerciseId);
            exercises.addSpan(
                    exerciseId,
                    articleId,
                    Layer.SOURCE,
                    Labels.UNNAMED_INDIVIDUAL,
                    at("A senior U.S. official"),
                    at("A senior U.S. official") + 22);
            return exercises.submit(exerciseId);
        });
        signIn(x[1], x[2]);
        page.navigate(url("exercises/" + x[0] + "/feedback"));
        assertThat(page.locator("#feedback-score")).hasText("50 %");
        assertThat(page.locator("#rescore-notice")).hasCount(0);

        // the curator drops the item the student missed, while the student's page is open
        DemoData.asUser("curator", () -> {
            GoldSpan missed = curation.goldAnnotations(projectId, articleId).stream()
                    .filter(g -> g.annotation().text().equals("Officials familiar with the matter"))
                    .findFirst()
                    .orElseThrow();
            curation.delete(projectId, articleId, missed);
            return null;
        });
        assertThat(page.locator("#rescore-notice")).containsText("because the gold key changed: was 50 %, now 100 %.");
        assertThat(page.locator("#rescore-notice")).containsText("Your score was recomputed on ");
        assertThat(page.locator("#feedback-score")).hasText("100 %");
        screenshot("exercise-rescore-notice");
        // and on the exercise's page, at the next visit
        page.navigate(url("exercises/" + x[0]));
        assertThat(page.locator("#rescore-notice")).containsText("was 50 %, now 100 %");

        page.locator("#sign-out").click();
        page.locator("#login-form").waitFor();
        signIn("instructor", DemoData.PASSWORD);
        page.navigate(url("projects/" + projectId + "/exercises/" + x[0]));
        assertThat(page.locator("#rescore-summary"))
                .containsText("because the gold changed: 1 of 1 submitted " + "attempt has a different score");
        assertThat(visibleCells("#class-students")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("100 %")))
                .hasCount(1);
        assertThat(text).contains("Kyiv");
    }

    private com.microsoft.playwright.Locator visibleCells(String grid) {
        return page.locator(grid + " vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true));
    }
}
