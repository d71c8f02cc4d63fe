package org.corroborate.annotation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.annotation.SuggestionReview;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AnnotationEditorViewIT extends BrowserTest {

    private static final Path ARTICLE_004 = Path.of("fixtures/articles/004_545589a7eaafdb4a.txt");

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    AnnotationService annotations;

    @SuppressWarnings("NullAway.Init") // set by projectWith(), the first step of every test
    private ProjectSummary project;

    private long articleId;

    @SuppressWarnings("NullAway.Init") // set by projectWith(), the first step of every test
    private EditorDriver driver;

    private void projectWith(String fileName, byte[] content) {
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Editor",
                Map.of("annotator", ProjectRole.ANNOTATOR, "annotator2", ProjectRole.ANNOTATOR),
                fileName,
                content);
        project = fixture.project();
        articleId = fixture.articleId();
    }

    private void projectWithArticle004() throws IOException {
        projectWith(ARTICLE_004.getFileName().toString(), Files.readAllBytes(ARTICLE_004));
    }

    private void openEditor(String user) {
        signIn(user, DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/articles/" + articleId + "/annotate"));
        assertThat(page.locator("#annotation-editor .text .para").first()).isVisible();
        driver = new EditorDriver(page, "#annotation-editor");
    }

    private Locator status() {
        return page.locator("#annotation-editor #status-what");
    }

    /** A pure read: polling through open() would start a work session (a write to the set) on every poll. */
    private List<AnnotationView> saved(String user) {
        return DemoData.asUser(user, () -> annotations.mine(project.id(), articleId));
    }

    @Test
    void relabelling_a_span_the_server_has_not_saved_yet_is_ignored_without_an_error(CapturedOutput output)
            throws IOException {
        projectWithArticle004();
        openEditor("annotator");
        // What the editor sends when a key relabels a provisional span (id 'provisional-N') before the save answers.
        page.locator("#annotation-editor")
                .evaluate(
                        "e => e.dispatchEvent(new CustomEvent('editor-relabel', {detail:"
                                + " {spanId: 'provisional-1', labelId: 'source:unnamed-individual'}, bubbles: true, composed: true}))");
        page.locator("#layer-source").click();
        driver.select("a senior U.S. official");
        page.keyboard().press("3");
        page.keyboard().press("Enter");
        awaitSaved("annotator", all -> all.size() == 1); // handled after the relabel: that one is done too
        // Atmosphere logs a NullPointerException of its own when a closing browser's websocket ends late (another
        // test's page): only one thrown from elsewhere counts.
        assertThat(OWN_NULL_POINTER.matcher(output.getAll()).find())
                .as("a NullPointerException not from Atmosphere's websocket close:%n%s", output.getAll())
                .isFalse();
    }

    private static final java.util.regex.Pattern OWN_NULL_POINTER =
            java.util.regex.Pattern.compile("NullPointerException[^\\n]*\\n(?!\\s+at org\\.atmosphere\\.)");

    @Test
    void an_annotator_marks_an_anonymous_official_as_a_government_source_and_finds_it_after_reload()
            throws IOException {
        projectWithArticle004();
        openEditor("annotator");
        page.locator("#layer-source").click();
        driver.select("a senior U.S. official");
        assertThat(status()).containsText("a senior U.S. official");
        page.keyboard().press("3"); // the third source label: unnamed individual
        assertThat(status()).containsText("Unnamed individual");
        page.keyboard().press("Enter");

        assertThat(page.locator("#form-label")).containsText("Unnamed individual");
        page.locator("#form-affiliation").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("government"))
                .click();
        page.locator("#form-save").click();
        awaitSaved(
                "annotator",
                all -> all.size() == 1 && "government".equals(all.getFirst().attribute(Attributes.AFFILIATION)));
        screenshot("annotation-editor-anonymous-source");

        page.reload();
        Locator row = page.locator("#annotation-list vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("a senior U.S. official"));
        assertThat(row).isVisible();
        row.click();
        assertThat(page.locator("#form-affiliation")).containsText("government");
        List<AnnotationView> stored = awaitSaved("annotator", all -> all.size() == 1);
        assertThat(stored).singleElement().satisfies(v -> {
            assertThat(v.layer()).isEqualTo(Layer.SOURCE);
            assertThat(v.label()).isEqualTo(Labels.UNNAMED_INDIVIDUAL);
            assertThat(v.text()).isEqualTo("a senior U.S. official");
            assertThat(v.attributes())
                    .containsEntry(Attributes.AFFILIATION, "government")
                    .containsEntry(Attributes.DESCRIPTOR, "a senior U.S. official");
        });
    }

    @Test
    void a_figures_bounds_are_shown_as_people_read_them_beside_the_stored_numbers() throws IOException {
        projectWithArticle004();
        openEditor("annotator");
        page.locator("#layer-figure").click();
        driver.select("approximately $90 billion");
        page.keyboard().press("1"); // money
        page.keyboard().press("Enter");

        Locator lower = page.locator("#form-lower");
        assertThat(lower.locator("input")).hasValue("81000000000");
        assertThat(lower).containsText("81 billion");
        assertThat(page.locator("#form-upper")).containsText("99 billion");
        lower.locator("input").fill("1234567");
        assertThat(lower).not().containsText("billion");
        assertThat(lower).containsText("1,234,567");
        screenshot("annotation-editor-figure-bounds");
    }

    @Test
    void an_attribution_frame_is_built_from_the_keyboard_cue_then_source_then_content() throws IOException {
        projectWithArticle004();
        openEditor("annotator");
        page.keyboard().press("Alt+2");
        assertThat(page.locator("#layer-attribution")).hasAttribute("selected", "");
        driver.select("said the Putin");
        page.keyboard().press("Shift+ArrowLeft"); // from "said the Putin-Zelenskyy" back to "said the"
        page.keyboard().press("Shift+ArrowLeft"); // … "said"
        assertThat(status()).containsText("said");
        page.keyboard().press("1"); // cue
        page.keyboard().press("Enter");
        assertThat(page.locator("#frame-hint")).containsText("Building attribution “said”");

        // The word caret sits on the cue: walk left to the source, select it word by word, press S.
        page.keyboard().press("ArrowLeft");
        for (int i = 0; i < 4; i++) {
            page.keyboard().press("Shift+ArrowLeft");
        }
        assertThat(status()).containsText("a senior U.S. official");
        page.keyboard().press("s");
        assertThat(page.locator("#annotation-list")).containsText("a senior U.S. official");

        // The caret now rests on the source's last word: right past the cue to the content, select it, press C.
        for (int i = 0; i < 2; i++) {
            page.keyboard().press("ArrowRight");
        }
        for (int i = 0; i < 8; i++) {
            page.keyboard().press("Shift+ArrowRight");
        }
        assertThat(status()).containsText("the Putin-Zelenskyy meeting could be held in Hungary");
        page.keyboard().press("c");
        assertThat(page.locator("#annotation-list"))
                .containsText("the Putin-Zelenskyy meeting could be held in Hungary");
        screenshot("annotation-editor-attribution-frame");

        List<AnnotationView> frame = awaitSaved("annotator", all -> all.size() == 3);
        assertThat(frame).hasSize(3);
        assertThat(frame.stream().map(AnnotationView::frameId).distinct())
                .singleElement()
                .isNotNull();
        Map<String, String> parts =
                frame.stream().collect(Collectors.toMap(AnnotationView::label, AnnotationView::text));
        assertThat(parts)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Labels.CUE,
                        "said",
                        Labels.SOURCE,
                        "a senior U.S. official",
                        Labels.CONTENT,
                        "the Putin-Zelenskyy meeting could be held in Hungary"));
    }

    @Test
    void a_suggested_frame_is_accepted_and_rejected_whole_and_one_undo_takes_it_back() throws IOException {
        projectWithArticle004();
        openEditor("annotator");
        page.locator("#suggest").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("suggestion");
        List<AnnotationView> suggested = saved("annotator");
        AnnotationView cue = suggested.stream()
                .filter(v -> Labels.CUE.equals(v.label())
                        && v.pendingSuggestion()
                        && suggested.stream()
                                        .filter(p -> v.frameId() != null
                                                && v.frameId().equals(p.frameId()))
                                        .count()
                                >= 3)
                .findFirst()
                .orElseThrow();
        String frame = Objects.requireNonNull(cue.frameId(), "picked for its frame");
        Predicate<AnnotationView> inFrame = v -> frame.equals(v.frameId());
        long parts = suggested.stream().filter(inFrame).count();

        // Opened at the cue (as the board opens the editor): it is selected; accept it from the form.
        page.navigate(url("projects/" + project.id() + "/articles/" + articleId + "/annotate?at=" + cue.start() + "-"
                + cue.end()));
        assertThat(page.locator("#form-accept")).isVisible();
        // Nothing of the side form or the hint bar is cut off at 1280 px.
        assertInside(page.locator("#form-accept-all"), page.locator(".editor-side-panel"));
        for (Locator hint : page.locator("#annotation-editor .status .hint").all()) {
            assertInside(hint, page.locator("#annotation-editor .status"));
        }
        com.microsoft.playwright.options.BoundingBox status =
                page.locator("#annotation-editor .status").boundingBox();
        assertThat(status.y + status.height).as("bottom of the hint bar").isLessThanOrEqualTo(900);
        page.locator("#form-accept").click();
        awaitSaved(
                "annotator",
                all -> all.stream()
                                .filter(inFrame)
                                .filter(v -> v.review() == SuggestionReview.ACCEPTED)
                                .count()
                        == parts);

        page.locator("#undo").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Undid the acceptance");
        awaitSaved("annotator", all -> all.stream().filter(inFrame).allMatch(AnnotationView::pendingSuggestion));

        page.locator("#form-reject").click(); // the cue is still selected
        awaitSaved(
                "annotator",
                all -> all.stream().filter(inFrame).allMatch(v -> v.review() == SuggestionReview.REJECTED));
    }

    private static void assertInside(Locator inner, Locator outer) {
        com.microsoft.playwright.options.BoundingBox in = inner.boundingBox();
        com.microsoft.playwright.options.BoundingBox out = outer.boundingBox();
        assertThat(in.x + in.width).as("right edge of %s", inner).isLessThanOrEqualTo(out.x + out.width + 0.5);
        assertThat(in.x + in.width).as("right edge of %s in the window", inner).isLessThanOrEqualTo(1280);
    }

    @Test
    void a_suggestion_is_accepted_with_enter_and_the_acceptance_is_undone_with_ctrl_z() throws IOException {
        projectWithArticle004();
        openEditor("annotator");
        page.locator("#suggest").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("suggestion");
        assertThat(page.locator("#list-pending-only")).hasAttribute("checked", "");
        screenshot("annotation-editor-suggestions");
        int pending = (int) saved("annotator").stream()
                .filter(AnnotationView::pendingSuggestion)
                .count();
        assertThat(pending).isGreaterThan(5);

        page.locator("#annotation-editor").focus();
        page.keyboard().press("Tab");
        assertThat(page.locator("#form-accept")).isVisible();
        String first = page.locator("#annotation-editor #status-what").textContent();
        page.keyboard().press("Enter");
        // one suggestion, or one suggested attribution frame with all its parts
        awaitSaved(
                "annotator",
                all -> all.stream()
                                .filter(v -> v.review() == SuggestionReview.ACCEPTED)
                                .count()
                        >= 1);

        page.keyboard().press("Control+z");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Undid the acceptance");
        awaitSaved(
                "annotator",
                all -> all.stream().filter(AnnotationView::pendingSuggestion).count() == pending);
        assertThat(first).isNotBlank();
    }

    @Test
    void a_mention_is_linked_to_a_new_canonical_source_and_a_later_mention_gets_it_suggested() throws IOException {
        projectWithArticle004();
        openEditor("annotator");
        page.locator("#layer-source").click();
        driver.select("President Volodymyr Zelenskyy");
        page.keyboard().press("1"); // named person
        page.keyboard().press("Enter");
        Locator canonical = page.locator("#form-canonicalSource input");
        canonical.fill("Volodymyr Zelenskyy");
        canonical.press("Enter");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Added “Volodymyr Zelenskyy”");
        page.locator("#form-save").click();
        List<AnnotationView> linked = awaitSaved(
                "annotator",
                all -> all.size() == 1
                        && !all.getFirst()
                                .attribute(Attributes.CANONICAL_SOURCE)
                                .isEmpty());
        String sourceId = linked.getFirst().attribute(Attributes.CANONICAL_SOURCE);

        driver.select("Zelenskyy expressed");
        page.keyboard().press("Shift+ArrowLeft"); // just "Zelenskyy"
        assertThat(status()).containsText("Zelenskyy");
        page.keyboard().press("1");
        page.keyboard().press("Enter");
        assertThat(page.locator("#form-canonicalSource")).containsText("Suggested from the registry");
        assertThat(page.locator("#form-canonicalSource input")).hasValue("Volodymyr Zelenskyy");
        screenshot("annotation-editor-canonical-source");
        page.locator("#form-save").click();
        awaitSaved(
                "annotator",
                all -> all.size() == 2
                        && all.stream().allMatch(v -> sourceId.equals(v.attribute(Attributes.CANONICAL_SOURCE))));
    }

    @Test
    void a_second_annotator_does_not_see_the_first_annotators_spans() throws IOException {
        projectWithArticle004();
        DemoData.asUser(
                "annotator",
                () -> annotations.create(
                        project.id(), articleId, SpanRequest.of(Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, 0, 5)));
        openEditor("annotator2");
        assertThat(page.locator("#annotation-editor mark:not(.plain)")).hasCount(0);
        assertThat(page.locator("#annotation-list"))
                .not()
                .containsText(saved("annotator").getFirst().text());
        assertThat(saved("annotator2")).isEmpty();
    }

    @Test
    void hostile_text_stays_text_and_a_span_after_an_emoji_is_stored_at_the_right_offsets() {
        String body = "Leak <script>window.pwned=1</script> and <img src=x onerror=\"window.pwned=2\"> &amp; more\r\n"
                + "Crowd 🇺🇦🎉 cheered as officials said 40 people attended.\r\n";
        projectWith("hostile.txt", ("Hostile headline\r\n" + body).getBytes(StandardCharsets.UTF_8));
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        openEditor("annotator");
        assertThat(page.locator("#annotation-editor .text")).containsText("<script>window.pwned=1</script>");
        assertThat(page.locator("#annotation-editor .text")).containsText("&amp; more");
        page.locator("#layer-claim").click();
        driver.select("cheered as officials");
        page.keyboard().press("1");
        page.keyboard().press("Enter");
        assertThat(page.locator("#annotation-list")).containsText("cheered as officials");
        screenshot("annotation-editor-hostile-text");

        String text = DemoData.asUser(
                "annotator", () -> annotations.open(project.id(), articleId).text());
        AnnotationView span = awaitSaved("annotator", all -> all.size() == 1).getFirst();
        assertThat(text.substring(span.start(), span.end())).isEqualTo("cheered as officials");
        assertThat(span.start()).isEqualTo(text.indexOf("cheered"));
        assertThat(page.evaluate("() => window.pwned")).isNull();
        assertThat(dialogs).isEmpty();
        assertThat(page.locator("#annotation-editor script, #annotation-editor img"))
                .hasCount(0);
    }

    /** The server applies a key press after its round trip: wait until the saved set shows it. */
    private List<AnnotationView> awaitSaved(String user, Predicate<List<AnnotationView>> condition) {
        try {
            page.waitForCondition(
                    () -> condition.test(saved(user)), new Page.WaitForConditionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            // reported below with what was saved
        }
        List<AnnotationView> now = saved(user);
        assertThat(condition).as("saved annotations %s", now).accepts(now);
        return now;
    }
}
