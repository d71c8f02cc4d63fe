package org.corroborate.workflow.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkloadViewIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    private Locator rows() {
        // Rows the grid hid after a filter keep their old cells: count only what is shown.
        return page.locator("#workload-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    @Test
    void a_curator_sees_who_works_on_what_and_filters_by_annotator_and_status() {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Workload");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "Ukrainian President Volodymyr Zelenskiy");
        team.setStatus("annotator", AnnotationSetStatus.FINISHED);
        team.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");

        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/workload"));
        assertThat(page.locator("#project-nav")).containsText("Workload");
        assertThat(page.locator("#annotator-progress")).containsText("annotator2");
        assertThat(page.locator("#annotator-progress")).containsText("1 of 1");
        assertThat(page.locator("#workload-articles")).containsText("1 article");
        assertThat(rows().filter(new Locator.FilterOptions().setHasText("Finished")))
                .hasCount(1);
        assertThat(rows().filter(new Locator.FilterOptions().setHasText("In progress")))
                .hasCount(1);
        screenshot("workload");

        page.locator("#workload-annotator input").fill("annotator2");
        page.getByRole(
                        AriaRole.OPTION,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("annotator2")
                                .setExact(true))
                .click();
        assertThat(rows().filter(new Locator.FilterOptions().setHasText("Finished")))
                .hasCount(0);
        assertThat(rows().filter(new Locator.FilterOptions().setHasText("In progress")))
                .hasCount(1);

        page.locator("#workload-annotator").locator("[part~='clear-button']").click();
        page.locator("#workload-status input").fill("Finished");
        page.getByRole(
                        AriaRole.OPTION,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("Finished")
                                .setExact(true))
                .click();
        assertThat(rows().filter(new Locator.FilterOptions().setHasText("In progress")))
                .hasCount(0);
        assertThat(rows().filter(new Locator.FilterOptions().setHasText("Finished")))
                .hasCount(1);
        assertThat(rows().filter(new Locator.FilterOptions().setHasText("annotator2")))
                .hasCount(0);
    }

    @Test
    void an_annotator_has_no_workload_page_and_no_menu_entry() {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Workload hidden");
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/articles"));
        assertThat(page.locator("#project-nav")).containsText("Stories");
        assertThat(page.locator("#project-nav")).not().containsText("Workload");
        page.navigate(url("projects/" + team.projectId() + "/workload"));
        assertThat(page.getByText("Not found or not allowed")).isVisible();
    }

    @Test
    void a_manager_assigns_an_article_by_hand_and_takes_it_back() {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Workload assign");
        SystemAuthentication.runAsSystem(() -> imports.importFiles(
                team.projectId(),
                List.of(new UploadedFile(
                        "second.txt",
                        "A second article\nIt has a body of its own.\n".getBytes(StandardCharsets.UTF_8)))));
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/workload"));
        assertThat(page.locator("#workload-empty")).containsText("Nobody has started an article yet");

        page.locator("#assign-article").click();
        page.locator("#assign-article-choice input").fill("A second");
        page.getByRole(
                        AriaRole.OPTION,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("A second article"))
                .click();
        page.locator("#assign-annotator-choice input").fill("annotator2");
        page.getByRole(
                        AriaRole.OPTION,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("annotator2")
                                .setExact(true))
                .click();
        page.locator("#assign-confirm").click();
        assertThat(page.getByText("“A second article” assigned to annotator2.")).isVisible();
        assertThat(rows().filter(new Locator.FilterOptions().setHasText("by manager")))
                .hasCount(1);
        assertThat(page.locator("#workload-articles")).containsText("1 not handed out yet");

        page.getByLabel("Unassign annotator2 from A second article").click();
        assertThat(page.locator("#workload-empty")).isVisible();
    }
}
