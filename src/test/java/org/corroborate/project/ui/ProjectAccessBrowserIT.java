package org.corroborate.project.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectAccessBrowserIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ArticleService articles;

    @Test
    void a_user_who_is_not_a_member_cannot_open_the_project_or_its_articles_by_url() {
        ProjectSummary demo = DemoData.demoProject(projects);
        long articleId = SystemAuthentication.runAsSystem(() -> articles.list(demo.id()).getFirst().id());

        signIn("outsider", DemoData.PASSWORD);
        assertThat(page.locator("#no-projects")).isVisible();

        page.navigate(url("projects/" + demo.id() + "/articles"));
        assertThat(page.locator("#not-found-or-not-allowed")).containsText("Not found or not allowed");
        assertThat(page.locator("body")).not().containsText(DemoData.PROJECT_NAME);
        screenshot("outsider-project-url");

        page.navigate(url("projects/" + demo.id() + "/articles/" + articleId));
        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
        assertThat(page.locator("body")).not().containsText("Trump");
    }

    @Test
    void a_missing_project_looks_exactly_like_a_forbidden_one() {
        signIn("outsider", DemoData.PASSWORD);
        page.navigate(url("projects/987654321/articles"));
        assertThat(page.locator("#not-found-or-not-allowed")).containsText("Not found or not allowed");
    }

    @Test
    void a_student_sees_the_project_but_not_its_settings() {
        ProjectSummary demo = DemoData.demoProject(projects);
        signIn("student", DemoData.PASSWORD);
        page.navigate(url("projects/" + demo.id() + "/articles"));
        assertThat(page.locator("#article-grid")).isVisible();
        assertThat(page.locator("#import-articles")).hasCount(0);

        page.navigate(url("projects/" + demo.id() + "/settings"));
        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
    }
}
