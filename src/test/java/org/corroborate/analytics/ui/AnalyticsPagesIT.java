package org.corroborate.analytics.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.analytics.AnalyticsService;
import org.corroborate.analytics.Counts;
import org.corroborate.analytics.Scope;
import org.corroborate.project.ProjectService;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each analytics page opened by a curator on the demo project, whose two annotators finished one seed article ("Trump
 * Pledges U.S. Support..."): annotator marked five named people and "sources" as an unnamed group. The demo exercise's
 * article is curated, so the pages count gold unless told otherwise; these tests say which counts they read.
 */
class AnalyticsPagesIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    AnalyticsService analytics;

    private long projectId;
    private long articleId;
    private long storyId;

    @BeforeEach
    void demoProject() {
        projectId = DemoData.demoProject(projects).id();
        SystemAuthentication.runAsSystem(() -> {
            articleId = analytics.articles(projectId, Counts.MAJORITY, Scope.ALL).stream()
                    .filter(a -> a.title().startsWith("Trump Pledges"))
                    .findFirst()
                    .orElseThrow()
                    .articleId();
            storyId = analytics.stories(projectId).keySet().iterator().next();
        });
        signIn("curator", DemoData.PASSWORD);
    }

    private Locator tableOf(String chartId) {
        Locator chart = page.locator("#" + chartId);
        chart.locator("summary").click();
        return chart.locator("tbody tr");
    }

    @Test
    void the_outlets_page_states_what_counts_and_charts_anonymous_share_with_the_article_counts() {
        page.navigate(url("projects/" + projectId + "/analytics/outlets?counts=majority"));

        assertThat(page.locator("h1")).hasText("Outlets: " + DemoData.PROJECT_NAME);
        assertThat(page.locator("#analytics-counts-statement")).containsText("majority of finished sets");
        // the seed files name no outlet; one of the five articles has finished sets; of its three agreed mentions
        // (Trump, Zelenskiy, Macron) none is anonymous
        Locator rows = tableOf("outlets-anonymous-chart");
        assertThat(rows.first().locator("th")).hasText("(no outlet) (1 of 5 articles)");
        assertThat(rows.first().locator("td")).hasText(new String[] {"0%", "–"});
        screenshot("analytics-outlets");
    }

    @Test
    void the_article_profile_of_one_annotator_lists_the_spans_behind_the_anonymous_count() {
        page.navigate(
                url("projects/" + projectId + "/analytics/articles/" + articleId + "?counts=annotator:annotator"));

        assertThat(page.locator("h1")).containsText("Sourcing profile: Trump Pledges");
        assertThat(page.locator("#analytics-counts-statement")).containsText("annotator's finished sets");
        Locator rows = tableOf("profile-types-chart");
        assertThat(rows.nth(0).locator("td")).hasText("5"); // Trump, Zelenskiy, Macron, Merz, Dmitriev
        assertThat(rows.nth(3).locator("td")).hasText("1"); // "sources": never named, an unnamed group
        page.locator("#show-anonymous").click();
        assertThat(page.locator("#spans-filter")).hasText("Anonymous mentions: 1 span.");
        assertThat(page.locator("#profile-spans vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("sources"))
                        .locator("visible=true"))
                .not()
                .hasCount(0);
        screenshot("analytics-article-profile");
    }

    @Test
    void the_sources_page_and_the_story_map_open_with_their_charts() {
        page.navigate(url("projects/" + projectId + "/analytics/sources"));
        assertThat(page.locator("h1")).hasText("Sources: " + DemoData.PROJECT_NAME);
        assertThat(page.locator("#sources-track-chart")).isVisible();
        screenshot("analytics-sources");

        page.navigate(url("projects/" + projectId + "/analytics/stories/" + storyId));
        assertThat(page.locator("h1")).containsText("Corroboration map: ");
        assertThat(page.locator("#story-map-summary")).containsText("over 5 articles");
        screenshot("analytics-story-map");

        page.navigate(url("projects/" + projectId + "/analytics"));
        assertThat(page.locator("h1")).hasText("Sourcing analytics: " + DemoData.PROJECT_NAME);
        screenshot("analytics-articles");
    }

    @Test
    void an_annotator_gets_the_page_of_a_project_that_does_not_exist() {
        page.locator("#sign-out").click();
        assertThat(page.locator("#login-form")).isVisible();
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + projectId + "/analytics/outlets"));
        assertThat(page.locator("#analytics-outlets")).hasCount(0);
    }
}
