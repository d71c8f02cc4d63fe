package org.corroborate.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;

/**
 * Scoring a class: 200 students on an exercise of 10 articles with 50 gold items each (source mentions and
 * attribution parts), every student's submission generated (seeded) near the gold: about 80% of the items
 * marked with slightly shifted ends, one in ten with a wrong label, and five spurious spans per article. Times
 * scoring all 200 attempts (what re-scoring after a gold change and the dashboard's per-item hit rates need).
 * Run as described in BENCHMARKS.md; the argument is the number of timed runs.
 */
public final class ExerciseScoringBenchmark {

    private static final String[] SOURCE_LABELS = {
        Labels.NAMED_PERSON, Labels.UNNAMED_INDIVIDUAL, Labels.UNNAMED_GROUP, Labels.DOCUMENT, Labels.PRONOUN
    };
    private static final String[] PARTS = {Labels.SOURCE, Labels.CUE, Labels.CONTENT};

    private ExerciseScoringBenchmark() {}

    static List<ExerciseSpan> gold(int articles, int itemsPerArticle, Random random) {
        List<ExerciseSpan> gold = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            for (int i = 0; i < itemsPerArticle; i++) {
                int start = i * 80 + random.nextInt(20);
                int end = start + 5 + random.nextInt(40);
                boolean source = i % 2 == 0;
                gold.add(new ExerciseSpan(
                        "article-" + a,
                        source ? Layer.SOURCE : Layer.ATTRIBUTION,
                        start,
                        end,
                        source ? SOURCE_LABELS[random.nextInt(SOURCE_LABELS.length)] : PARTS[i / 2 % 3]));
            }
        }
        return gold;
    }

    static List<ExerciseSpan> student(List<ExerciseSpan> gold, int articles, int itemsPerArticle, Random random) {
        List<ExerciseSpan> spans = new ArrayList<>();
        for (ExerciseSpan g : gold) {
            if (random.nextDouble() >= 0.8) {
                continue;
            }
            int start = Math.max(0, g.start() + random.nextInt(5) - 2);
            int end = Math.max(start + 1, g.end() + random.nextInt(5) - 2);
            String label = random.nextDouble() < 0.1 ? "wrong" : g.label();
            spans.add(new ExerciseSpan(g.doc(), g.layer(), start, end, label));
        }
        for (int a = 0; a < articles; a++) {
            for (int k = 0; k < 5; k++) {
                int start = random.nextInt(itemsPerArticle * 80);
                spans.add(new ExerciseSpan(
                        "article-" + a, Layer.SOURCE, start, start + 3 + random.nextInt(20), Labels.DOCUMENT));
            }
        }
        return spans;
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int students = 200;
        int articles = 10;
        int items = 50;
        Random random = new Random(42);
        List<ExerciseSpan> gold = gold(articles, items, random);
        List<List<ExerciseSpan>> submissions = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            submissions.add(student(gold, articles, items, random));
        }
        ExerciseScorer scorer = new ExerciseScorer(ScoringRules.DEFAULTS);
        for (int i = 0; i < 3; i++) {
            submissions.forEach(s -> scorer.score(gold, s)); // warm-up
        }
        List<Double> millis = new ArrayList<>();
        double sum = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            sum = 0;
            for (List<ExerciseSpan> submission : submissions) {
                sum += scorer.score(gold, submission).total().score().orElse(0);
            }
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        millis.sort(Double::compare);
        int spans = submissions.stream().mapToInt(List::size).sum();
        System.out.printf(
                Locale.ROOT,
                "students=%d articles=%d gold=%d submitted spans=%d mean score=%.3f%n",
                students,
                articles,
                gold.size(),
                spans,
                sum / students);
        System.out.printf(
                Locale.ROOT,
                "runs=%d median=%.0f ms min=%.0f ms max=%.0f ms%n",
                runs,
                millis.get(millis.size() / 2),
                millis.getFirst(),
                millis.getLast());
    }
}
