package org.corroborate.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: every page of every role's menu opens cleanly. Each demo user signs in and follows every link of their
 * menu (the main menu, and the project menu inside the demo project); a page fails on a console error, a failed
 * request, a raw exception shown to the user, or a menu link that leads to the not-allowed page.
 */
class EveryMenuLinkIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "manager", "curator", "annotator", "annotator2", "instructor", "student",
            "outsider"})
    void every_menu_link_opens_a_page_without_errors(String username) {
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add(page.url() + ": console error: " + message.text());
            }
        });
        page.onPageError(error -> problems.add(page.url() + ": page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add(page.url() + ": " + response.status() + " for " + response.url());
            }
        });
        signIn(username, DemoData.PASSWORD);

        Set<String> links = new LinkedHashSet<>(menuLinks());
        long projectId = DemoData.demoProject(projects).id();
        boolean member = !"outsider".equals(username);
        if (member) {
            page.navigate(url("projects/" + projectId + "/articles"));
            assertThat(page.locator("#project-nav")).isVisible();
            links.addAll(menuLinks());
        }
        assertThat(links).as("menu of " + username).contains("projects");

        for (String link : links) {
            page.navigate(url(link));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("#signed-in-user")).hasText(username);
            String body = page.locator("body").innerText();
            if (page.locator("#not-found-or-not-allowed").isVisible()) {
                problems.add(link + ": the menu leads to the not-allowed page");
            }
            for (String raw : List.of("Exception", "There was an exception", "Internal error")) {
                if (body.contains(raw)) {
                    problems.add(link + ": shows raw error text \u201c" + raw + "\u201d");
                }
            }
            screenshot("menu-" + username + "-" + link.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        assertThat(problems).as("problems on the pages of " + username + "'s menu").isEmpty();
    }

    @Test
    void the_favicon_is_served_to_browsers_not_signed_in() {
        APIResponse favicon = page.request().get(url("favicon.ico"));
        assertThat(favicon.status()).isEqualTo(200);
        assertThat(favicon.headers().get("content-type")).startsWith("image/");
    }

    /** The hrefs of the visible side-menu items, relative to the application. */
    private List<String> menuLinks() {
        Locator items = page.locator("vaadin-side-nav-item");
        assertThat(items.first()).isVisible();
        List<String> hrefs = new ArrayList<>();
        for (Locator item : items.all()) {
            String path = item.getAttribute("path");
            if (path != null && item.isVisible()) {
                hrefs.add(path.replaceFirst("^/", ""));
            }
        }
        return hrefs;
    }
}
