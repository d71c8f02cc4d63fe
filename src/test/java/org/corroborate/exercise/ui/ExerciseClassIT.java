package org.corroborate.exercise.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.Accessibility;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.curation.CurationService;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseSettings;
import org.corroborate.exercise.ExerciseSummary;
import org.corroborate.exercise.ExerciseTask;
import org.corroborate.exercise.FeedbackTiming;
import org.corroborate.exercise.ScoringRules;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.corroborate.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole class in the browser: the instructor creates an exercise on the demo project's curated article (find the
 * anonymous sources: three gold items), three students sign up with the class code, mark known answers and submit;
 * the dashboard shows their exact scores and the most-missed item first; a student sees their own feedback and
 * meets "not found" at a classmate's.
 */
class ExerciseClassIT extends BrowserTest {

    static final String ARTICLE =
            "Trump Signals Possible Security Guarantees for Ukraine Ahead of Critical " + "U.S.-Russia Summit";
    static final String PASSWORD = "a-long-class-password";

    @Autowired
    ProjectService projects;

    @Autowired
    ExerciseService exercises;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Autowired
    StoryService stories;

    @Autowired
    CurationService curation;

    @Test
    void an_instructor_sees_only_the_projects_exercises_and_deletes_one_after_confirming() {
        long projectId = DemoData.demoProject(projects).id();
        String title = "To delete " + System.nanoTime();
        long exerciseId = DemoData.asUser("instructor", () -> {
            long article = exercises.articleChoices(projectId).stream()
                    .filter(a -> a.title().equals(ARTICLE))
                    .findFirst()
                    .orElseThrow()
                    .id();
            return exercises
                    .create(
                            projectId,
                            new ExerciseSettings(
                                    title,
                                    "",
                                    Set.of(ExerciseTask.ANONYMOUS_SOURCES),
                                    List.of(article),
                                    null,
                                    null,
                                    1,
                                    FeedbackTiming.AFTER_SUBMIT,
                                    false,
                                    ScoringRules.DEFAULTS))
                    .id();
        });
        signIn("instructor", DemoData.PASSWORD);
        page.navigate(url("projects/" + projectId + "/exercises/" + exerciseId));
        assertThat(page.locator("h1")).hasText(title);
        Locator projectMenu = page.locator("#project-nav vaadin-side-nav-item");
        assertThat(projectMenu).hasCount(1);
        assertThat(projectMenu).containsText("Exercises");

        // The project's own pages answer as for a missing project, and lead back to the exercises.
        page.navigate(url("projects/" + projectId + "/articles"));
        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
        assertThat(page.locator("#back-to-project")).hasText("Back to this project's exercises");

        page.navigate(url("projects/" + projectId + "/exercises/" + exerciseId));
        // A roster file (a spreadsheet's CSV, byte-order mark and all) fills the roster box for review.
        page.locator("#roster-file input[type=file]")
                .setInputFiles(new FilePayload(
                        "roster.csv",
                        "text/csv",
                        "\uFEFFusername,name\nzoe-upload,Zoe Z.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#roster textarea")).hasValue("username,name\nzoe-upload,Zoe Z.\n");
        // Adding it makes the account, though the instructor is no site admin: the service makes it on their behalf.
        String zoe = "zoe" + System.nanoTime() % 1_000_000L;
        page.locator("#roster textarea").fill("username,name\n" + zoe + ",Zoe Z.\n");
        page.locator("#add-roster").click();
        assertThat(page.locator("#roster-passwords")).containsText(zoe);
        assertThat(page.locator("#download-passwords")).isVisible();
        page.locator("#delete-exercise").click();
        Locator confirm = page.locator("#confirm-delete-exercise");
        assertThat(confirm).containsText("cannot be undone");
        screenshot("exercise-delete-confirm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete with its attempts"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/projects/" + projectId + "/exercises$"));
        assertThat(page.locator("#exercise-grid")).not().containsText(title);
        page.navigate(url("projects/" + projectId + "/exercises/" + exerciseId));
        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
    }

    @Test
    void an_instructor_adds_a_whole_story_and_the_form_says_which_articles_cannot_be_scored() {
        long projectId = DemoData.newProject(projects, "Story form").id();
        String storyTitle = "Port story " + System.nanoTime() % 1_000_000L;
        List<Long> ids = SystemAuthentication.runAsSystem(() -> {
            projects.setMember(projectId, "instructor", ProjectRole.INSTRUCTOR);
            List<Long> imported = imports
                    .importFiles(
                            projectId,
                            List.of(
                                    new UploadedFile(
                                            "port.txt",
                                            "Port reopens\nThe harbour authority said the port reopened.\n"
                                                    .getBytes(StandardCharsets.UTF_8)),
                                    new UploadedFile(
                                            "grain.txt",
                                            "Grain exports climb\nTraders said grain shipments rose.\n"
                                                    .getBytes(StandardCharsets.UTF_8))))
                    .imported()
                    .stream()
                    .map(a -> a.id())
                    .toList();
            stories.create(projectId, storyTitle, imported);
            curation.markCurated(projectId, imported.getFirst(), true);
            return imported;
        });
        assertThat(ids).hasSize(2);

        signIn("instructor", DemoData.PASSWORD);
        page.navigate(url("projects/" + projectId + "/exercises"));
        page.locator("#new-exercise").click();
        page.locator("#exercise-title input").fill("Whole story");
        page.locator("#exercise-story").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(storyTitle))
                .click();
        assertThat(page.locator("#exercise-story-note"))
                .hasText("1 of the 2 articles of “" + storyTitle
                        + "” has gold (curated) and was added. 1 article is not curated: without gold it cannot be scored, "
                        + "so it was left out.");
        assertThat(page.locator("#exercise-articles")).containsText("Port reopens");
        assertThat(page.locator("#exercise-articles")).not().containsText("Grain exports climb");
        screenshot("exercise-form-story");
        page.locator("#save-exercise").click();
        assertThat(page.locator("h1")).hasText("Whole story");
        assertThat(page).hasURL(Pattern.compile(".*/exercises/\\d+$"));
        Matcher m = Pattern.compile("/exercises/(\\d+)$").matcher(page.url());
        assertThat(m.find()).isTrue();
        long exerciseId = Long.parseLong(m.group(1));
        assertThat(DemoData.asUser("instructor", () -> exercises.get(projectId, exerciseId))
                        .settings()
                        .articleIds())
                .containsExactly(ids.getFirst());
    }

    @Test
    void a_signed_in_user_who_is_no_member_of_the_project_joins_with_the_class_code() {
        long projectId = DemoData.demoProject(projects).id();
        String title = "To join " + System.nanoTime();
        ExerciseSummary exercise = DemoData.asUser("instructor", () -> {
            long article = exercises.articleChoices(projectId).stream()
                    .filter(a -> a.title().equals(ARTICLE))
                    .findFirst()
                    .orElseThrow()
                    .id();
            return exercises.create(
                    projectId,
                    new ExerciseSettings(
                            title,
                            "",
                            Set.of(ExerciseTask.ANONYMOUS_SOURCES),
                            List.of(article),
                            null,
                            null,
                            1,
                            FeedbackTiming.AFTER_SUBMIT,
                            false,
                            ScoringRules.DEFAULTS));
        });
        String username = "walkin" + System.nanoTime() % 1_000_000L;
        SystemAuthentication.runAsSystem(() -> users.createUser(username, "Walk In", PASSWORD, false));

        signIn(username, PASSWORD);
        page.navigate(url("exercises"));
        page.locator("#class-code-field input").fill(exercise.classCode());
        page.locator("#join-class").click();

        assertThat(page.locator("vaadin-notification-card").getByText("You joined “" + title + "”."))
                .isVisible();
        assertThat(page.locator("#my-exercises")).containsText(title);
    }

    @Test
    void a_class_joins_annotates_submits_and_is_scored() {
        long projectId = DemoData.demoProject(projects).id();
        String suffix = Long.toString(System.nanoTime() % 1_000_000L);
        String title = "Anonymous sources " + suffix;

        signIn("instructor", DemoData.PASSWORD);
        page.navigate(url("projects/" + projectId + "/exercises"));
        page.locator("#new-exercise").click();
        page.locator("#exercise-title input").fill(title);
        page.locator("#exercise-instructions textarea")
                .fill("Mark every **anonymous** source. <script>alert(1)</script>");
        page.locator("#exercise-articles input").fill("Trump Signals");
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(ARTICLE))
                .first()
                .click();
        page.keyboard().press("Escape");
        screenshot("exercise-form");
        page.locator("#save-exercise").click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page).hasURL(Pattern.compile(".*/exercises/\\d+$"));
        Matcher m = Pattern.compile("/exercises/(\\d+)$").matcher(page.url());
        assertThat(m.find()).isTrue();
        long exerciseId = Long.parseLong(m.group(1));
        String code = page.locator("#class-code").innerText().strip();
        assertThat(code).hasSize(8);

        // Three students: all three sources; two with one wrong label; one and a false positive.
        Map<String, List<String[]>> answers = Map.of(
                "ada" + suffix,
                        List.of(
                                new String[] {"several European officials", "unnamed-group"},
                                new String[] {"a European official", "unnamed-individual"},
                                new String[] {"The official said", "unnamed-individual", "The official"}),
                "ben" + suffix,
                        List.of(
                                new String[] {"several European officials", "unnamed-group"},
                                new String[] {"a European official", "unnamed-group"}),
                "cy" + suffix,
                        List.of(
                                new String[] {"several European officials", "unnamed-group"},
                                new String[] {"other European leaders", "unnamed-group", "European leaders"}));
        for (String student : List.of("ada" + suffix, "ben" + suffix, "cy" + suffix)) {
            page.locator("#sign-out").click();
            page.locator("#login-form").waitFor();
            page.navigate(url("join"));
            page.locator("#join-code input").fill(code);
            page.locator("#join-username input").fill(student);
            page.locator("#join-name input").fill("Student " + student);
            page.locator("#join-password input").fill(PASSWORD);
            page.locator("#join-button").click();
            page.locator("#login-form").waitFor();
            signIn(student, PASSWORD);
            page.navigate(url("exercises"));
            assertThat(page.locator("#my-exercises")).containsText(title);
            page.navigate(url("exercises/" + exerciseId));
            page.locator("#start-attempt").click();
            assertThat(page.locator("#attempt-status")).containsText("open");
            for (String[] answer : java.util.Objects.requireNonNull(answers.get(student), student)) {
                mark(answer[0], answer.length > 2 ? answer[2] : answer[0], answer[1]);
            }
            if (student.startsWith("ada")) {
                // the instructions' raw HTML is shown as text, never run
                assertThat(page.locator("#main-content script")).hasCount(0);
                screenshot("exercise-attempt");
            }
            page.locator("#submit-attempt").click();
            page.locator("#confirm-submit").click();
            assertThat(page.locator("#attempt-status")).containsText("submitted");
            assertThat(page.locator("#feedback-link")).containsText("See your feedback");
        }

        // The last student sees their own feedback, and a classmate's is "not found".
        page.navigate(url("exercises/" + exerciseId + "/feedback"));
        assertThat(page.locator("#feedback-score")).hasText("33.3 %");
        List<String> problems = new ArrayList<>(Accessibility.problems(page, "feedback"));
        screenshot("exercise-feedback");
        page.navigate(url("projects/" + projectId + "/exercises/" + exerciseId + "/students/ada" + suffix));
        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
        page.navigate(url("projects/" + projectId + "/exercises/" + exerciseId));
        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();

        page.locator("#sign-out").click();
        page.locator("#login-form").waitFor();
        signIn("instructor", DemoData.PASSWORD);
        page.navigate(url("projects/" + projectId + "/exercises/" + exerciseId));
        Locator students = page.locator("#class-students");
        for (String[] expected :
                List.of(new String[] {"ada" + suffix, "100 %"}, new String[] {"ben" + suffix, "50 %"}, new String[] {
                    "cy" + suffix, "33.3 %"
                })) {
            assertThat(visibleCells("#class-students")
                            .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + expected[0] + "$"))))
                    .hasCount(1);
            assertThat(students).containsText(expected[1]);
        }
        List<String> scores = visibleCells("#class-students").allInnerTexts().stream()
                .filter(t -> t.endsWith("%"))
                .toList();
        assertThat(scores).containsExactly("100 %", "50 %", "33.3 %");
        // the most-missed item first: "The official", found by one student of three
        List<String> itemCells = visibleCells("#item-hit-rates").allInnerTexts();
        int first = itemCells.indexOf("The official");
        assertThat(first)
                .isNotNegative()
                .isLessThan(itemCells.indexOf("a European official"))
                .isLessThan(itemCells.indexOf("several European officials"));
        assertThat(itemCells.subList(first, first + 5))
                .containsExactly("The official", "unnamed-individual", ARTICLE, "1 / 3", "33.3 %");
        assertThat(page.locator("#false-positives")).not().containsText("European leaders");
        assertThat(page.locator("#heat-map .heat").first()).isVisible();
        problems.addAll(Accessibility.problems(page, "class dashboard"));
        screenshot("exercise-dashboard");
        page.navigate(url("projects/" + projectId + "/exercises/" + exerciseId + "/students/ben" + suffix));
        assertThat(page.locator("#feedback-score")).hasText("50 %");
        screenshot("exercise-student-feedback");
        assertThat(problems).isEmpty();
    }

    /** Marks a phrase through the editor's own create event (what selecting text and pressing a label key sends). */
    private void mark(String context, String phrase, String label) {
        page.locator("#annotation-editor")
                .evaluate(
                        "(el, a) => { const at = el.text.indexOf(a.context)"
                                + " + a.context.indexOf(a.phrase); el.dispatchEvent(new CustomEvent('editor-create', {detail:"
                                + " {start: at, end: at + a.phrase.length, labelId: 'source:' + a.label}})); }",
                        Map.of("context", context, "phrase", phrase, "label", label));
        assertThat(page.locator("#my-spans")).containsText(phrase);
    }

    private Locator visibleCells(String grid) {
        return page.locator(grid + " vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true));
    }
}
