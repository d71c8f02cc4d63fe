package org.corroborate.ui.chart;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import org.corroborate.Accessibility;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.junit.jupiter.api.Test;

class ChartIT extends BrowserTest {

    private void open() {
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("test/chart-harness"));
        assertThat(page.locator("#bar canvas")).hasCount(1);
    }

    @Test
    void each_chart_draws_and_lists_its_numbers_as_a_table() throws Exception {
        open();
        Locator bar = page.locator("#bar");
        bar.locator("summary").click();
        assertThat(bar.locator("caption")).hasText("Anonymous share per outlet");
        assertThat(bar.locator("tbody tr").nth(1)).containsText("AP");
        assertThat(bar.locator("tbody tr").nth(1).locator("td")).hasText("50%");
        assertThat(bar.locator(".plot")).hasAttribute("aria-label", "Anonymous share of source mentions for 3 outlets");

        Locator stacked = page.locator("#stacked");
        stacked.locator("summary").click();
        assertThat(stacked.locator("thead th")).hasText(new String[] {"Outlet", "Named person", "Unnamed group"});
        assertThat(stacked.locator("tbody tr").nth(1).locator("td")).hasText(new String[] {"2", "–"});

        Locator heat = page.locator("#heat");
        heat.locator("summary").click();
        assertThat(heat.locator("tbody tr").first().locator("td")).hasText(new String[] {"1", "3", "3"});

        Locator scatter = page.locator("#scatter");
        scatter.locator("summary").click();
        assertThat(scatter.locator("tbody tr").first()).containsText("student");
        assertThat(scatter.locator("tbody tr").first().locator("td")).hasText(new String[] {"12", "75%"});
        screenshot("chart-harness");
        bar.screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "chart-bar.png")));
        assertThat(Accessibility.problems(page, "chart harness")).isEmpty();
    }

    @Test
    void a_hostile_label_is_shown_as_text_and_never_runs() {
        open();
        Locator bar = page.locator("#bar");
        bar.locator("summary").click();
        assertThat(bar.locator("tbody tr").nth(2).locator("th")).hasText(ChartHarnessView.HOSTILE);
        assertThat(page.locator("#bar img")).hasCount(0);
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^(?!pwned).*"));
    }

    @Test
    void a_chart_downloads_as_png_and_as_svg() throws Exception {
        open();
        Download png =
                page.waitForDownload(() -> page.locator("#bar .download-png").click());
        assertThat(png.suggestedFilename()).isEqualTo("Anonymous-share-per-outlet.png");
        byte[] pngBytes = Files.readAllBytes(png.path());
        assertThat(pngBytes).startsWith(0x89, 'P', 'N', 'G');

        Download svg = page.waitForDownload(
                () -> page.locator("#stacked .download-svg").click());
        assertThat(svg.suggestedFilename()).isEqualTo("Sources-by-type.svg");
        String svgText = Files.readString(svg.path());
        assertThat(svgText).startsWith("<svg").contains("Named person");
    }
}
