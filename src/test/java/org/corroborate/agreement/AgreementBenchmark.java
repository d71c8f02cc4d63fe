package org.corroborate.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.corroborate.scheme.Layer;

/**
 * Agreement over 100,000 units (span positions): three annotators, five labels, about 85% agreement, 5% of
 * positions missed by one annotator, spread over 1,000 articles of 100 positions. Times the whole report
 * ({@link SpanAgreement#analyse}: building the studies, Fleiss' kappa, Krippendorff's alpha, Cohen's kappa and
 * alpha for every pair, per-label alpha, unitizing alpha per article, the disagreement list). Run as described in
 * BENCHMARKS.md; the argument is the number of timed runs.
 */
public final class AgreementBenchmark {

    private AgreementBenchmark() {}

    static List<AgreementSpan> generate(
            int articles, int positionsPerArticle, List<String> raters, long seed, Map<Long, String> texts) {
        Random random = new Random(seed);
        String[] labels = {"factual", "opinion", "prediction", "statistic", "quote"};
        List<AgreementSpan> spans = new ArrayList<>();
        for (long article = 1; article <= articles; article++) {
            texts.put(article, "x".repeat(positionsPerArticle * 60));
            for (int p = 0; p < positionsPerArticle; p++) {
                int start = p * 60 + random.nextInt(10);
                int end = start + 10 + random.nextInt(40);
                String truth = labels[random.nextInt(labels.length)];
                for (String rater : raters) {
                    if (random.nextDouble() < 0.05) {
                        continue;
                    }
                    String label = random.nextDouble() < 0.85 ? truth : labels[random.nextInt(labels.length)];
                    spans.add(new AgreementSpan(rater, article, Layer.CLAIM, label, start, end, null));
                }
            }
        }
        return spans;
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> raters = List.of("ann", "bob", "cat");
        Map<Long, String> texts = new HashMap<>();
        List<AgreementSpan> spans = generate(1_000, 100, raters, 42, texts);
        SpanAgreement agreement = new SpanAgreement();
        for (int i = 0; i < 3; i++) {
            agreement.analyse(Layer.CLAIM, raters, spans, texts); // warm-up
        }
        List<Double> millis = new ArrayList<>();
        SpanAgreement.Report report = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            report = agreement.analyse(Layer.CLAIM, raters, spans, texts);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        millis.sort(Double::compare);
        SpanAgreement.Report last = Objects.requireNonNull(report, "the loop runs at least once");
        System.out.printf(
                Locale.ROOT,
                "units=%d spans=%d fleiss=%s alpha=%s unitizing=%s disagreements=%d%n",
                last.units(),
                spans.size(),
                last.fleiss().formatted(),
                last.alpha().formatted(),
                last.unitizing().formatted(),
                last.disagreements().size());
        System.out.printf(
                Locale.ROOT,
                "runs=%d median=%.0f ms min=%.0f ms max=%.0f ms%n",
                runs,
                millis.get(millis.size() / 2),
                millis.getFirst(),
                millis.getLast());
    }
}
