package org.corroborate.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.article.ArticleService;
import org.corroborate.curation.CurationService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectService;
import org.corroborate.reconcile.ReconcileService;
import org.corroborate.reconcile.ReconciliationBoard;
import org.corroborate.reconcile.SeedStory;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Vaadin Push: what a teammate does shows up in other people's open pages without a reload. */
class LiveUpdatesIT extends BrowserTest {

    private static final String TRUMP = "U.S. President Donald Trump";
    private static final String ZELENSKIY = "Ukrainian President Volodymyr Zelenskiy";

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    CurationService curation;

    @Autowired
    StoryService stories;

    @Autowired
    ReconcileService reconcile;

    @Test
    void an_annotator_finishing_in_one_browser_updates_the_curators_workload_page_in_another() {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Push workload");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/workload"));
        Locator cells = page.locator("#workload-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("In progress")))
                .hasCount(1);

        Page annotator = signedInPage("annotator", DemoData.PASSWORD);
        annotator.navigate(url("projects/" + team.projectId() + "/articles/" + team.articleId() + "/annotate"));
        annotator.locator("#set-status").click();
        annotator
                .locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(AnnotationSetStatus.FINISHED.caption()))
                .click();
        assertThat(annotator.getByText("Marked finished.")).isVisible();

        // The curator's page, never reloaded, tells and shows it.
        assertThat(page.locator("vaadin-notification-card.team-news"))
                .containsText("annotator finished “Trump Pledges U.S. Support");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Finished")))
                .hasCount(1);
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("In progress")))
                .hasCount(0);
        assertThat(page.locator("#annotator-progress")).containsText("1 of 1");
        screenshot("push-workload");
    }

    @Test
    void gold_changed_by_another_curator_shows_up_on_the_open_curation_page() {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Push gold");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, ZELENSKIY);
        team.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/articles/" + team.articleId() + "/curate"));
        assertThat(page.locator("#curation-counts")).containsText("0 in gold");

        Page manager = signedInPage("manager", DemoData.PASSWORD);
        manager.navigate(url("projects/" + team.projectId() + "/articles/" + team.articleId() + "/curate"));
        manager.locator("#prefill-gold").click();
        assertThat(manager.getByText("1 span added to gold (majority).")).isVisible();

        assertThat(page.locator("vaadin-notification-card.team-news"))
                .containsText("manager accepted “" + TRUMP + "”: gold changed");
        assertThat(page.locator("#curation-counts")).containsText("1 in gold");
        assertThat(page.locator("#gold-editor mark:not(.plain)")).hasCount(1);

        manager.locator("#mark-curated").click();
        // Zelenskiy, which only one annotator marked, is still open: the manager confirms.
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark curated anyway"))
                .click();
        assertThat(page.locator("#curation-status")).hasText("Curated");
        assertThat(page.locator("#mark-curated")).hasText("Reopen for curation");
        assertThat(DemoData.asUser("curator", () -> curation.isCurated(team.projectId(), team.articleId())))
                .isTrue();
    }

    @Test
    void a_slot_changed_by_someone_else_reloads_the_open_board_with_a_notice() {
        SeedStory seed = SeedStory.create(projects, imports, articles, stories, "Push board");
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + seed.project().id() + "/stories/" + seed.storyId() + "/reconcile"));
        assertThat(page.locator("#board-title")).containsText("Reconcile figures");

        ReconciliationBoard.Row first = DemoData.asUser(
                        "manager", () -> reconcile.board(seed.project().id(), seed.storyId()))
                .slots()
                .getFirst();
        DemoData.asUser("manager", () -> {
            reconcile.rename(seed.project().id(), first.id(), first.version(), "Aid pledged, renamed by the manager");
            return null;
        });
        assertThat(page.locator("vaadin-notification-card.team-news"))
                .containsText("manager changed slot “Aid pledged, renamed by the manager”; reloaded");
        assertThat(page.locator("#slot-grid .slot-title").getByText("Aid pledged, renamed by the manager"))
                .isVisible();
    }
}
