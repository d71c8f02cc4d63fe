package org.corroborate.annotation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.Eventually;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 5 MB article on one line (a page scraped without line breaks, the import limit's size) renders in the editor:
 * its long paragraph is drawn in blocks that the browser lays out only near the screen, and offsets stay exact
 * across them. The text is generated here: every word carries its number, so any two neighbours are unique.
 */
class LongArticleEditorIT extends BrowserTest {

    private static final int CHARS = 5_000_000;
    private static final String END = "and here the long line finally ends";
    private static final String TEXT = "document.querySelector('#annotation-editor').shadowRoot.querySelector('.text')";

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    AnnotationService annotations;

    @Test
    void a_five_megabyte_one_line_article_scrolls_to_its_end_and_takes_spans_there_and_across_blocks() {
        String[] words = {
            "officials",
            "said",
            "the",
            "ministry",
            "reported",
            "about",
            "percent",
            "of",
            "aid",
            "in",
            "Kyiv",
            "on",
            "Tuesday",
            "according",
            "to",
            "a",
            "senior",
            "source"
        };
        StringBuilder line = new StringBuilder(CHARS);
        for (int i = 0; line.length() < CHARS - 200; i++) {
            line.append(words[i % words.length]).append(i).append(' ');
        }
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Long line editor",
                Map.of("annotator", ProjectRole.ANNOTATOR),
                "long-line.txt",
                "A very long page\n" + line + END + "\n");
        long projectId = fixture.project().id();
        long articleId = fixture.articleId();
        String stored = DemoData.asUser(
                "annotator", () -> annotations.open(projectId, articleId).text());
        assertThat(stored).hasSizeGreaterThan(CHARS - 300).contains(END);

        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + projectId + "/articles/" + articleId + "/annotate"));
        assertThat(page.locator("#annotation-editor .text .blk").first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        int blocks = page.locator("#annotation-editor .text .blk").count();
        assertThat(blocks).as("blocks of the long line").isGreaterThan(CHARS / 5_000);

        // Scrolled to the bottom, the last characters of the text are on screen (blocks far away were never drawn,
        // so the scroll height settles as they are; the check scrolls again until it has).
        page.waitForFunction(
                "end => { const t = " + TEXT + "; t.scrollTop = t.scrollHeight;"
                        + " const w = document.createTreeWalker(t, NodeFilter.SHOW_TEXT); let hit = null;"
                        + " for (let n = w.nextNode(); n; n = w.nextNode()) if (n.data.includes(end)) hit = n;"
                        + " if (!hit) return false; const r = document.createRange(); const i = hit.data.indexOf(end) + end.length;"
                        + " r.setStart(hit, i - 1); r.setEnd(hit, i); const b = r.getBoundingClientRect();"
                        + " const c = t.getBoundingClientRect(); return b.height > 0 && b.top >= c.top && b.bottom <= c.bottom; }",
                END,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        screenshot("long-article-end");

        // A span across the last two blocks: from inside the last word of one to inside the first word of the next.
        List<?> boundary = (List<?>) page.evaluate("() => { const b = [..." + TEXT + ".querySelectorAll('.blk')];"
                + " const prev = b[b.length - 2].textContent; const next = b[b.length - 1].textContent;"
                + " return [prev.match(/\\S+\\s+$/)[0], next.match(/^\\S+/)[0]]; }");
        String across = boundary.get(0) + String.valueOf(boundary.get(1));
        int acrossStart = stored.indexOf(across);
        assertThat(acrossStart).as("'%s' in the stored text", across).isPositive();
        double[] points = acrossTheLastBoundary();
        page.mouse().move(points[0], points[1]);
        page.mouse().down();
        page.mouse().move(points[2], points[3], new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        assertThat(page.locator("#annotation-editor #status-what")).containsText(across.replaceAll("\\s+", " "));
        page.keyboard().press("1");
        page.keyboard().press("Enter");
        awaitSaved(projectId, articleId, acrossStart, acrossStart + across.length());

        // And one at the very end of the text.
        new EditorDriver(page, "#annotation-editor").select(END);
        assertThat(page.locator("#annotation-editor #status-what")).containsText(END);
        page.keyboard().press("1");
        page.keyboard().press("Enter");
        int endStart = stored.lastIndexOf(END);
        awaitSaved(projectId, articleId, endStart, endStart + END.length());
        assertThat(page.locator("#annotation-editor mark[title]")
                        .filter(new Locator.FilterOptions().setHasText("finally"))
                        .first())
                .isInViewport();
        screenshot("long-article-span-at-the-end");

        // The reader shows the same line in blocks too, and its end once scrolled there.
        page.navigate(url("projects/" + projectId + "/articles/" + articleId));
        Locator lastBlock = page.locator("#article-text .long-paragraph .blk").last();
        assertThat(lastBlock).containsText(END, new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#article-text .long-paragraph .blk")).hasCount(blocks);
        // Its last character is what the page shows at its place once the block is scrolled to (settling heights).
        page.waitForFunction(
                "end => { const b = [...document.querySelectorAll('#article-text .blk')].pop();"
                        + " b.scrollIntoView({block: 'end'}); const n = b.firstChild; const i = n.data.lastIndexOf(end) + end.length;"
                        + " const r = document.createRange(); r.setStart(n, i - 1); r.setEnd(n, i); const x = r.getBoundingClientRect();"
                        + " return x.height > 0 && document.elementFromPoint(x.x + x.width / 2, x.y + x.height / 2) === b; }",
                END,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        screenshot("long-article-reader-end");
    }

    @Test
    void a_paragraph_of_twenty_thousand_characters_wraps_as_one_paragraph_in_the_editor_and_the_reader() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 20_000; i++) {
            line.append("word").append(i).append(i % 7 == 0 ? ", " : " ");
        }
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Long paragraph",
                Map.of("annotator", ProjectRole.ANNOTATOR),
                "long-paragraph.txt",
                "A long paragraph\n" + line + "\n");
        long projectId = fixture.project().id();
        long articleId = fixture.articleId();
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + projectId + "/articles/" + articleId + "/annotate"));
        assertThat(page.locator("#annotation-editor .text .blk").first()).isAttached();
        assertThat(page.locator("#annotation-editor .text .blk").count())
                .as("re-rendered in blocks")
                .isGreaterThan(4);
        // Laid out as one, the paragraph is exactly as tall as the same text in one piece: no line ends at a block.
        Object heights =
                page.evaluate("() => { const t = " + TEXT + "; const p = t.querySelector('.blk').parentElement;"
                        + " const c = document.createElement('div'); c.className = p.className; c.textContent = p.textContent;"
                        + " p.after(c); const h = [p.getBoundingClientRect().height, c.getBoundingClientRect().height];"
                        + " c.remove(); return h; }");
        List<?> h = (List<?>) heights;
        assertThat(((Number) h.get(0)).doubleValue())
                .as("the paragraph's height, blocks and all")
                .isCloseTo(((Number) h.get(1)).doubleValue(), within(1.0));
        screenshot("long-paragraph-editor");

        page.navigate(url("projects/" + projectId + "/articles/" + articleId));
        assertThat(page.locator("#article-text")).containsText("word1999");
        assertThat(page.locator("#article-text .blk")).hasCount(0);
    }

    /**
     * Where the third-last character of the last-but-one block and the second character of the last block are on
     * screen ([x, y, x, y]), once the boundary between them is scrolled to the middle of the text.
     */
    private double[] acrossTheLastBoundary() {
        List<?> r = (List<?>) page.evaluate("() => { const t = " + TEXT + ";"
                + " const b = [...t.querySelectorAll('.blk')];"
                + " const at = (blk, k) => { const w = document.createTreeWalker(blk, NodeFilter.SHOW_TEXT);"
                + "  let i = k < 0 ? blk.textContent.length + k : k;"
                + "  for (let n = w.nextNode(); n; n = w.nextNode()) { if (i < n.data.length) {"
                + "   const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1); return r; }"
                + "   i -= n.data.length; } return null; };"
                + " const from = at(b[b.length - 2], -3); const to = at(b[b.length - 1], 1);"
                + " const c = t.getBoundingClientRect(); const f = from.getBoundingClientRect();"
                + " t.scrollTop += (f.top + f.bottom) / 2 - (c.top + c.bottom) / 2;"
                + " const x = from.getBoundingClientRect(); const y = to.getBoundingClientRect();"
                + " return [x.x + x.width / 2, x.y + x.height / 2, y.x + y.width / 2, y.y + y.height / 2]; }");
        return r.stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray();
    }

    private void awaitSaved(long projectId, long articleId, int start, int end) {
        Eventually.value(
                Duration.ofSeconds(20),
                () -> DemoData.asUser("annotator", () -> annotations.mine(projectId, articleId)),
                (List<AnnotationView> all) -> all.stream().anyMatch(v -> v.start() == start && v.end() == end),
                "a span saved at " + start + "–" + end);
    }
}
