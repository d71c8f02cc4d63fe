package org.corroborate.figure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Throughput of {@link FigureNormaliser#read} on one thread, after warm-up, over a realistic mix of figure
 * strings: every figure of the table test (money, counts, percentages, lengths, durations, qualifiers, ranges,
 * vague magnitudes, calendar and relative dates, and the unreadable ones), and every figure of the seed gold
 * key, each read against a publication date. Run from the project folder (see BENCHMARKS.md); optional
 * argument: seconds per measurement.
 */
public final class NormaliserBenchmark {

    private NormaliserBenchmark() {}

    static List<String> figures() throws IOException {
        List<String> figures = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(NormaliserBenchmark.class.getResourceAsStream("figures.tsv"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t", -1);
                if (!line.startsWith("#") && cells.length == 4) {
                    figures.add(cells[1]);
                }
            }
        }
        FigureNormaliserGoldTest.goldFigures().forEach(g -> figures.add(g.quote()));
        return figures;
    }

    /** Figures read per second within {@code seconds}. */
    static double measure(FigureNormaliser normaliser, List<String> figures, LocalDate published, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long read = 0;
        long understood = 0;
        while (System.nanoTime() < deadline) {
            for (String figure : figures) {
                if (normaliser.read(figure, published).understood()) {
                    understood++;
                }
                read++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (understood < 0) {
            System.out.println(); // keeps the result alive for the JIT
        }
        return read / elapsed;
    }

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<String> figures = figures();
        LocalDate published = LocalDate.of(2025, 8, 19);
        FigureNormaliser normaliser = FigureNormaliser.withoutProject();
        long understood = figures.stream()
                .filter(f -> normaliser.read(f, published).understood())
                .count();
        System.out.printf(
                Locale.ROOT,
                "Java %s, %d available processors, one thread%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "%d figure strings (%d understood), mean %.1f chars%n",
                figures.size(),
                understood,
                figures.stream().mapToInt(String::length).average().orElse(0));
        measure(normaliser, figures, published, seconds / 2);
        double perSecond = measure(normaliser, figures, published, seconds);
        System.out.printf(
                Locale.ROOT, "%,.0f figures/s  (%.2f µs/figure, %.1f s)%n", perSecond, 1e6 / perSecond, seconds);
    }
}
