package org.corroborate.workflow.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NextArticleIT extends BrowserTest {

    private static final Path ARTICLE_002 = Path.of("fixtures/articles/002_52a60c5226144199.txt");

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    AnnotationService annotations;

    @Test
    void next_article_for_me_opens_the_editor_and_says_so_when_nothing_is_left() throws IOException {
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Next article",
                Map.of("annotator", ProjectRole.ANNOTATOR),
                ARTICLE_002.getFileName().toString(),
                Files.readAllBytes(ARTICLE_002));
        long projectId = fixture.project().id();
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + projectId + "/articles"));
        page.locator("#next-article").click();
        assertThat(page)
                .hasURL(Pattern.compile(
                        ".*/projects/" + projectId + "/articles/" + fixture.articleId() + "/annotate$"));
        assertThat(page.locator("#editor-next-article")).isHidden();

        // Finishing the article shows the way to the next one; there is none.
        page.locator("#set-status").click();
        page.locator("vaadin-select-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(AnnotationSetStatus.FINISHED.caption()))
                .click();
        assertThat(page.locator("#editor-next-article")).isVisible();
        page.locator("#editor-next-article").click();
        assertThat(page.locator("#next-article-message")).containsText("Nothing left for you");
        screenshot("next-article-nothing-left");
    }

    @Test
    void a_student_gets_the_not_found_page_for_the_articles_and_next_article_as_for_a_missing_project() {
        long projectId = DemoData.demoProject(projects).id();
        signIn("student", DemoData.PASSWORD);
        for (String path : List.of("/articles", "/next-article")) {
            page.navigate(url("projects/" + projectId + path));
            assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
            String real = page.locator("#main-content").innerText();
            page.navigate(url("projects/987654321" + path));
            assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
            org.assertj.core.api.Assertions.assertThat(
                            page.locator("#main-content").innerText())
                    .as(path)
                    .isEqualTo(real);
        }
        assertThat(page.locator("#project-nav")).isHidden();
    }
}
