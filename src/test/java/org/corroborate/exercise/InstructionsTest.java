package org.corroborate.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstructionsTest {

    @Test
    void markdown_becomes_headings_emphasis_lists_and_links() {
        String html = Instructions.toSafeHtml(
                "## Task\nFind *every* **anonymous** source:\n\n- named?\n- [guide](https://example.org)");
        assertThat(html)
                .contains("<h2>Task</h2>")
                .contains("<em>every</em>")
                .contains("<strong>anonymous</strong>")
                .contains("<li>named?</li>")
                .contains("href=\"https://example.org\"");
    }

    @Test
    void raw_html_and_script_links_are_shown_as_text_or_dropped() {
        String html = Instructions.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3)) <b onclick=x>bold</b>");
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("javascript:")
                .doesNotContain("<b ");
        assertThat(html)
                .contains("&lt;script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("<a rel=\"nofollow\">click</a>");
    }
}
