package org.corroborate.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Divides articles into train, dev and test <em>by story</em>: all articles of one story land in the same
 * split, so the same event never appears on both sides of an evaluation. Plain Java and reproducible: the
 * same articles, stories, ratios and seed always give the same split, on any machine ({@link Random} is
 * specified exactly).
 *
 * <p>Stories are shuffled with the seed, then each goes to the split that is furthest below its share of
 * articles so far. With many small stories the ratios are met closely; with a few big stories they are met
 * as well as whole stories allow.
 */
public final class StorySplit {

    private StorySplit() {
    }

    /**
     * @param storyOfArticle article id → story key (an article without a story is its own story)
     * @return article id → split
     */
    public static Map<Long, Split> assign(Map<Long, String> storyOfArticle, SplitRatios ratios, long seed) {
        // Sorted maps and lists make the outcome independent of the caller's map order.
        Map<String, List<Long>> articlesOfStory = new TreeMap<>();
        new TreeMap<>(storyOfArticle).forEach((article, story) ->
                articlesOfStory.computeIfAbsent(story, s -> new ArrayList<>()).add(article));
        List<String> stories = new ArrayList<>(articlesOfStory.keySet());
        Collections.shuffle(stories, new Random(seed));

        int total = storyOfArticle.size();
        Map<Split, Integer> filled = new HashMap<>();
        Map<Long, Split> result = new HashMap<>();
        for (String story : stories) {
            List<Long> articles = articlesOfStory.get(story);
            Split target = mostWanting(filled, ratios, total);
            filled.merge(target, articles.size(), Integer::sum);
            articles.forEach(a -> result.put(a, target));
        }
        return result;
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
