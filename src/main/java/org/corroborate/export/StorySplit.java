package org.corroborate.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Divides articles into train, dev and test <em>by story</em>: all articles of one story land in the same
 * split, and so do near-duplicates (rewrites of one copy), whatever their stories: their stories are merged
 * first. So the same event or the same text never appears on both sides of an evaluation. Plain Java and
 * reproducible across exports and machines: stories are ordered by a SHA-256 of the seed and the story key (no
 * {@code Random}, no hash-map order), then each goes to the split furthest below its share of articles.
 *
 * <p>Every split with a share gets at least one story when there are enough stories (one per such split):
 * a split left empty takes the smallest story of the split with the most. With fewer stories the plan says
 * which splits stay empty.
 */
public final class StorySplit {

    private StorySplit() {}

    /**
     * The split of each article and what to warn about.
     *
     * @param stories how many stories (near-duplicates merged) each split holds
     */
    public record Plan(Map<Long, Split> splits, Map<Split, Integer> stories, List<String> warnings) {}

    /** @return article id → split; see {@link #plan} */
    public static Map<Long, Split> assign(Map<Long, String> storyOfArticle, SplitRatios ratios, long seed) {
        return plan(storyOfArticle, Map.of(), ratios, seed).splits();
    }

    /**
     * @param storyOfArticle article id → story key (an article without a story is its own story)
     * @param nearDuplicateGroup article id → its near-duplicate group (articles without near-duplicates absent)
     */
    public static Plan plan(
            Map<Long, String> storyOfArticle, Map<Long, Long> nearDuplicateGroup, SplitRatios ratios, long seed) {
        Map<String, List<Long>> articlesOfStory = new TreeMap<>();
        Map<Long, String> merged = mergeNearDuplicates(storyOfArticle, nearDuplicateGroup);
        merged.forEach((article, story) ->
                articlesOfStory.computeIfAbsent(story, s -> new ArrayList<>()).add(article));
        List<String> order = articlesOfStory.keySet().stream()
                .sorted(Comparator.comparing((String story) -> digest(seed, story))
                        .thenComparing(s -> s))
                .toList();

        int total = storyOfArticle.size();
        Map<Split, Integer> filled = new EnumMap<>(Split.class);
        Map<Split, List<String>> storiesOf = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            storiesOf.put(split, new ArrayList<>());
        }
        for (String story : order) {
            Split target = mostWanting(filled, ratios, total);
            filled.merge(target, present(articlesOfStory, story).size(), Integer::sum);
            present(storiesOf, target).add(story);
        }
        List<Split> wanted = java.util.Arrays.stream(Split.values())
                .filter(s -> ratios.of(s) > 0)
                .toList();
        List<String> warnings = new ArrayList<>();
        if (order.size() >= wanted.size()) {
            for (Split empty : wanted) {
                if (present(storiesOf, empty).isEmpty()) {
                    Split donor = wanted.stream()
                            .max(Comparator.comparingInt(
                                            (Split s) -> present(storiesOf, s).size())
                                    .thenComparing(Comparator.reverseOrder()))
                            .orElseThrow();
                    String smallest = present(storiesOf, donor).stream()
                            .min(Comparator.comparingInt((String s) ->
                                            present(articlesOfStory, s).size())
                                    .thenComparing(s -> digest(seed, s)))
                            .orElseThrow();
                    present(storiesOf, donor).remove(smallest);
                    present(storiesOf, empty).add(smallest);
                }
            }
        } else {
            List<String> empty = new ArrayList<>();
            for (Split split : wanted) {
                if (present(storiesOf, split).isEmpty()) {
                    empty.add(split.code());
                }
            }
            warnings.add("The split " + ratios + " needs at least " + wanted.size() + " stories, one per part, but the"
                    + " export has " + order.size() + (order.size() == 1 ? " story" : " stories") + ": "
                    + String.join(" and ", empty) + (empty.size() == 1 ? " is" : " are") + " empty. Group more"
                    + " articles into separate stories, or export without a split.");
        }
        Map<Long, Split> result = new TreeMap<>();
        Map<Split, Integer> counts = new EnumMap<>(Split.class);
        storiesOf.forEach((split, stories) -> {
            counts.put(split, stories.size());
            stories.forEach(story -> present(articlesOfStory, story).forEach(a -> result.put(a, split)));
        });
        return new Plan(result, counts, warnings);
    }

    /** Story keys with the stories of near-duplicates merged (union-find; the smallest key names the union). */
    static Map<Long, String> mergeNearDuplicates(Map<Long, String> storyOfArticle, Map<Long, Long> nearDuplicateGroup) {
        Map<String, String> parent = new TreeMap<>();
        storyOfArticle.values().forEach(story -> parent.put(story, story));
        Map<Long, List<String>> storiesOfGroup = new TreeMap<>();
        new TreeMap<>(storyOfArticle).forEach((article, story) -> {
            Long group = nearDuplicateGroup.get(article);
            if (group != null) {
                storiesOfGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(story);
            }
        });
        for (List<String> stories : storiesOfGroup.values()) {
            for (String story : stories) {
                String a = root(parent, stories.getFirst());
                String b = root(parent, story);
                if (!a.equals(b)) {
                    parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
                }
            }
        }
        return new TreeMap<>(storyOfArticle)
                .entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> root(parent, e.getValue()), (x, y) -> x, TreeMap::new));
    }

    private static String root(Map<String, String> parent, String story) {
        String at = story;
        while (!present(parent, at).equals(at)) {
            at = present(parent, at);
        }
        return at;
    }

    /** A value put there for every key this class asks about (the maps are filled from the same keys). */
    private static <K, V> V present(Map<K, V> map, K key) {
        return Objects.requireNonNull(map.get(key), "filled for every key");
    }

    /** A stable order of stories for a seed: the same on every machine and in every Java version. */
    static String digest(long seed, String story) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((seed + ":" + story).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The split with the largest shortfall against its share of all articles (ties: train, dev, test). */
    private static Split mostWanting(Map<Split, Integer> filled, SplitRatios ratios, int total) {
        Split best = Split.TRAIN;
        double bestShortfall = Double.NEGATIVE_INFINITY;
        for (Split split : Split.values()) {
            if (ratios.of(split) == 0) {
                continue;
            }
            double wanted = (double) total * ratios.of(split) / ratios.total();
            double shortfall = (wanted - filled.getOrDefault(split, 0)) / ratios.of(split);
            if (shortfall > bestShortfall) {
                bestShortfall = shortfall;
                best = split;
            }
        }
        return best;
    }
}
