package org.corroborate.annotation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A class at work on one node (issue 17). Users are driven from threads through the services the editor calls
 * (transactions, checks, database): a browser per user is too heavy for the 2 cores this runs on. The heap of a
 * Vaadin session is measured with real editor pages in Chromium. Prints figures, asserts only correctness (0 lost
 * updates, 0 failures). Run:
 * {@code ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoadBenchmark}
 * (add {@code -Dcorroborate.test.postgres.skip=false} for the PostgreSQL pass too).
 */
class LoadBenchmark extends BrowserTest {

    private static final int ANNOTATORS = 50;
    private static final int EDITS_EACH = 40;
    private static final int CLASS_SIZE = 200;
    private static final int SESSIONS = 12;
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    UserService users;

    private List<String> newUsers(String prefix, int count, TeamWork team) {
        String run = prefix + (System.nanoTime() % 100_000);
        List<String> names = new ArrayList<>();
        SystemAuthentication.runAsSystem(() -> {
            for (int i = 0; i < count; i++) {
                String name = run + "u" + i;
                users.createUser(name, name, "load test password " + i, false);
                projects.setMember(team.projectId(), name, ProjectRole.ANNOTATOR);
                names.add(name);
            }
            return null;
        });
        return names;
    }

    /** 50 annotators at once on the same article: each creates a span, then changes it, EDITS_EACH times. */
    @Test
    void fifty_annotators_editing_at_once() throws Exception {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Load");
        List<String> annotators = newUsers("load", ANNOTATORS, team);
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(team.text());
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<String> affiliations = Attributes.AFFILIATIONS;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger lost = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        long wall;
        try (ExecutorService pool = Executors.newFixedThreadPool(ANNOTATORS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int u = 0; u < ANNOTATORS; u++) {
                String user = annotators.get(u);
                int offset = u;
                done.add(pool.submit(() -> DemoData.asUser(user, () -> {
                    Map<Long, String> expected = new HashMap<>();
                    try {
                        start.await();
                        for (int i = 0; i < EDITS_EACH; i++) {
                            int[] w = words.get((offset * 7 + i) % words.size());
                            AnnotationView created = timed(
                                    latencies,
                                    () -> annotations.create(
                                            team.projectId(),
                                            team.articleId(),
                                            SpanRequest.of(Layer.SOURCE, Labels.NAMED_PERSON, w[0], w[1])));
                            String affiliation = affiliations.get((offset + i) % affiliations.size());
                            AnnotationView changed = timed(
                                    latencies,
                                    () -> annotations.update(
                                            team.projectId(),
                                            team.articleId(),
                                            created.id(),
                                            created.version(),
                                            created.label(),
                                            Map.of(Attributes.AFFILIATION, affiliation)));
                            expected.put(changed.id(), affiliation);
                        }
                    } catch (Exception e) {
                        failures.add(user + ": " + e);
                    }
                    // Every save this user was told succeeded is there, as saved.
                    for (AnnotationView v : annotations.mine(team.projectId(), team.articleId())) {
                        String want = expected.remove(v.id());
                        if (want != null && !want.equals(v.attribute(Attributes.AFFILIATION))) {
                            lost.incrementAndGet();
                        }
                    }
                    lost.addAndGet(expected.size());
                    return null;
                })));
            }
            long w0 = System.nanoTime();
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            wall = (System.nanoTime() - w0) / 1_000_000;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "Load: %d annotators × %d create+update on one article, %d saves in %,d ms (%.0f saves/s);"
                        + " save p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; lost updates %d; failures %d %s%n",
                ANNOTATORS,
                EDITS_EACH,
                sorted.size(),
                wall,
                sorted.size() * 1000.0 / wall,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.getLast(),
                lost.get(),
                failures.size(),
                failures.stream().limit(3).toList());
        org.assertj.core.api.Assertions.assertThat(lost.get()).isZero();
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    /** A class of 200 opens the same article in the editor at the same moment. */
    @Test
    void two_hundred_students_open_the_same_article_at_once() throws Exception {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Class");
        List<String> students = newUsers("class", CLASS_SIZE, team);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        long wall;
        try (ExecutorService pool = Executors.newFixedThreadPool(CLASS_SIZE)) {
            List<Future<?>> done = new ArrayList<>();
            for (String student : students) {
                done.add(pool.submit(() -> DemoData.asUser(student, () -> {
                    try {
                        start.await();
                        timed(latencies, () -> annotations.open(team.projectId(), team.articleId()));
                    } catch (Exception e) {
                        failures.add(student + ": " + e);
                    }
                    return null;
                })));
            }
            long w0 = System.nanoTime();
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            wall = (System.nanoTime() - w0) / 1_000_000;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "Class: %d students open one article at once: all opened in %,d ms; open p50 %d ms,"
                        + " p95 %d ms, max %d ms; failures %d %s%n",
                CLASS_SIZE,
                wall,
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.getLast(),
                failures.size(),
                failures.stream().limit(3).toList());
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    /** Heap kept per signed-in user with the editor open: SESSIONS browser contexts, heap after GC before and after. */
    @Test
    void heap_of_one_vaadin_session_with_the_editor_open() {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Heap");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        String editor = url("projects/" + team.projectId() + "/articles/" + team.articleId() + "/annotate");
        // One session first, so classes and caches loaded once are not counted per user.
        Page first = signedInPage("annotator", DemoData.PASSWORD);
        first.navigate(editor);
        assertThat(first.locator("#annotation-list")).isVisible();
        long before = heapAfterGc();
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            Page p = signedInPage("annotator", DemoData.PASSWORD);
            p.navigate(editor);
            assertThat(p.locator("#annotation-list")).isVisible();
            pages.add(p);
        }
        long after = heapAfterGc();
        long perSession = (after - before) / SESSIONS;
        long maxHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        System.out.printf(
                "Heap: %d sessions with the editor open: %,d KB after GC (before %,d KB); %,d KB per session;"
                        + " a 1 GB heap holds ~%,d such sessions above a %,d MB base (max heap here %,d MB)%n",
                SESSIONS,
                after / 1024,
                before / 1024,
                perSession / 1024,
                perSession <= 0 ? 0 : (1024L * 1024 * 1024 - before) / perSession,
                before / (1024 * 1024),
                maxHeap / (1024 * 1024));
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                // A benchmark's measurement, not a test's wait: lets reference processing and the collector's
                // concurrent work settle before the heap is read; the lowest of five readings counts.
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static <T> T timed(ConcurrentLinkedQueue<Long> latencies, java.util.function.Supplier<T> call) {
        long t0 = System.nanoTime();
        T result = call.get();
        latencies.add((System.nanoTime() - t0) / 1_000_000);
        return result;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
