package org.corroborate.token.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.junit.jupiter.api.Test;

/** Issue 16: any signed-in user makes a token on their page, sees it once, uses it, and revokes it. */
class AccessTokensViewIT extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private int status(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("api/v1/projects")))
                .header("Authorization", "Bearer " + token)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void a_student_makes_a_token_sees_it_once_uses_it_and_revokes_it() throws Exception {
        signIn("student", DemoData.PASSWORD);
        page.locator(
                        "#main-nav vaadin-side-nav-item",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Access tokens"))
                .click();
        assertThat(page.locator("h1")).hasText("Access tokens"); // one h1 per page, like every page (issue 18)

        String name = "script " + System.nanoTime();
        page.locator("#token-name input").fill(name);
        page.locator("#create-token").click();
        assertThat(page.locator("#new-token-secret input")).hasValue(java.util.regex.Pattern.compile("crb_.{43}"));
        String token = page.locator("#new-token-secret input").inputValue();
        screenshot("access-token-created");
        page.locator("#token-copied").click();
        // gone from the page once the server has closed it: until then the modal dialog would swallow other clicks
        assertThat(page.locator("vaadin-dialog")).hasCount(0);

        assertThat(page.locator("#token-grid")).containsText(name);
        assertThat(page.locator("#token-grid")).containsText(token.substring(0, 8) + "…");
        assertThat(page.locator("#token-grid")).not().containsText(token);
        assertThat(status(token)).isEqualTo(200);

        page.locator("[id='revoke-" + name + "']").click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("no longer works")))
                .isVisible();
        // Rows the grid hid keep their old cells: look only at what is shown.
        assertThat(page.locator("#token-grid vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setVisible(true).setHasText(name)))
                .hasCount(0);
        assertThat(status(token)).isEqualTo(401);
    }
}
