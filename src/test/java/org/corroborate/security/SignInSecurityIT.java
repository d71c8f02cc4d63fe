package org.corroborate.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.user.UserService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a browser and an attacker meet at the door: headers, cookies, health, sign-in throttling and refusals. */
class SignInSecurityIT extends BrowserTest {

    private static final String PASSWORD = "a-long-password";

    @Autowired
    UserService users;

    @Autowired
    ProjectService projects;

    @Autowired
    LoginThrottle throttle;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void forgetFailedSignIns() {
        throttle.reset(); // every test signs in from 127.0.0.1: the address count must not carry over
    }

    private String newUser(String prefix) {
        String username = prefix + (System.nanoTime() % 1_000_000);
        SystemAuthentication.runAsSystem(() -> users.createUser(username, "", PASSWORD, false));
        return username;
    }

    private HttpResponse<String> postLogin(String username, String password, @Nullable String origin)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8)));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_carry_the_security_headers_and_the_session_cookie_is_http_only_and_same_site() throws Exception {
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(url("login"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> {
            assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
        });
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");

        HttpResponse<String> app = http.send(
                HttpRequest.newBuilder(URI.create(url("projects"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(app.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
        assertThat(app.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void health_answers_without_signing_in_and_says_no_more_than_up() throws Exception {
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create(url("actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        HttpResponse<String> env = http.send(
                HttpRequest.newBuilder(URI.create(url("actuator/env"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(env.statusCode())
                .as("no other actuator endpoint is reachable")
                .isNotEqualTo(200);
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused_before_any_password_check() throws Exception {
        String username = newUser("xsite");
        HttpResponse<String> sameSite = postLogin(username, PASSWORD, "http://localhost:" + port);
        assertThat(sameSite.statusCode()).isEqualTo(302);
        assertThat(sameSite.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        HttpResponse<String> crossSite = postLogin(username, PASSWORD, "https://attacker.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void after_repeated_wrong_passwords_even_the_right_one_must_wait_and_the_page_says_why() throws Exception {
        String username = newUser("guessed");
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> wrong = postLogin(username, "wrong-password-" + i, null);
            assertThat(wrong.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("error"));
        }
        HttpResponse<String> right = postLogin(username, PASSWORD, null);
        assertThat(right.headers().firstValue("Location"))
                .as("the right password is not even checked")
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));

        // A few more failures make the wait minutes long, so a slow machine cannot outwait it before the browser tries.
        for (int i = 0; i < 8; i++) {
            throttle.failed(username, "192.0.2.1");
        }
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(PASSWORD);
        page.locator("input[name='password']").press("Enter");
        assertThat(page.locator("vaadin-login-form")).containsText("Too many failed sign-ins");
        assertThat(page.locator("vaadin-login-form")).containsText("Try again in");
        screenshot("login-throttled");

        throttle.reset();
        signIn(username, PASSWORD);
    }

    @Test
    void a_disabled_user_who_knows_the_password_is_told_the_account_is_disabled_and_a_wrong_password_is_not()
            throws Exception {
        String username = newUser("disabled");
        SystemAuthentication.runAsSystem(() -> users.setEnabled(username, false, "admin"));

        page.navigate(url("login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("not-the-password");
        page.locator("input[name='password']").press("Enter");
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");

        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(PASSWORD);
        page.locator("input[name='password']").press("Enter");
        assertThat(page.locator("vaadin-login-form")).containsText("This account is disabled");
        screenshot("login-disabled");
    }

    @Test
    void a_user_disabled_while_signed_in_is_signed_out_at_the_next_request_and_loses_project_rights() {
        String username = newUser("ousted");
        long projectId = DemoData.demoProject(projects).id();
        SystemAuthentication.runAsSystem(() -> projects.setMember(projectId, username, ProjectRole.MANAGER));
        signIn(username, PASSWORD);
        page.navigate(url("projects/" + projectId + "/settings"));
        assertThat(page.locator("#signed-in-user")).hasText(username);

        SystemAuthentication.runAsSystem(() -> users.setEnabled(username, false, "admin"));
        assertThat(DemoData.asUser(username, () -> projects.listMyProjects()))
                .as("services refuse at once")
                .isEmpty();

        page.navigate(url("projects/" + projectId + "/settings"));
        assertThat(page.locator("#login-form")).isVisible();
        assertThat(page.locator("#signed-in-user")).hasCount(0);
    }
}
