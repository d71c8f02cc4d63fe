package org.corroborate.annotation.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.PageClock;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.imports.ImportService;
import org.corroborate.labels.LabelSet;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The editor at the size where other tools slow down: a 10,000-word article with 1,000 saved annotations,
 * opened and annotated in Chromium through the real view, service and database. Prints its figures; it
 * asserts nothing about time (see BENCHMARKS.md). Run:
 * {@code ./mvnw -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AnnotationEditorBenchmark}
 */
class AnnotationEditorBenchmark extends BrowserTest {

    private static final int OPENINGS = 7;
    /** Openings before those measured, as a server that has been in use has run this code before. */
    private static final int WARM_UP = 3;

    private static final int CREATES = 60;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    AnnotationService annotations;

    @Test
    void opening_and_annotating_a_ten_thousand_word_article_with_a_thousand_annotations() {
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Benchmark",
                Map.of("annotator", ProjectRole.ANNOTATOR),
                "benchmark.txt",
                "Benchmark article\n" + BenchmarkText.text());
        ProjectSummary project = fixture.project();
        long articleId = fixture.articleId();
        String text = DemoData.asUser(
                "annotator", () -> annotations.open(project.id(), articleId).text());
        DemoData.asUser("annotator", () -> annotations.createAll(project.id(), articleId, spans(text)));

        // The service alone (transaction, checks, insert), without browser or network.
        List<Long> service = new ArrayList<>();
        List<SpanRequest> extra = spans(text).subList(0, CREATES);
        for (SpanRequest request : extra) {
            long t0 = System.nanoTime();
            DemoData.asUser("annotator", () -> annotations.create(project.id(), articleId, request));
            service.add((System.nanoTime() - t0) / 1_000_000);
        }

        signIn("annotator", DemoData.PASSWORD);
        String editorUrl = url("projects/" + project.id() + "/articles/" + articleId + "/annotate");
        String usable = editorUsable(1000 + CREATES);
        // Typing the editor's address (or reloading it): the whole application loads, then the editor.
        List<Long> loading = new ArrayList<>();
        for (int i = -WARM_UP; i < OPENINGS; i++) {
            page.navigate(url(""));
            page.navigate(editorUrl);
            long shown = Math.round(PageClock.sinceNavigation(page, usable));
            if (i >= 0) {
                loading.add(shown);
            }
        }
        // The usual way in: "Annotate" on the article's page, inside the running application.
        List<Long> opening = new ArrayList<>();
        for (int i = -WARM_UP; i < OPENINGS; i++) {
            page.navigate(url("projects/" + project.id() + "/articles/" + articleId));
            page.locator("#annotate").waitFor();
            PageClock.watch(page, "click", null, Map.of("usable", usable));
            page.locator("#annotate").click();
            long shown = Math.round(PageClock.at(PageClock.seen(page, 1), "usable"));
            if (i >= 0) {
                opening.add(shown);
            }
        }

        page.locator("#layer-claim").click();
        page.locator("#annotation-editor").focus();
        List<Long> creating = new ArrayList<>();
        List<Long> visible =
                new ArrayList<>(); // key press to the span drawn (provisionally, before the server answers)
        List<Long> roundTrip = new ArrayList<>(); // key press to the server's answer received: the span is saved
        List<Long> settled = new ArrayList<>(); // key press to the saved span drawn in place of the provisional one
        for (int i = 0; i < CREATES; i++) {
            page.keyboard().press("ArrowRight");
            page.keyboard().press("Shift+ArrowRight");
            page.keyboard().press("1");
            int before = ((Number) page.evaluate("() => document.querySelector('#annotation-editor').spans.size"))
                    .intValue();
            String spans = "document.querySelector('#annotation-editor').spans";
            PageClock.watch(
                    page,
                    "keydown",
                    "Enter",
                    Map.of(
                            "visible", spans + ".size > " + before,
                            // The response to the key press comes after the server committed the span: that is "saved".
                            "saved", PageClock.SERVER_ANSWERED,
                            // The saved span replaces the provisional one: same count, a database id.
                            "settled",
                                    spans + ".size === " + (before + 1) + " && [..." + spans
                                            + ".keys()].every(k => !k.startsWith('provisional'))"));
            page.keyboard().press("Enter");
            Map<String, Double> seen = PageClock.seen(page, 3);
            visible.add(Math.round(PageClock.at(seen, "visible")));
            roundTrip.add(Math.round(PageClock.at(seen, "saved")));
            creating.add(Math.round(Math.max(PageClock.at(seen, "visible"), PageClock.at(seen, "saved"))));
            settled.add(Math.round(PageClock.at(seen, "settled")));
            page.keyboard().press("Escape");
        }
        screenshot("editor-benchmark-view");
        long saved = DemoData.asUser(
                "annotator",
                () -> annotations.open(project.id(), articleId).annotations().size());
        String bundle = PageClock.bundle(page);
        System.out.printf(
                "EDITOR BENCHMARK (%s; 10,000 words, 1,000 annotations): open to usable from the article's"
                        + " Annotate button median %d ms, max %d ms; loading the editor's address median %d ms, max %d ms;"
                        + " create visible and saved p50 %d ms, p95 %d ms, max %d ms over %d creates"
                        + " (visible p95 %d ms, saved p95 %d ms, saved span drawn p50 %d ms, p95 %d ms); %d saved;"
                        + " service create alone p50 %d ms, p95 %d ms%n",
                bundle,
                percentile(opening, 50),
                percentile(opening, 100),
                percentile(loading, 50),
                percentile(loading, 100),
                percentile(creating, 50),
                percentile(creating, 95),
                percentile(creating, 100),
                CREATES,
                percentile(visible, 95),
                percentile(roundTrip, 95),
                percentile(settled, 50),
                percentile(settled, 95),
                saved,
                percentile(service, 50),
                percentile(service, 95));
    }

    /**
     * The editor is usable: every span is in the component, highlights are painted, and the side list shows a
     * row with its text.
     */
    private static String editorUsable(int spans) {
        return "(() => { const el = document.querySelector('#annotation-editor');"
                + " if (!el || !el.spans || el.spans.size !== " + spans + " || !el.shadowRoot"
                + " || el.shadowRoot.querySelectorAll('mark').length === 0) return false;"
                + " const list = document.querySelector('#annotation-list');"
                + " const row = list && list.shadowRoot && list.shadowRoot.querySelector('#items tr:not([hidden])');"
                + " const slot = row && row.querySelector('slot');"
                + " const cell = slot && slot.assignedElements()[0];"
                + " return !!cell && cell.textContent.trim().length > 0 && cell.getBoundingClientRect().height > 0; })()";
    }

    /** 1,000 spans of one to six words over claims, sources and figures, seeded. */
    private static List<SpanRequest> spans(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}.]+").matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<ProjectLabel> labels = LabelSet.defaults().labels().stream()
                .filter(l -> l.layer() != Layer.ATTRIBUTION)
                .toList();
        Random random = new Random(11);
        List<SpanRequest> spans = new ArrayList<>();
        while (spans.size() < 1_000) {
            int w = random.nextInt(words.size() - 8);
            int end = words.get(w + random.nextInt(6))[1];
            if (text.substring(words.get(w)[0], end).contains("\n")) {
                continue;
            }
            ProjectLabel label = labels.get(random.nextInt(labels.size()));
            spans.add(SpanRequest.of(label.layer(), label.code(), words.get(w)[0], end));
        }
        return spans;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
