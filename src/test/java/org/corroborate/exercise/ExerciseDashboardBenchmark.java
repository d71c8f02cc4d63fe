package org.corroborate.exercise;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleService;
import org.corroborate.curation.CurationService;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opening the class dashboard of a class of 200 students on an exercise of 10 articles with 50 gold items each:
 * {@link ExerciseService#dashboard} reads the gold, the texts and 200 submitted attempts (about 90,000 spans) and
 * scores them, with the per-item hit rates, false positives and the word heat map. The data is put in place through
 * the services where it is small (articles, gold, the exercise) and written straight to the tables where it is large
 * (students and their spans). Prints its figures; asserts nothing about time (BENCHMARKS.md). Run:
 * {@code ./mvnw -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ExerciseDashboardBenchmark}
 */
@CorroborateIntegrationTest
@SuppressWarnings("NullAway") // ids the generator has just inserted are read back without re-checking
class ExerciseDashboardBenchmark {

    @Autowired
    ExerciseService exercises;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    CurationService curation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void opening_the_dashboard_of_two_hundred_students() {
        ProjectSummary project = DemoData.newProject(projects, "Class benchmark");
        long projectId = project.id();
        Random random = new Random(42);
        List<UploadedFile> files = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            StringBuilder text = new StringBuilder("Benchmark article " + a + "\n");
            for (int s = 0; s < 50; s++) {
                text.append("In report ")
                        .append(a)
                        .append('-')
                        .append(s)
                        .append(" an official said the talks on item ")
                        .append(s)
                        .append(" had stalled while ministers met again. ");
            }
            files.add(new UploadedFile("bench-" + a + ".txt", text.toString().getBytes(StandardCharsets.UTF_8)));
        }
        List<Long> articleIds = new ArrayList<>();
        List<List<int[]>> goldByArticle = new ArrayList<>();
        SystemAuthentication.runAsSystem(() -> {
            imports.importFiles(projectId, files).imported().forEach(a -> articleIds.add(a.id()));
            for (long id : articleIds) {
                String text = articles.get(projectId, id).cleanedText();
                List<int[]> gold = new ArrayList<>();
                int at = text.indexOf("an official");
                while (at >= 0) {
                    gold.add(new int[] {at, at + "an official".length()});
                    curation.add(
                            projectId,
                            id,
                            SpanRequest.of(Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, at, at + "an official".length()));
                    at = text.indexOf("an official", at + 1);
                }
                goldByArticle.add(gold);
            }
        });
        ExerciseSummary exercise = SystemAuthentication.runAsSystem(() -> exercises.create(
                projectId,
                new ExerciseSettings(
                        "Class of 200",
                        "",
                        Set.of(ExerciseTask.ANONYMOUS_SOURCES),
                        articleIds,
                        null,
                        null,
                        1,
                        FeedbackTiming.AFTER_SUBMIT,
                        false,
                        ScoringRules.DEFAULTS)));
        long suffix = System.nanoTime() % 1_000_000L;
        Timestamp now = Timestamp.from(Instant.now());
        int spans = 0;
        for (int s = 0; s < 200; s++) {
            String username = "bench" + suffix + "-" + s;
            jdbc.update(
                    "insert into app_user (username, display_name, password_hash, site_admin, enabled, created_at,"
                            + " version) values (?, ?, 'x', false, true, ?, 0)",
                    username,
                    "Student " + s,
                    now);
            long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
            jdbc.update(
                    "insert into project_member (project_id, user_id, role) values (?, ?, 'STUDENT')",
                    projectId,
                    userId);
            jdbc.update(
                    "insert into exercise_student (exercise_id, user_id, joined_at) values (?, ?, ?)",
                    exercise.id(),
                    userId,
                    now);
            jdbc.update(
                    "insert into exercise_attempt (exercise_id, user_id, attempt_number, started_at, submitted_at,"
                            + " active_seconds, version) values (?, ?, 1, ?, ?, 600, 0)",
                    exercise.id(),
                    userId,
                    now,
                    now);
            long attemptId = jdbc.queryForObject(
                    "select id from exercise_attempt where exercise_id = ? and user_id = ?",
                    Long.class,
                    exercise.id(),
                    userId);
            List<Object[]> rows = new ArrayList<>();
            for (int a = 0; a < articleIds.size(); a++) {
                for (int[] g : goldByArticle.get(a)) {
                    if (random.nextDouble() < 0.8) {
                        int start = Math.max(0, g[0] + random.nextInt(3) - 1);
                        rows.add(new Object[] {
                            attemptId,
                            articleIds.get(a),
                            "SOURCE",
                            random.nextDouble() < 0.1 ? Labels.UNNAMED_GROUP : Labels.UNNAMED_INDIVIDUAL,
                            start,
                            g[1],
                            "x",
                            now
                        });
                    }
                }
                for (int k = 0; k < 5; k++) {
                    int start = random.nextInt(3_000);
                    rows.add(new Object[] {
                        attemptId,
                        articleIds.get(a),
                        "SOURCE",
                        Labels.UNNAMED_GROUP,
                        start,
                        start + 5 + random.nextInt(15),
                        "x",
                        now
                    });
                }
            }
            jdbc.batchUpdate(
                    "insert into exercise_attempt_span (attempt_id, article_id, layer, label, start_offset,"
                            + " end_offset, quote, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
            spans += rows.size();
        }
        List<Double> millis = new ArrayList<>();
        ClassDashboard last = null;
        for (int run = 0; run < 10; run++) {
            long t0 = System.nanoTime();
            last = SystemAuthentication.runAsSystem(() -> exercises.dashboard(projectId, exercise.id()));
            if (run >= 3) {
                millis.add((System.nanoTime() - t0) / 1e6);
            }
        }
        millis.sort(Double::compare);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK exercise dashboard: students=%d gold=%d spans=%d items=%d%n",
                last.students().size(),
                last.items().size(),
                spans,
                last.items().size());
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK exercise dashboard: runs=%d median=%.0f ms min=%.0f ms max=%.0f ms%n",
                millis.size(),
                millis.get(millis.size() / 2),
                millis.getFirst(),
                millis.getLast());
    }
}
