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
        assertThat(StorySplit.assign(stories, ratios, 42)).isEqualTo(StorySplit.assign(new HashMap<>(stories), ratios, 42));
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
        Map<String, Set<Split>> splitsOfStory = stories.entrySet().stream().collect(Collectors.groupingBy(
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
        assertThat(split.values().stream().filter(s -> s == Split.TRAIN).count()).isEqualTo(80);
    }

    @Test
    void bad_ratios_are_refused_with_a_reason() {
        assertThatThrownBy(() -> SplitRatios.parse("80/20")).hasMessageContaining("three numbers");
        assertThatThrownBy(() -> SplitRatios.parse("0/0/0")).hasMessageContaining("not all zero");
        assertThatThrownBy(() -> SplitRatios.parse("a/b/c")).hasMessageContaining("whole numbers");
        assertThat(SplitRatios.parse(" 80 / 10 / 10 ")).isEqualTo(new SplitRatios(80, 10, 10));
    }
}
