package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StorySplitTest {

    /** 1,000 articles in 250 stories of one to seven articles. */
    private static Map<Long, String> corpus() {
        Map<Long, String> stories = new LinkedHashMap<>();
        long article = 1;
        for (int story = 0; story < 250 && article <= 1000; story++) {
            int size = 1 + story % 7;
            for (int i = 0; i < size && article <= 1000; i++) {
                stories.put(article++, "story-" + story);
            }
        }
        while (article <= 1000) {
            stories.put(article, "single-" + article);
            article++;
        }
        return stories;
    }

    @Test
    void the_same_seed_gives_the_same_split() {
        Map<Long, String> stories = corpus();
        SplitRatios ratios = SplitRatios.parse("80/10/10");
        assertThat(StorySplit.assign(stories, ratios, 42))
                .isEqualTo(StorySplit.assign(new HashMap<>(stories), ratios, 42));
    }

    @Test
    void another_seed_gives_another_split() {
        Map<Long, String> stories = corpus();
        SplitRatios ratios = SplitRatios.parse("80/10/10");
        assertThat(StorySplit.assign(stories, ratios, 1)).isNotEqualTo(StorySplit.assign(stories, ratios, 2));
    }

    @Test
    void a_story_never_spans_two_splits() {
        Map<Long, String> stories = corpus();
        Map<Long, Split> split = StorySplit.assign(stories, SplitRatios.parse("70/15/15"), 7);
        Map<String, Set<Split>> splitsOfStory = stories.entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(e -> split.get(e.getKey()), Collectors.toSet())));
        assertThat(splitsOfStory.values()).allSatisfy(s -> assertThat(s).hasSize(1));
        assertThat(split).hasSize(stories.size());
    }

    @Test
    void the_ratios_are_met_closely_with_many_stories() {
        Map<Long, Split> split = StorySplit.assign(corpus(), SplitRatios.parse("80/10/10"), 3);
        Map<Split, Integer> counts = new EnumMap<>(Split.class);
        split.values().forEach(s -> counts.merge(s, 1, Integer::sum));
        assertThat(counts.get(Split.TRAIN)).isBetween(790, 810);
        assertThat(counts.get(Split.DEV)).isBetween(93, 107);
        assertThat(counts.get(Split.TEST)).isBetween(93, 107);
    }

    @Test
    void a_zero_share_gets_no_articles() {
        Map<Long, Split> split = StorySplit.assign(corpus(), SplitRatios.parse("90/0/10"), 3);
        assertThat(split.values()).doesNotContain(Split.DEV).contains(Split.TRAIN, Split.TEST);
    }

    @Test
    void articles_without_a_story_are_their_own_story() {
        Map<Long, String> own = new LinkedHashMap<>();
        for (long a = 1; a <= 100; a++) {
            own.put(a, Long.toString(a));
        }
        Map<Long, Split> split = StorySplit.assign(own, new SplitRatios(8, 1, 1), 0);
        assertThat(split.values().stream().filter(s -> s == Split.TRAIN).count())
                .isEqualTo(80);
    }

    @Test
    void bad_ratios_are_refused_with_a_reason() {
        assertThatThrownBy(() -> SplitRatios.parse("80/20")).hasMessageContaining("three numbers");
        assertThatThrownBy(() -> SplitRatios.parse("0/0/0")).hasMessageContaining("not all zero");
        assertThatThrownBy(() -> SplitRatios.parse("a/b/c")).hasMessageContaining("whole numbers");
        assertThat(SplitRatios.parse(" 80 / 10 / 10 ")).isEqualTo(new SplitRatios(80, 10, 10));
    }

    @Test
    void near_duplicates_land_in_one_split_whatever_their_story() {
        Map<Long, String> stories = corpus();
        Map<Long, Long> rewrites = new HashMap<>();
        for (long a = 1; a <= 1000; a += 50) { // article a rewrites article a + 500, in another story
            rewrites.put(a, a);
            rewrites.put(a + 500 > 1000 ? a : a + 500, a);
        }
        for (long seed = 0; seed < 5; seed++) {
            Map<Long, Split> split = StorySplit.plan(stories, rewrites, SplitRatios.parse("80/10/10"), seed)
                    .splits();
            rewrites.forEach((article, group) -> assertThat(split.get(article)).isEqualTo(split.get(group)));
            Map<String, Set<Split>> splitsOfStory = stories.entrySet().stream()
                    .collect(Collectors.groupingBy(
                            Map.Entry::getValue, Collectors.mapping(e -> split.get(e.getKey()), Collectors.toSet())));
            assertThat(splitsOfStory.values()).allSatisfy(s -> assertThat(s).hasSize(1));
        }
    }

    @Test
    void every_part_gets_a_story_when_there_are_enough_stories() {
        Map<Long, String> skewed = new LinkedHashMap<>();
        for (long a = 1; a <= 40; a++) {
            skewed.put(a, "big"); // one big story and two small ones
        }
        skewed.put(41L, "small-1");
        skewed.put(42L, "small-2");
        for (long seed = 0; seed < 20; seed++) {
            StorySplit.Plan plan = StorySplit.plan(skewed, Map.of(), SplitRatios.parse("80/10/10"), seed);
            assertThat(Set.copyOf(plan.splits().values())).as("seed " + seed).containsExactlyInAnyOrder(Split.values());
            assertThat(plan.warnings()).isEmpty();
        }
    }

    @Test
    void a_split_of_one_story_says_which_parts_stay_empty() {
        Map<Long, String> one = Map.of(1L, "story-1", 2L, "story-1", 3L, "story-1");
        StorySplit.Plan plan = StorySplit.plan(one, Map.of(), SplitRatios.parse("80/10/10"), 4);
        assertThat(plan.splits().values()).containsOnly(Split.TRAIN);
        assertThat(plan.warnings())
                .singleElement()
                .asString()
                .contains("1 story")
                .contains("dev and test are empty");
    }

    @Test
    void the_order_of_stories_is_a_sha_256_of_seed_and_story_so_every_machine_splits_alike() {
        assertThat(StorySplit.digest(42, "story-1"))
                .isEqualTo("4b3d8e7f41650b85712995afacea134f8ad8402f0570f31781518dde036ad2e6");
        Map<Long, String> ten = new LinkedHashMap<>();
        for (long a = 1; a <= 10; a++) {
            ten.put(a, "story-" + a);
        }
        Map<Long, Split> split = StorySplit.assign(ten, SplitRatios.parse("80/10/10"), 42);
        Map<Long, Split> reversed =
                StorySplit.assign(new java.util.TreeMap<>(ten).descendingMap(), SplitRatios.parse("80/10/10"), 42);
        assertThat(split).isEqualTo(reversed);
    }
}
