package org.corroborate.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.Accessibility;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: every page of every role's menu opens cleanly. Each demo user signs in and follows every link of their
 * menu (the main menu, and the project menu inside the demo project), every link those pages show (one page of each
 * kind), then the editor and the reconciliation board where offered. A page fails on a console error, a failed
 * request, a raw exception shown to the user, a link that leads to the not-allowed page, or what axe-core finds
 * (see {@link Accessibility}).
 */
class EveryMenuLinkIT extends BrowserTest {

    /** The seed article that both demo annotators finished. */
    static final String ANNOTATED_ARTICLE =
            "Trump Pledges U.S. Support for Ukraine\u2019s Security in Prospective Peace Deal";

    @Autowired
    ProjectService projects;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin",
                "manager",
                "curator",
                "annotator",
                "annotator2",
                "instructor",
                "student",
                "student2",
                "student3",
                "outsider"
            })
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
        // The project's team gets its pages, an instructor its exercises, a student no project menu at all (their
        // exercises are in the main menu: "My exercises").
        boolean team = !Set.of("outsider", "instructor", "student", "student2", "student3")
                .contains(username);
        if (team || "instructor".equals(username)) {
            page.navigate(url("projects/" + projectId + (team ? "/articles" : "/exercises")));
            assertThat(page.locator("#project-nav")).isVisible();
            links.addAll(menuLinks());
        }
        assertThat(links).as("menu of " + username).contains("projects");

        Set<String> seenShapes = new LinkedHashSet<>();
        links.forEach(link -> seenShapes.add(shape(link)));
        Set<String> onPages = new LinkedHashSet<>();
        for (String link : links) {
            open(link, username, problems, "the menu leads to the not-allowed page");
            for (String found : linksOnPage()) {
                if (seenShapes.add(shape(found))) {
                    onPages.add(found);
                }
            }
        }
        // Every link those pages show, once per kind of page (projects/1/articles/7 stands for all articles).
        for (String link : onPages) {
            open(link, username, problems, "a link on a page leads to the not-allowed page");
        }
        if (team) {
            openEditorAndBoard(username, projectId, problems);
        }
        assertThat(problems)
                .as("problems on the pages of " + username + "'s menu")
                .isEmpty();
    }

    /**
     * Pages reached from the menu's pages: the editor of the seed article the demo annotators finished (from the
     * reader's "Annotate"), and the seed story's reconciliation board (from "Reconcile figures"), where offered.
     */
    private void openEditorAndBoard(String username, long projectId, List<String> problems) {
        page.navigate(url("projects/" + projectId + "/articles"));
        assertThat(page.locator("#article-grid")).isVisible();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(ANNOTATED_ARTICLE))
                .first()
                .click();
        assertThat(page.locator("#article-title")).hasText(ANNOTATED_ARTICLE);
        if (page.locator("#annotate").isVisible()) {
            page.locator("#annotate").click();
            assertThat(page.locator("#annotation-editor")).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            problems.addAll(Accessibility.problems(page, "editor"));
            screenshot("menu-" + username + "-editor");
        }
        page.navigate(url("projects/" + projectId + "/stories"));
        Locator reconcile = page.locator(".reconcile-figures").first();
        assertThat(page.locator("#story-list")).isVisible();
        if (reconcile.isVisible()) {
            reconcile.click();
            assertThat(page.locator("#slot-grid")).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            problems.addAll(Accessibility.problems(page, "board"));
            screenshot("menu-" + username + "-board");
        }
    }

    @Test
    void the_sign_in_page_opens_without_errors_and_is_accessible() {
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add("login: console error: " + message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add("login: " + response.status() + " for " + response.url());
            }
        });
        page.navigate(url("login"));
        assertThat(page.locator("#login-form")).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        problems.addAll(Accessibility.problems(page, "login"));
        screenshot("menu-signed-out-login");
        assertThat(problems).isEmpty();
    }

    @Test
    void the_favicon_is_served_to_browsers_not_signed_in() {
        APIResponse favicon = page.request().get(url("favicon.ico"));
        assertThat(favicon.status()).isEqualTo(200);
        assertThat(favicon.headers().get("content-type")).startsWith("image/");
    }

    /** Opens one page and adds what is wrong with it to the problems; a screenshot per page and role. */
    private void open(String link, String username, List<String> problems, String notAllowed) {
        page.navigate(url(link));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#signed-in-user")).hasText(username);
        String body = page.locator("body").innerText();
        if (page.locator("#not-found-or-not-allowed").isVisible()) {
            problems.add(link + ": " + notAllowed);
        }
        for (String raw : List.of("Exception", "There was an exception", "Internal error")) {
            if (body.contains(raw)) {
                problems.add(link + ": shows raw error text \u201c" + raw + "\u201d");
            }
        }
        problems.addAll(Accessibility.problems(page, link));
        screenshot("menu-" + username + "-" + link.replaceAll("[^A-Za-z0-9]+", "-"));
    }

    /** The app's own pages that links on this page lead to (not downloads, the API, or signing out). */
    private List<String> linksOnPage() {
        String origin = url("");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) page.locator("a[href]").evaluateAll("links => links.map(a => a.href)");
        List<String> pages = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.startsWith(origin)) {
                continue;
            }
            String path = href.substring(origin.length()).replaceFirst("#.*$", "");
            if (path.isEmpty()
                    || path.startsWith("VAADIN/")
                    || path.startsWith("api")
                    || path.startsWith("logout")
                    || path.startsWith("login")
                    || path.matches(".*\\.[a-z]{2,5}$")) {
                continue;
            }
            pages.add(path);
        }
        return pages;
    }

    /** A link with its ids and query values blanked: pages of one kind share a shape. */
    private static String shape(String link) {
        return link.replaceAll("[0-9]+", "N").replaceAll("=[^&]*", "=");
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
