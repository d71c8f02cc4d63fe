package org.corroborate.annotation.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.PageClock;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 5 MB article on one line (a scraped page without line breaks: the import limit's size) imported and opened in
 * the editor by its address in Chromium. Prints its figures, asserts nothing about time (BENCHMARKS.md). Run:
 * {@code ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LongArticleBenchmark}
 */
class LongArticleBenchmark extends BrowserTest {

    private static final int CHARS = 5_000_000;
    private static final int OPENINGS = 3;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    AnnotationService annotations;

    @Test
    void a_five_megabyte_one_line_article_imports_and_opens_in_the_editor() {
        StringBuilder line = new StringBuilder(CHARS + 100);
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
        for (int i = 0; line.length() < CHARS; i++) {
            line.append(words[(i * 7 + i / 13) % words.length]).append(i % 23 == 22 ? ". " : " ");
        }
        String text = "A very long page\n" + line.substring(0, CHARS - 20).trim() + ".\n";
        long t0 = System.nanoTime();
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects, imports, "Long line", Map.of("annotator", ProjectRole.ANNOTATOR), "long-line.txt", text);
        long importMs = (System.nanoTime() - t0) / 1_000_000;
        long s0 = System.nanoTime();
        int length = DemoData.asUser(
                "annotator",
                () -> annotations
                        .open(fixture.project().id(), fixture.articleId())
                        .text()
                        .length());
        long serviceMs = (System.nanoTime() - s0) / 1_000_000;

        signIn("annotator", DemoData.PASSWORD);
        String editorUrl = url("projects/" + fixture.project().id() + "/articles/" + fixture.articleId() + "/annotate");
        String editorText = "document.querySelector('#annotation-editor')?.shadowRoot?.querySelector('.text')";
        // First render: the long line's first block holds its text (all blocks do from then on; the browser lays
        // out and paints only those near the screen).
        String shown = "(() => { const t = " + editorText + "; const b = t && t.querySelector('.blk');"
                + " return !!b && b.textContent.length > 0 && b.getBoundingClientRect().height > 0; })()";
        String present = "document.querySelector('#annotation-editor') !== null";
        // To the end: from setting the scroll position to the bottom to the frame in which the text's last
        // character is inside the editor's visible area (scrolled again each frame while block heights settle).
        String toTheEnd = "() => new Promise(done => { const t = " + editorText + "; const t0 = performance.now();"
                + " const last = () => { const w = document.createTreeWalker(t, NodeFilter.SHOW_TEXT); let n = null;"
                + "  for (let x = w.nextNode(); x; x = w.nextNode()) if (x.data.trim()) n = x; return n; };"
                + " const node = last(); const i = node.data.trimEnd().length;"
                + " const r = document.createRange(); r.setStart(node, i - 1); r.setEnd(node, i);"
                + " const frame = () => { t.scrollTop = t.scrollHeight; const b = r.getBoundingClientRect();"
                + "  const c = t.getBoundingClientRect();"
                + "  if (b.height > 0 && b.top >= c.top && b.bottom <= c.bottom) done(performance.now() - t0);"
                + "  else requestAnimationFrame(frame); };"
                + " frame(); })";
        page.setDefaultTimeout(180_000);
        List<Long> openings = new ArrayList<>();
        List<Long> components = new ArrayList<>();
        List<Long> scrolls = new ArrayList<>();
        for (int i = 0; i < OPENINGS; i++) {
            page.navigate(url(""));
            page.navigate(editorUrl);
            components.add(Math.round(PageClock.sinceNavigation(page, present)));
            openings.add(Math.round(PageClock.sinceNavigation(page, shown)));
            scrolls.add(Math.round(((Number) page.evaluate(toTheEnd)).doubleValue()));
        }
        Collections.sort(openings);
        Collections.sort(scrolls);
        System.out.printf(
                "Long article: %,d characters on one line; import %,d ms; service open %,d ms; editor by"
                        + " address, component there %s ms, text shown: median %,d ms, max %,d ms (%s); scrolled to its end:"
                        + " median %,d ms, max %,d ms (%s)%n",
                length,
                importMs,
                serviceMs,
                components,
                openings.get(OPENINGS / 2),
                openings.getLast(),
                openings,
                scrolls.get(OPENINGS / 2),
                scrolls.getLast(),
                scrolls);
    }
}
