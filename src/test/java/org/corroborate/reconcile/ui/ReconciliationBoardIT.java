package org.corroborate.reconcile.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.reconcile.ReconcileService;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.corroborate.reconcile.ReconciliationBoard;
import org.corroborate.reconcile.SeedStory;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReconciliationBoardIT extends BrowserTest {

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

    private SeedStory seed;

    @BeforeEach
    void seedStory() {
        seed = SeedStory.create(projects, imports, articles, stories, "Board");
    }

    /**
     * Scrolls the grid until the figure is in view and lets it settle: the grid renders the cells anew while it
     * scrolls, and a click in that moment lands on a cell being replaced.
     */
    private void scrollIntoGrid(Locator figure) {
        figure.scrollIntoViewIfNeeded();
        page.waitForFunction("() => !document.querySelector('#slot-grid').hasAttribute('scrolling')");
    }

    private Locator rows() {
        return page.locator("#slot-grid .slot-title");
    }

    @Test
    void a_reconciler_sees_the_conflict_first_records_a_verdict_with_a_rationale_and_finds_it_after_a_reload() {
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + seed.project().id() + "/stories"));
        page.locator(".reconcile-figures").first().click();

        assertThat(page.locator("#board-title")).containsText("Reconcile figures");
        Locator firstVerdict = page.locator("#slot-grid .automatic-verdict").first();
        assertThat(firstVerdict).hasText("Conflict");
        assertThat(page.locator("#slot-grid .figure-quote:visible").getByText("a year ago"))
                .hasCount(1);
        assertThat(page.locator("#slot-grid svg.number-line").first()).isVisible();
        screenshot("reconciliation-board");
        // Agreeing slots come after the conflicts: the $90 billion reported twice is further down.
        page.locator("#slot-grid").evaluate("grid => grid.scrollToIndex(grid.items ? grid.items.length - 1 : 50)");
        assertThat(page.locator("#slot-grid .figure-quote").getByText("approximately $90 billion"))
                .hasCount(2);
        // Figures read for people: grouped digits with the currency sign.
        assertThat(page.locator("#slot-grid .figure-reading").getByText("$81 billion – $99 billion"))
                .hasCount(2);
        page.locator("#slot-grid").evaluate("grid => grid.scrollToIndex(0)");

        assertThat(page.locator("#board-summary")).containsText("1 in conflict");
        String firstTitle = rows().first().textContent();
        rows().first().click();
        assertThat(page.locator("#slot-panel h3").first()).hasText(firstTitle);
        page.keyboard().press("3"); // different scope, from the slot list
        assertThat(page.locator("#slot-grid .reconciler-verdict").first()).hasText("Different scope");
        // The count and the row's badges change together: no red "Conflict" left on the decided slot.
        assertThat(page.locator("#board-summary")).containsText("0 in conflict");
        Locator decidedSlot = page.locator("#slot-grid .slot-cell")
                .filter(new Locator.FilterOptions().setHas(page.locator(".reconciler-verdict")));
        assertThat(decidedSlot.locator(".automatic-verdict")).hasText("Automatic: Conflict");
        assertThat(decidedSlot.locator("[theme~='error']")).hasCount(0);
        // "Decided … on" a date and time for people (the browser's locale, en-US here), not an ISO timestamp.
        assertThat(page.locator("#slot-decided"))
                .hasText(java.util.regex.Pattern.compile(
                        "Decided by curator on [A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}:\\d{2}\\s?[AP]M"));
        // Decided, it no longer counts as a conflict and moves down the list, but stays selected.
        assertThat(page.locator("#slot-panel h3").first()).hasText(firstTitle);
        assertThat(page.locator("#verdict")).containsText("Different scope");

        page.locator("#accepted-value input").fill("February 2025");
        page.locator("#rationale textarea").fill("“A year ago” is loose talk for the Oval Office meeting in February.");
        page.locator("#save-verdict").click();
        assertThat(page.locator("vaadin-notification-card").getByText("Verdict saved."))
                .isVisible();

        page.reload();
        // Decided slots sort below the open conflicts: walk down with J until the panel shows it.
        rows().first().click();
        for (int i = 0;
                i < 30
                        && !firstTitle.equals(
                                page.locator("#slot-panel h3").first().textContent());
                i++) {
            String before = page.locator("#slot-panel h3").first().textContent();
            page.keyboard().press("j");
            assertThat(page.locator("#slot-panel h3").first()).not().hasText(before);
        }
        assertThat(page.locator("#slot-panel h3").first()).hasText(firstTitle);
        assertThat(page.locator("#verdict")).containsText("Different scope");
        assertThat(page.locator("#rationale textarea"))
                .hasValue("“A year ago” is loose talk for the Oval Office meeting in February.");
        assertThat(page.locator("#accepted-value input")).hasValue("February 2025");
        screenshot("reconciliation-verdict");
    }

    @Test
    void a_colleagues_change_to_the_slot_reloads_the_list_but_keeps_the_reconcilers_unsaved_typing() {
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + seed.project().id() + "/stories/" + seed.storyId() + "/reconcile"));
        String firstTitle = rows().first().textContent();
        rows().first().click();
        assertThat(page.locator("#slot-panel h3").first()).hasText(firstTitle);
        page.locator("#rationale textarea").fill("My reasoning, typed and not yet saved.");
        assertThat(page.locator("#panel-unsaved")).isVisible(); // the server knows of the typing

        // Meanwhile the manager decides the same slot (another node or tab: a team event follows the commit).
        ReconciliationBoard.Row slot = DemoData.asUser(
                "manager",
                () -> reconcile.board(seed.project().id(), seed.storyId()).slots().stream()
                        .filter(r -> r.title().equals(firstTitle))
                        .findFirst()
                        .orElseThrow());
        DemoData.asUser(
                "manager",
                () -> reconcile.decide(
                        seed.project().id(),
                        slot.id(),
                        slot.version(),
                        ReconcilerVerdict.DIFFERENT_SCOPE,
                        null,
                        "",
                        "The manager's reasoning."));

        assertThat(page.locator("vaadin-notification-card")
                        .getByText(
                                "your unsaved changes in the panel are kept",
                                new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.locator("#slot-grid .reconciler-verdict").getByText("Different scope"))
                .hasCount(1);
        assertThat(page.locator("#rationale textarea")).hasValue("My reasoning, typed and not yet saved.");

        page.locator("#save-verdict").click();
        assertThat(page.locator("vaadin-notification-card")
                        .getByText(
                                "Someone changed this slot meanwhile", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        ReconciliationBoard.Row after = DemoData.asUser(
                "manager",
                () -> reconcile.board(seed.project().id(), seed.storyId()).slots().stream()
                        .filter(r -> r.id() == slot.id())
                        .findFirst()
                        .orElseThrow());
        assertThat(after.rationale()).isEqualTo("The manager's reasoning.");
    }

    @Test
    void j_and_k_move_between_slots_and_a_cell_opens_the_article_at_its_figure() {
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + seed.project().id() + "/stories/" + seed.storyId() + "/reconcile"));
        rows().first().click();
        String first = page.locator("#slot-panel h3").first().textContent();
        page.keyboard().press("j");
        assertThat(page.locator("#slot-panel h3").first()).not().hasText(first);
        page.keyboard().press("k");
        assertThat(page.locator("#slot-panel h3").first()).hasText(first);

        rows().first().click();
        Locator shown = page.locator("#slot-grid .figure-quote:visible").first();
        String quote = shown.textContent();
        scrollIntoGrid(shown);
        shown.click();
        page.waitForURL("**/annotate?at=*");
        page.waitForFunction("() => { const r = document.querySelector('#annotation-editor')?.shadowRoot"
                + "?.querySelector('mark.pending'); return r && r.textContent.length > 0; }");
        assertThat(page.locator("#annotation-editor")).isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        (String) page.evaluate("() => document.querySelector('#annotation-editor')"
                                + ".shadowRoot.querySelector('mark.pending').textContent"))
                .isEqualTo(quote);
    }

    @Test
    void a_figure_in_a_column_scrolled_out_of_view_opens_the_article_once_scrolled_to() {
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + seed.project().id() + "/stories/" + seed.storyId() + "/reconcile"));
        assertThat(rows().first()).isVisible();
        // The first figure whose cell lies right of the grid's visible area (five articles do not fit at 1280 px).
        int index = ((Number)
                        page.evaluate(
                                "() => { const grid = document.querySelector('#slot-grid');"
                                        + " const right = grid.getBoundingClientRect().right;"
                                        + " const rows = grid.getBoundingClientRect();"
                                        + " return [...grid.querySelectorAll('.figure-quote')].findIndex(q => { const r = q.getBoundingClientRect();"
                                        + " return r.width > 0 && r.top >= rows.top && r.bottom <= rows.bottom && r.left > right; }); }"))
                .intValue();
        org.assertj.core.api.Assertions.assertThat(index)
                .as("a figure out of view")
                .isGreaterThanOrEqualTo(0);
        Locator figure = page.locator("#slot-grid .figure-quote").nth(index);
        String quote = figure.textContent();
        scrollIntoGrid(figure); // as a user would, before clicking
        figure.click();
        page.waitForURL("**/annotate?at=*");
        page.waitForFunction("() => { const r = document.querySelector('#annotation-editor')?.shadowRoot"
                + "?.querySelector('mark.pending'); return r && r.textContent.length > 0; }");
        org.assertj.core.api.Assertions.assertThat(
                        (String) page.evaluate("() => document.querySelector('#annotation-editor')"
                                + ".shadowRoot.querySelector('mark.pending').textContent"))
                .isEqualTo(quote);
    }

    @Test
    void an_annotator_cannot_open_the_board() {
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + seed.project().id() + "/stories/" + seed.storyId() + "/reconcile"));
        assertThat(page.locator("#slot-grid")).hasCount(0);
    }

    @Test
    void an_annotator_is_offered_no_reconciliation_and_the_board_url_gives_the_not_allowed_page_with_the_menu() {
        SystemAuthentication.runAsSystem(
                () -> projects.setMember(seed.project().id(), "annotator", ProjectRole.ANNOTATOR));
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + seed.project().id() + "/stories"));
        assertThat(page.locator("vaadin-card.story").first()).isVisible();
        assertThat(page.locator(".reconcile-figures")).hasCount(0);

        page.navigate(url("projects/" + seed.project().id() + "/stories/" + seed.storyId() + "/reconcile"));
        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
        assertThat(page.locator("#signed-in-user")).hasText("annotator");
        assertThat(page.locator("body")).not().containsText("Only the project's curators and managers");
        assertThat(page.locator("body")).not().containsText("Exception");
        assertThat(page.locator("#back-to-project")).isVisible();
        screenshot("reconciliation-board-annotator");
    }
}
