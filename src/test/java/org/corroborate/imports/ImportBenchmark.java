package org.corroborate.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Import of 1,000 articles (about 400 words each) with 20 machine suggestions and 5 annotations each, as JSON
 * Lines in one upload, through {@link ImportService} into a fresh project (H2 in memory), after one warm-up
 * import of 100. Prints articles per second; goal ≥ 200. Run:
 * {@code ./mvnw -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ImportBenchmark}
 */
@CorroborateIntegrationTest
class ImportBenchmark {

    private static final String[] WORDS = {
        "minister",
        "said",
        "budget",
        "would",
        "grow",
        "by",
        "4.5%",
        "next",
        "year",
        "officials",
        "told",
        "reporters",
        "the",
        "talks",
        "resumed",
        "on",
        "Tuesday",
        "in",
        "Kyiv",
        "aid"
    };

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    static byte[] jsonl(int articles, long seed) {
        StringBuilder out = new StringBuilder();
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder("Headline " + seed + "-" + a + "\n");
            // Half the words from a small common vocabulary, half from 5,000 rarer ones (skewed to the first):
            // articles share words as news does, without all being rewrites of one another (which would flag
            // every pair as near-duplicates and time those instead).
            java.util.Random random = new java.util.Random(seed * 1_000_003L + a);
            for (int i = 0; i < 400; i++) {
                String word = random.nextBoolean()
                        ? WORDS[random.nextInt(WORDS.length)]
                        : "w" + Integer.toString((int) (5000 * Math.pow(random.nextDouble(), 2)), 36);
                text.append(word).append(i % 12 == 11 ? ".\n" : " ");
            }
            String t = text.toString();
            out.append("{\"title\":\"Headline ")
                    .append(seed)
                    .append('-')
                    .append(a)
                    .append("\",\"text\":\"")
                    .append(t.replace("\n", "\\n"))
                    .append("\",\"spans\":[");
            int step = (t.length() - 20) / 25;
            for (int s = 0; s < 25; s++) {
                int start = s * step;
                while (t.charAt(start) == ' ' || t.charAt(start) == '\n') {
                    start++;
                }
                if (s > 0) {
                    out.append(',');
                }
                boolean suggestion = s < 20;
                out.append("{\"start\":")
                        .append(start)
                        .append(",\"end\":")
                        .append(start + 8)
                        .append(",\"layer\":\"claim\",\"label\":\"factual\",\"annotator\":\"annotator\"")
                        .append(suggestion ? ",\"detector\":\"figures\",\"review\":\"pending\"" : "")
                        .append('}');
            }
            out.append("]}\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private double run(int articles, long seed) {
        ProjectSummary project = DemoData.newProject(projects, "Import benchmark");
        SystemAuthentication.runAsSystem(() -> projects.setMember(project.id(), "manager", ProjectRole.MANAGER));
        byte[] file = jsonl(articles, seed);
        long start = System.nanoTime();
        ImportReport report = DemoData.asUser(
                "manager", () -> imports.importFiles(project.id(), List.of(new UploadedFile("benchmark.jsonl", file))));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report.imported().size() != articles) {
            throw new AssertionError(report.summary());
        }
        System.out.println("ImportBenchmark: " + report.summary());
        return articles / seconds;
    }

    @Test
    void import_of_1000_articles_with_suggestions() {
        int articles = Integer.getInteger("import.benchmark.articles", 1000);
        run(100, 1);
        double perSecond = run(articles, 2);
        System.out.printf(
                Locale.ROOT,
                "ImportBenchmark: %,d articles with %,d annotations (%,d suggestions):" + " %.0f articles/s%n",
                articles,
                articles * 25,
                articles * 20,
                perSecond);
    }
}
