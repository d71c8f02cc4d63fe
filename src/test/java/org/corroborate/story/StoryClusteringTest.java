package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;

class StoryClusteringTest {

    private static final double THRESHOLD = 0.3;

    /** A symmetric similarity from the pairs given; every other pair is 0. */
    private static ToDoubleBiFunction<Long, Long> similarities(Object... pairs) {
        Map<List<Long>, Double> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 3) {
            long a = ((Number) pairs[i]).longValue();
            long b = ((Number) pairs[i + 1]).longValue();
            values.put(List.of(Math.min(a, b), Math.max(a, b)), (Double) pairs[i + 2]);
        }
        return (a, b) -> a.equals(b) ? 1.0 : values.getOrDefault(List.of(Math.min(a, b), Math.max(a, b)), 0.0);
    }

    @Test
    void articles_alike_above_the_threshold_become_one_new_story() {
        var result = StoryClustering.cluster(
                Map.of(), List.of(3L, 1L, 2L), similarities(1, 2, 0.5, 2, 3, 0.6, 1, 3, 0.4), THRESHOLD);

        assertThat(result.newStories()).containsExactly(List.of(1L, 2L, 3L));
    }

    @Test
    void an_article_like_no_other_stays_out_of_every_story() {
        var result =
                StoryClustering.cluster(Map.of(), List.of(1L, 2L, 3L), similarities(1, 2, 0.5, 2, 3, 0.1), THRESHOLD);

        assertThat(result.newStories()).containsExactly(List.of(1L, 2L));
    }

    @Test
    void average_linkage_keeps_a_bridging_article_from_chaining_two_events() {
        // 2 is like 1 and a little like 3, but 3 has nothing in common with 1.
        var result =
                StoryClustering.cluster(Map.of(), List.of(1L, 2L, 3L), similarities(1, 2, 0.9, 2, 3, 0.35), THRESHOLD);

        assertThat(result.newStories()).containsExactly(List.of(1L, 2L));
    }

    @Test
    void a_new_article_joins_the_existing_story_it_is_most_like() {
        var result = StoryClustering.cluster(
                Map.of(100L, List.of(1L, 2L), 200L, List.of(3L)),
                List.of(4L),
                similarities(1, 4, 0.4, 2, 4, 0.5, 3, 4, 0.6, 1, 2, 0.8),
                THRESHOLD);

        assertThat(result.addedToStories()).containsExactly(Map.entry(200L, List.of(4L)));
        assertThat(result.newStories()).isEmpty();
    }

    @Test
    void two_existing_stories_never_merge_even_through_a_new_article() {
        var result = StoryClustering.cluster(
                Map.of(100L, List.of(1L), 200L, List.of(2L)),
                List.of(3L),
                similarities(1, 2, 0.9, 1, 3, 0.7, 2, 3, 0.7),
                THRESHOLD);

        assertThat(result.addedToStories()).hasSize(1);
        assertThat(result.addedToStories().values()).containsExactly(List.of(3L));
        assertThat(result.newStories()).isEmpty();
    }

    @Test
    void new_articles_that_belong_together_join_an_existing_story_as_a_group() {
        var result = StoryClustering.cluster(
                Map.of(100L, List.of(1L)), List.of(2L, 3L), similarities(1, 2, 0.5, 2, 3, 0.9, 1, 3, 0.25), THRESHOLD);

        // 2 and 3 join first (0.9); the pair's average with story 100 is (0.5 + 0.25) / 2 = 0.375.
        assertThat(result.addedToStories()).containsExactly(Map.entry(100L, List.of(2L, 3L)));
    }

    @Test
    void nothing_to_place_gives_nothing() {
        var result = StoryClustering.cluster(Map.of(100L, List.of(1L, 2L)), List.of(), similarities(), THRESHOLD);

        assertThat(result.addedToStories()).isEmpty();
        assertThat(result.newStories()).isEmpty();
    }

    @Test
    void a_component_larger_than_the_pairwise_table_is_still_clustered_two_events_apart() {
        // Two bulk imports of one event each: every article is alike to its event's articles and to nothing else.
        int perEvent = StoryClustering.MAX_DENSE_COMPONENT + 200;
        List<Long> ids = new java.util.ArrayList<>();
        for (long id = 1; id <= 2L * perEvent; id++) {
            ids.add(id);
        }
        ToDoubleBiFunction<Long, Long> sameEvent = (a, b) -> ((a - 1) / perEvent) == ((b - 1) / perEvent) ? 0.8 : 0.05;

        var result = StoryClustering.cluster(Map.of(), ids, sameEvent, THRESHOLD);

        assertThat(result.newStories()).hasSize(2);
        assertThat(result.newStories().get(0)).hasSize(perEvent).startsWith(1L).endsWith((long) perEvent);
        assertThat(result.newStories().get(1)).hasSize(perEvent).startsWith((long) perEvent + 1);
    }

    @Test
    void a_large_component_joins_an_existing_story_it_is_alike_to() {
        int n = StoryClustering.MAX_DENSE_COMPONENT + 100;
        List<Long> ids = new java.util.ArrayList<>();
        for (long id = 10; id < 10 + n; id++) {
            ids.add(id);
        }
        var result = StoryClustering.cluster(Map.of(100L, List.of(1L, 2L)), ids, (a, b) -> 0.7, THRESHOLD);

        assertThat(result.addedToStories()).containsOnlyKeys(100L);
        assertThat(result.addedToStories().get(100L)).hasSize(n);
        assertThat(result.newStories()).isEmpty();
    }
}
