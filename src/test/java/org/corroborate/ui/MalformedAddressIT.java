package org.corroborate.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.Accessibility;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.junit.jupiter.api.Test;

class MalformedAddressIT extends BrowserTest {

    @Test
    void an_address_with_a_malformed_id_shows_the_titled_accessible_not_found_page_and_no_exception() {
        signIn("annotator", DemoData.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String address : new String[] {
            "projects/abc/articles", "projects/1/articles/x1/annotate", "projects/99999999999999999999/stories"
        }) {
            page.navigate(url(address));
            assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
            assertThat(page.locator("body")).not().containsText("Exception");
            assertThat(page).hasTitle("Not found or not allowed · Corroborate");
            problems.addAll(Accessibility.problems(page, address));
        }
        assertThat(problems).isEmpty();
        screenshot("malformed-address");
    }
}
