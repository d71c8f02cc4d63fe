package org.corroborate.user.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.junit.jupiter.api.Test;

class UsersViewIT extends BrowserTest {

    @Test
    void a_student_has_no_users_menu_and_cannot_reach_users_by_url() {
        signIn("student", DemoData.PASSWORD);
        assertThat(page.locator("#main-nav")).containsText("Projects");
        assertThat(page.locator("#main-nav")).not().containsText("Users");

        page.navigate(url("admin/users"));
        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
        assertThat(page.locator("#user-grid")).hasCount(0);
        screenshot("student-users-url");
    }

    @Test
    void an_admin_creates_a_user_who_can_then_sign_in() {
        signIn("admin", DemoData.PASSWORD);
        page.locator("#main-nav").getByText("Users").click();
        assertThat(page.locator("#user-grid")).containsText("annotator2");
        screenshot("users-admin");

        String username = "newbie" + (System.nanoTime() % 100000);
        page.locator("#new-user").click();
        page.locator("#new-username input").fill(username);
        page.locator("#new-display-name input").fill("New Bie");
        page.locator("#new-password input").fill("a-long-password");
        page.locator("#create-user").click();
        assertThat(page.locator("#user-grid")).containsText(username);

        page.locator("#sign-out").click();
        assertThat(page.locator("#login-form")).isVisible();
        signIn(username, "a-long-password");
        assertThat(page.locator("#no-projects")).isVisible();
    }

    @Test
    void the_login_page_lists_the_demo_users_in_demo_mode() {
        page.navigate(url("login"));
        assertThat(page.locator("#demo-users")).containsText("annotator");
        assertThat(page.locator("#demo-users")).containsText(DemoData.PASSWORD);
        screenshot("login");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() {
        page.navigate(url("login"));
        page.locator("input[name='username']").fill("annotator");
        page.locator("input[name='password']").fill("wrong-password");
        page.locator("input[name='password']").press("Enter");
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
    }
}
