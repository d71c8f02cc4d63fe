package org.corroborate.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.corroborate.project.ProjectSettings;

/**
 * Time of the story suggestion's similarity work on a project of 1,000 generated articles (50 events of 20
 * articles, 100 of them rewrites of another article): building the TF-IDF vectors, shingles and MinHash
 * signatures; clustering all 1,000 as one import; placing a later import of 10; and the near-duplicate
 * search with and without the MinHash screen. Also reports how well the generated events were recovered.
 * Run from the project folder, see BENCHMARKS.md (optional argument: repetitions, default 5).
 */
public final class StorySimilarityBenchmark {

    private static int EVENTS = 50;
    private static final int PER_EVENT = 20;
    private static final int WORDS = 600;
    private static final double STORY = ProjectSettings.DEFAULT_STORY_SIMILARITY.doubleValue();
    private static final double NEAR_DUPLICATE = ProjectSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD.doubleValue();

    private StorySimilarityBenchmark() {}

    /** A generated article and the event it reports; {@code copyOf} is the article it rewrites, or -1. */
    record Generated(long id, int event, long copyOf, String text) {}

    /**
     * Each event has 40 words of its own (names, places) that make up about a quarter of its articles' words;
     * the rest come from 3,000 common words with Zipf-like frequencies. One article in 10 rewrites another of its
     * event: two sentences in five reworded throughout, one word in twelve replaced in the others.
     */
    static List<Generated> generate(long seed) {
        Random random = new Random(seed);
        String[] common = new String[3000];
        for (int i = 0; i < common.length; i++) {
            common[i] = word(random, 3 + random.nextInt(6));
        }
        double[] cumulative = new double[common.length];
        double sum = 0;
        for (int i = 0; i < common.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        List<Generated> articles = new ArrayList<>();
        long id = 1;
        for (int event = 0; event < EVENTS; event++) {
            String[] topic = new String[40];
            for (int i = 0; i < topic.length; i++) {
                topic[i] = word(random, 5 + random.nextInt(5));
            }
            for (int n = 0; n < PER_EVENT; n++) {
                if (n % 10 == 9) {
                    Generated original = articles.get(articles.size() - 1 - random.nextInt(3));
                    StringBuilder rewrite = new StringBuilder();
                    for (String sentence : original.text().split("\\. ")) {
                        String[] words = sentence.split(" ");
                        boolean reworded = random.nextDouble() < 0.4;
                        for (int w = 0; w < words.length; w++) {
                            if (reworded || random.nextInt(12) == 0) {
                                words[w] = common[pick(random, cumulative, sum)];
                            }
                        }
                        rewrite.append(String.join(" ", words)).append(". ");
                    }
                    articles.add(new Generated(
                            id++, event, original.id(), rewrite.toString().strip()));
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < WORDS; w++) {
                    text.append(
                                    random.nextDouble() < 0.25
                                            ? topic[random.nextInt(topic.length)]
                                            : common[pick(random, cumulative, sum)])
                            .append(w % 15 == 14 ? ". " : " ");
                }
                articles.add(new Generated(id++, event, -1, text.toString().strip()));
            }
        }
        return articles;
    }

    private static int pick(Random random, double[] cumulative, double sum) {
        double r = random.nextDouble() * sum;
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String word(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        EVENTS = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<Generated> articles = generate(42);
        List<ArticleSimilarity.Text> texts = articles.stream()
                .map(a -> new ArticleSimilarity.Text(a.id(), a.text()))
                .toList();
        List<Long> ids = articles.stream().map(Generated::id).toList();
        System.out.printf(
                Locale.ROOT,
                "Java %s, %d available processors, one thread; %d articles of ~%d words%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                articles.size(),
                WORDS);

        double build = Double.MAX_VALUE;
        double clusterAll = Double.MAX_VALUE;
        double clusterIndexed = Double.MAX_VALUE;
        double placeTen = Double.MAX_VALUE;
        double screened = Double.MAX_VALUE;
        double exact = Double.MAX_VALUE;
        StoryClustering.Result result = null;
        List<ArticleSimilarity.Pair> pairs = List.of();
        int exactPairs = 0;
        for (int rep = 0; rep < repetitions + 1; rep++) {
            long t = System.nanoTime();
            ArticleSimilarity similarity = ArticleSimilarity.of(texts);
            double b = millis(t);

            double c = Double.NaN;
            if (ids.size() <= 2_000) { // every pair: quadratic, only at the small size
                t = System.nanoTime();
                StoryClustering.cluster(Map.of(), ids, similarity::story, STORY);
                c = millis(t);
            }

            // What the app runs: candidate pairs from the heavy-term index  , then the exact cosine.
            t = System.nanoTime();
            result = StoryClustering.cluster(Map.of(), ids, similarity::story, similarity::storyCandidates, STORY);
            double ci = millis(t);

            // A later import: 10 articles placed among 990 already in 50 stories.
            Map<Long, List<Long>> stories = new HashMap<>();
            List<Long> fresh = new ArrayList<>();
            for (Generated a : articles) {
                if (a.id() % 100 == 0) {
                    fresh.add(a.id());
                } else {
                    stories.computeIfAbsent((long) a.event(), e -> new ArrayList<>())
                            .add(a.id());
                }
            }
            t = System.nanoTime();
            StoryClustering.cluster(stories, fresh, similarity::story, similarity::storyCandidates, STORY);
            double p = millis(t);

            t = System.nanoTime();
            pairs = similarity.nearDuplicates(ids, NEAR_DUPLICATE);
            double s = millis(t);

            t = System.nanoTime();
            int found = 0;
            for (int i = 0; i < (ids.size() <= 2_000 ? ids.size() : 0); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    if (similarity.nearDuplicate(ids.get(i), ids.get(j)) >= NEAR_DUPLICATE) {
                        found++;
                    }
                }
            }
            double e = millis(t);
            exactPairs = found;
            if (rep > 0) { // the first round warms up
                build = Math.min(build, b);
                clusterAll = Math.min(clusterAll, c);
                clusterIndexed = Math.min(clusterIndexed, ci);
                placeTen = Math.min(placeTen, p);
                screened = Math.min(screened, s);
                exact = Math.min(exact, e);
            }
        }
        System.out.printf(Locale.ROOT, "best of %d runs:%n", repetitions);
        System.out.printf(
                Locale.ROOT, "  vectors, shingles, signatures for %d articles  %8.0f ms%n", articles.size(), build);
        System.out.printf(Locale.ROOT, "  cluster all as one import, every pair          %8.0f ms%n", clusterAll);
        System.out.printf(
                Locale.ROOT, "  cluster all as one import, heavy-term index       %8.0f ms%n", clusterIndexed);
        System.out.printf(
                Locale.ROOT,
                "  place an import of %d among %d in stories      %8.0f ms%n",
                ids.size() / 100,
                ids.size() - ids.size() / 100,
                placeTen);
        System.out.printf(
                Locale.ROOT,
                "  near-duplicates, all pairs, MinHash screen     %8.0f ms (%d pairs)%n",
                screened,
                pairs.size());
        System.out.printf(
                Locale.ROOT,
                "  near-duplicates, all pairs, exact only         %8.0f ms (%d pairs)%n",
                exact,
                exactPairs);

        // How well the generated events and rewrites were recovered.
        Map<Long, Integer> eventOf = new HashMap<>();
        articles.forEach(a -> eventOf.put(a.id(), a.event()));
        int pure = 0;
        int placed = 0;
        StoryClustering.Result clustered = Objects.requireNonNull(result, "the loop runs at least once");
        for (List<Long> story : clustered.newStories()) {
            placed += story.size();
            if (story.stream().map(eventOf::get).distinct().count() == 1) {
                pure++;
            }
        }
        Set<List<Long>> rewrites = new HashSet<>();
        articles.stream()
                .filter(a -> a.copyOf() >= 0)
                .forEach(a -> rewrites.add(List.of(Math.min(a.id(), a.copyOf()), Math.max(a.id(), a.copyOf()))));
        long rewritesFound = pairs.stream()
                .filter(p -> rewrites.contains(List.of(p.a(), p.b())))
                .count();
        System.out.printf(
                Locale.ROOT,
                "  stories: %d found for %d events, %d of them single-event; %d of %d articles " + "placed%n",
                clustered.newStories().size(),
                EVENTS,
                pure,
                placed,
                articles.size());
        System.out.printf(
                Locale.ROOT,
                "  near-duplicates: %d of %d rewrites found, %d other pairs flagged%n",
                rewritesFound,
                rewrites.size(),
                pairs.size() - rewritesFound);
    }
}
