package org.corroborate.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.corroborate.figure.FigureNormaliser;

/**
 * Throughput of {@link Detectors#standard(FigureNormaliser)} (analysis with OpenNLP plus all detectors) on one thread, after
 * warm-up: on the five seed articles, and on generated news-like articles of about the same length. Run:
 * {@code ./mvnw -B -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.corroborate.suggestion.DetectorBenchmark} (optional argument: seconds per measurement).
 */
public final class DetectorBenchmark {

    private static final String[] SUBJECTS = {
        "The finance minister",
        "A senior European official",
        "Two people briefed on the talks",
        "The company",
        "Officials in Rome and Madrid",
        "Maria Keller",
        "The central bank",
        "Sources familiar with the matter",
        "The mayor",
        "Analysts at the institute"
    };
    private static final String[] CUES = {
        "said", "told reporters", "confirmed", "noted", "warned", "suggested", "said on Tuesday", "added"
    };
    private static final String[] CLAIMS = {
        "the budget would grow by 4.5% next year",
        "more than 1,200 jobs had been cut since last March",
        "the bank may have lost $3 billion",
        "talks would resume within two weeks",
        "about 40 percent of voters were undecided",
        "the bridge would reopen on March 3, 2026",
        "the deal was worth €12 billion over five years",
        "prices rose for the third month in a row",
        "the plan had been delayed by three days"
    };
    private static final String[] FILLER = {
        "The decision came after weeks of negotiations in the capital.",
        "Opposition parties criticised the timing of the announcement.",
        "Markets reacted calmly in early trading on Monday.",
        "The region has struggled with high unemployment for a decade.",
        "Critics say the measures do not go far enough.",
        "Thousands of people gathered outside parliament last Friday."
    };

    private DetectorBenchmark() {}

    /** Articles of about {@code words} words: a headline, then paragraphs of attributions, quotes and filler. */
    static List<String> generated(int count, int words, long seed) {
        Random random = new Random(seed);
        List<String> articles = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            StringBuilder s = new StringBuilder("Ministers Split Over Spending Plan ")
                    .append(a)
                    .append('\n');
            while (s.toString().split("\\s+").length < words) {
                for (int p = 0; p < 3; p++) {
                    switch (random.nextInt(4)) {
                        case 0 ->
                            s.append("According to ")
                                    .append(lower(pick(random, SUBJECTS)))
                                    .append(", ")
                                    .append(pick(random, CLAIMS))
                                    .append(". ");
                        case 1 ->
                            s.append('“')
                                    .append(capital(pick(random, CLAIMS)))
                                    .append(",” ")
                                    .append(lower(pick(random, SUBJECTS)))
                                    .append(" said. ");
                        case 2 -> s.append(pick(random, FILLER)).append(' ');
                        default ->
                            s.append(pick(random, SUBJECTS))
                                    .append(' ')
                                    .append(pick(random, CUES))
                                    .append(" that ")
                                    .append(pick(random, CLAIMS))
                                    .append(". ");
                    }
                }
                s.append('\n');
            }
            articles.add(s.toString());
        }
        return articles;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String lower(String s) {
        return s.startsWith("Maria") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    record Result(String name, int articles, double seconds, long chars, long suggestions) {
        double perSecond() {
            return articles / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%-34s %8.0f articles/s  %6.2f ms/article  %6.2f MB/s  (%d articles," + " %d suggestions, %.1f s)",
                    name,
                    perSecond(),
                    1000 * seconds / articles,
                    chars / seconds / 1_000_000,
                    articles,
                    suggestions,
                    seconds);
        }
    }

    static Result measure(String name, List<String> texts, LocalDate published, double seconds) {
        Detectors detectors = Detectors.standard(FigureNormaliser.withoutProject());
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        int articles = 0;
        long chars = 0;
        long suggestions = 0;
        while (System.nanoTime() < deadline) {
            for (String text : texts) {
                suggestions += detectors.detect(text, published).size();
                chars += text.length();
                articles++;
            }
        }
        return new Result(name, articles, (System.nanoTime() - start) / 1e9, chars, suggestions);
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<String> seeds =
                SeedArticles.load().stream().map(SeedArticles.Seed::text).toList();
        List<String> news = generated(50, 900, 42);
        LocalDate published = LocalDate.of(2025, 8, 19);
        System.out.printf(
                Locale.ROOT,
                "Java %s, %d available processors, one thread%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "seed articles: %d, mean %d chars; generated: %d, mean %d chars%n",
                seeds.size(),
                seeds.stream().mapToInt(String::length).sum() / seeds.size(),
                news.size(),
                news.stream().mapToInt(String::length).sum() / news.size());
        measure("warm-up", seeds, published, seconds / 2);
        measure("warm-up", news, published, seconds / 2);
        System.out.println(measure("seed articles (cleaned)", seeds, published, seconds));
        System.out.println(measure("generated news-like articles", news, published, seconds));
    }
}
