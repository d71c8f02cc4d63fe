package org.corroborate.story.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.SeedFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StoriesViewIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    private ProjectSummary project;
    /** Article titles by the first three characters of their file name ("001"). */
    private Map<String, String> titles;

    private String title(String file) {
        return Objects.requireNonNull(titles.get(file), () -> "no seed article " + file);
    }

    @BeforeEach
    void projectWithTheSeedArticles() {
        project = DemoData.newProject(projects, "Stories UI");
        titles = SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project.id(), "manager", ProjectRole.MANAGER);
            projects.setMember(project.id(), "annotator", ProjectRole.ANNOTATOR);
            imports.importFiles(project.id(), SeedFiles.all());
            return articles.list(project.id()).stream()
                    .collect(Collectors.toMap(a -> a.sourceName().substring(0, 3), ArticleSummary::title));
        });
    }

    private Locator cell(Locator within, String text) {
        return within.locator("vaadin-grid-cell-content")
                .getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    @Test
    void a_manager_sees_the_suggested_story_splits_off_an_article_and_finds_it_after_a_reload() {
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/articles"));
        page.locator("#project-nav").getByText("Stories").click();

        Locator stories = page.locator("vaadin-card.story");
        assertThat(stories).hasCount(1);
        Locator story = stories.first();
        assertThat(story.locator(".needs-review")).hasText("Suggested");
        for (String title : titles.values()) {
            assertThat(cell(story, title)).isVisible();
        }
        Locator flags = page.locator("#near-duplicate-grid");
        assertThat(cell(flags, title("001"))).isVisible();
        assertThat(cell(flags, title("004"))).isVisible();
        assertThat(cell(story, "≈ " + title("001"))).isVisible();
        screenshot("stories-suggested");

        cell(story, title("000")).click();
        story.locator(".split-story").click();
        page.locator("#story-title-field input").fill("Before the Alaska summit");
        page.locator("#confirm-story-title").click();
        assertThat(stories).hasCount(2);

        page.reload();
        assertThat(stories).hasCount(2);
        Locator split = stories.filter(new Locator.FilterOptions().setHasText("Before the Alaska summit"));
        assertThat(split).hasCount(1);
        assertThat(cell(split, title("000"))).isVisible();
        assertThat(split.locator("vaadin-grid-cell-content")
                        .getByText(title("001"), new Locator.GetByTextOptions().setExact(true)))
                .hasCount(0);
        Locator rest = stories.filter(new Locator.FilterOptions().setHasNotText("Before the Alaska summit"));
        for (String file : List.of("001", "002", "003", "004")) {
            assertThat(cell(rest, title(file))).isVisible();
        }
        screenshot("stories-after-split");

        // Moved back with the story's "Move selected to" box, the article leaves the new story empty.
        cell(split, title("000")).click();
        split.locator(".move-target input").fill("Trump");
        page.locator("vaadin-combo-box-item").first().click();
        split.locator(".move-articles").click();
        assertThat(cell(rest, title("000"))).isVisible();
        assertThat(split).containsText("0 articles");
        split.locator(".delete-story").click();
        assertThat(stories).hasCount(1);
    }

    @Test
    void an_annotator_reads_the_stories_without_the_managers_controls() {
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/stories"));

        assertThat(page.locator("vaadin-card.story")).hasCount(1);
        assertThat(page.locator("#near-duplicate-grid")).isVisible();
        assertThat(page.locator("#suggest-stories")).hasCount(0);
        assertThat(page.locator(".split-story")).hasCount(0);
        assertThat(page.locator(".dismiss-near-duplicate")).hasCount(0);

        // The article list names each article's story.
        String storyTitle = page.locator("vaadin-card.story h3, vaadin-card.story [slot=title]")
                .first()
                .textContent();
        page.locator("#project-nav").getByText("Articles").click();
        assertThat(page.locator("#article-grid")).containsText(storyTitle.strip());
    }

    @Test
    void an_outsider_opening_the_stories_by_url_is_told_not_found_or_not_allowed() {
        signIn("outsider", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/stories"));

        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
        assertThat(page.locator("body")).not().containsText(title("000"));
    }

    @Test
    void an_empty_project_says_so() {
        ProjectSummary empty = DemoData.newProject(projects, "No stories");
        SystemAuthentication.runAsSystem(() -> projects.setMember(empty.id(), "manager", ProjectRole.MANAGER));
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + empty.id() + "/stories"));

        assertThat(page.locator("#no-stories")).containsText("no articles");
    }
}
