package org.corroborate.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Archiving and restoring a project of 500 articles with two annotators' sets of 100 spans each (100,000 spans, a
 * quarter with an attribute): the time of {@link ProjectArchiveService#write} into a file and of
 * {@link ProjectArchiveService#read} from it, the file's size and the JVM's heap peak (which holds the app and the in-memory test database too). Articles come in through the
 * import; the sets and spans are written straight to the tables. Prints its figures; asserts nothing about time
 * (BENCHMARKS.md). Run: {@code ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ProjectArchiveBenchmark -Dcorroborate.test.postgres.skip=true}
 */
@CorroborateIntegrationTest
@SuppressWarnings("NullAway") // ids the generator has just inserted are read back without re-checking
class ProjectArchiveBenchmark {

    private static final int ARTICLES = 500;
    private static final int SPANS_PER_SET = 100;

    @Autowired
    ProjectArchiveService archives;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void archiving_and_restoring_a_hundred_thousand_spans() throws IOException {
        ProjectSummary project = DemoData.newProject(projects, "Archive benchmark");
        List<Long> articleIds = new ArrayList<>();
        for (int batch = 0; batch < ARTICLES; batch += 100) {
            List<UploadedFile> files = new ArrayList<>();
            for (int a = batch; a < batch + 100; a++) {
                StringBuilder text = new StringBuilder("Archive benchmark article " + a + "\n");
                for (int s = 0; s < SPANS_PER_SET; s++) {
                    text.append("Report ").append(a).append('-').append(s).append(" says officials met again. ");
                }
                files.add(
                        new UploadedFile("bench-" + a + ".txt", text.toString().getBytes(StandardCharsets.UTF_8)));
            }
            SystemAuthentication.runAsSystem(
                    () -> imports.importFiles(project.id(), files).imported().forEach(a -> articleIds.add(a.id())));
        }
        Timestamp now = Timestamp.from(Instant.now());
        int spans = 0;
        for (long article : articleIds) {
            String text = jdbc.queryForObject("select cleaned_text from article where id = ?", String.class, article);
            for (String annotator : List.of("annotator", "annotator2")) {
                jdbc.update(
                        "insert into annotation_set (article_id, annotator, status, created_at, updated_at,"
                                + " version, kind, active_seconds) values (?, ?, 'FINISHED', ?, ?, 0, 'ANNOTATOR', 60)",
                        article,
                        annotator,
                        now,
                        now);
                long set = jdbc.queryForObject(
                        "select id from annotation_set where article_id = ? and annotator = ?",
                        Long.class,
                        article,
                        annotator);
                List<Object[]> rows = new ArrayList<>();
                int at = text.indexOf("officials");
                while (at >= 0) {
                    rows.add(new Object[] {set, at, at + 9, now, now, annotator});
                    at = text.indexOf("officials", at + 1);
                }
                jdbc.batchUpdate(
                        "insert into annotation (set_id, layer, label, start_offset, end_offset, quote, prefix,"
                                + " suffix, anchor_state, created_at, updated_at, version, created_by) values (?, 'SOURCE',"
                                + " 'unnamed-group', ?, ?, 'officials', '', '', 'ANCHORED', ?, ?, 0, ?)",
                        rows);
                spans += rows.size();
            }
        }
        jdbc.update(
                "insert into annotation_attribute (annotation_id, name, attr_value) select n.id, 'sourceType',"
                        + " 'official' from annotation n join annotation_set s on s.id = n.set_id join article a"
                        + " on a.id = s.article_id where a.project_id = ? and mod(n.id, 4) = 0",
                project.id());
        System.out.printf("ProjectArchiveBenchmark: %d articles, %d spans%n", articleIds.size(), spans);

        Path zip = dir.resolve("bench.zip");
        for (int round = 0; round < 2; round++) {
            resetPeaks();
            long start = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(zip)) {
                SystemAuthentication.runAsSystem(() -> archives.write(project.id(), out));
            }
            long wrote = System.nanoTime() - start;
            long writeHeap = peakHeap();
            resetPeaks();
            start = System.nanoTime();
            ArchiveSummary restored;
            try (InputStream in = Files.newInputStream(zip)) {
                restored = SystemAuthentication.runAsSystem(
                        () -> archives.read(in, "Archive benchmark copy " + System.nanoTime()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long read = System.nanoTime() - start;
            System.out.printf(
                    "ProjectArchiveBenchmark round %d: write %.1f s (JVM heap peak %d MB), file %.1f MB,"
                            + " restore %.1f s (JVM heap peak %d MB), %d spans restored%n",
                    round,
                    wrote / 1e9,
                    writeHeap >> 20,
                    Files.size(zip) / 1e6,
                    read / 1e9,
                    peakHeap() >> 20,
                    restored.count("annotations.jsonl"));
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap pools' peaks summed: an upper bound of the heap in use. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
