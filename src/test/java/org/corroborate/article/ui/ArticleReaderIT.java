package org.corroborate.article.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.imports.ImportReport;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArticleReaderIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Test
    void annotator_opens_the_demo_project_and_reads_an_article_with_its_headline_and_text() {
        signIn("annotator", DemoData.PASSWORD);
        page.locator("#project-filter input").fill("Ukraine security"); // other tests add projects to this user's list
        assertThat(page.locator("#project-count")).hasText(java.util.regex.Pattern.compile("^1 (of \\d+|project)$"));
        page.locator(
                        "vaadin-grid-cell-content",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText(DemoData.PROJECT_NAME))
                .first()
                .click();
        Locator grid = page.locator("#article-grid");
        assertThat(grid).isVisible();
        page.locator(
                        "vaadin-grid-cell-content",
                        new com.microsoft.playwright.Page.LocatorOptions()
                                .setHasText("Trump Pledges U.S. Support for Ukraine"))
                .first()
                .click();

        assertThat(page.locator("#article-title"))
                .hasText("Trump Pledges U.S. Support for Ukraine’s Security in Prospective Peace Deal");
        assertThat(page.locator("#article-text p.headline"))
                .hasText("Trump Pledges U.S. Support for Ukraine’s Security in Prospective Peace Deal");
        assertThat(page.locator("#article-text")).containsText("has claimed over a million casualties");
        // Web noise is set aside, not shown in the text…
        assertThat(page.locator("#article-text")).not().containsText("Content is protected");
        screenshot("article-reader");

        // …and can be revealed with its reason.
        page.locator("#show-removed").click();
        assertThat(page.locator("#article-text .noise-removed").first()).isVisible();
        assertThat(page.locator("#article-text")).containsText("error: Content is protected!!");
        page.locator("#article-text .noise-removed").first().scrollIntoViewIfNeeded();
        screenshot("article-reader-removed-text");
    }

    @Test
    void hostile_article_text_is_shown_as_text_and_never_run_as_html() {
        ProjectSummary project = DemoData.newProject(projects, "Hostile");
        String hostile = "<img src=x onerror=\"document.title='pwned'\"> Headline with <b>tags</b>\n"
                + "Body says <script>document.title='pwned'</script> and more.\n";
        ImportReport report = SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project.id(), "annotator", ProjectRole.ANNOTATOR);
            return imports.importFiles(
                    project.id(), List.of(new UploadedFile("hostile.txt", hostile.getBytes(StandardCharsets.UTF_8))));
        });
        long articleId = report.imported().getFirst().id();

        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/articles/" + articleId));

        assertThat(page.locator("#article-text")).containsText("<script>document.title='pwned'</script>");
        assertThat(page.locator("#article-text img")).hasCount(0);
        assertThat(page.locator("#article-text script")).hasCount(0);
        assertThat(page.locator("#article-text b")).hasCount(0);
        assertThat(page).not().hasTitle("pwned");
    }
}
