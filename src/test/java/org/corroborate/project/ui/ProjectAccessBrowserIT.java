package org.corroborate.project.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectAccessBrowserIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ArticleService articles;

    @Autowired
    StoryService stories;

    @Test
    void a_user_who_is_not_a_member_cannot_open_the_project_or_its_articles_by_url() {
        ProjectSummary demo = DemoData.demoProject(projects);
        long articleId = SystemAuthentication.runAsSystem(
                () -> articles.list(demo.id()).getFirst().id());

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
    void an_annotator_sees_the_settings_and_members_read_only() {
        ProjectSummary demo = DemoData.demoProject(projects);
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + demo.id() + "/articles"));
        assertThat(page.locator("#article-grid")).isVisible();
        assertThat(page.locator("#import-articles")).hasCount(0);

        page.locator("#project-nav").getByText("Settings & members").click();
        assertThat(page.locator("#settings-read-only")).isVisible();
        assertThat(page.locator("#settings-name")).hasAttribute("readonly", "");
        assertThat(page.locator("#settings-annotators-per-article")).hasAttribute("readonly", "");
        assertThat(page.locator("#member-grid")).containsText("annotator2");
        assertThat(page.locator("#save-settings")).isHidden();
        assertThat(page.locator("#save-analysis-settings")).isHidden();
        assertThat(page.locator("#save-workflow-settings")).isHidden();
        assertThat(page.locator("#add-member")).isHidden();
        assertThat(page.locator("#member-grid vaadin-button")).hasCount(0);
        assertThat(page.locator("#not-found-or-not-allowed")).hasCount(0);
        screenshot("annotator-settings-read-only");
    }

    @Test
    void a_page_the_role_does_not_open_keeps_the_menu_and_leads_back_to_the_project() {
        ProjectSummary demo = DemoData.demoProject(projects);
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + demo.id() + "/workload"));
        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
        assertThat(page.locator("#signed-in-user")).hasText("annotator");
        assertThat(page.locator("#project-nav")).isVisible();
        assertThat(page.locator("body")).not().containsText("Exception");
        screenshot("annotator-workload-not-allowed");
        page.locator("#back-to-project").click();
        assertThat(page.locator("#article-grid")).isVisible();
    }

    @Test
    void every_page_of_the_project_answers_a_student_exactly_as_a_missing_project_does() {
        ProjectSummary demo = DemoData.demoProject(projects);
        long articleId = SystemAuthentication.runAsSystem(
                () -> articles.list(demo.id()).getFirst().id());
        long storyId = SystemAuthentication.runAsSystem(
                () -> stories.list(demo.id()).getFirst().id());
        signIn("student", DemoData.PASSWORD);
        assertThat(page.locator("#no-projects")).isVisible(); // a student's projects are their exercises
        List<String> differences = new ArrayList<>();
        for (String path : List.of(
                "articles",
                "articles/" + articleId,
                "articles/" + articleId + "/annotate",
                "articles/" + articleId + "/curate",
                "stories",
                "stories/" + storyId + "/reconcile",
                "sources",
                "labels",
                "settings",
                "workload",
                "agreement",
                "export",
                "import",
                "next-article",
                "analytics",
                "analytics/outlets",
                "analytics/sources",
                "analytics/articles/" + articleId,
                "exercises")) {
            page.navigate(url("projects/" + demo.id() + "/" + path));
            assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
            String real = page.locator("#main-content").innerText()
                    + page.locator("#project-nav").isVisible();
            page.navigate(url("projects/987654321/"
                    + path.replace(String.valueOf(articleId), "987654322")
                            .replace(String.valueOf(storyId), "987654323")));
            assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
            String missing = page.locator("#main-content").innerText()
                    + page.locator("#project-nav").isVisible();
            if (!real.equals(missing)) {
                differences.add(path + ": " + real + " | missing: " + missing);
            }
        }
        screenshot("student-project-page-not-found");
        org.assertj.core.api.Assertions.assertThat(differences).isEmpty();
    }

    @Test
    void a_project_the_user_may_not_see_shows_the_menu_without_the_projects_own() {
        ProjectSummary demo = DemoData.demoProject(projects);
        signIn("outsider", DemoData.PASSWORD);
        page.navigate(url("projects/" + demo.id() + "/settings"));
        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
        assertThat(page.locator("#signed-in-user")).hasText("outsider");
        assertThat(page.locator("#project-nav")).isHidden();
        assertThat(page.locator("#back-to-project")).isHidden();
        page.locator("#back-to-projects").click();
        assertThat(page.locator("#no-projects")).isVisible();
    }
}
