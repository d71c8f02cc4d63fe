package org.corroborate.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.curation.GoldMerge.Choice;
import org.corroborate.curation.GoldMerge.Vote;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class GoldMergeTest {

    private static long ids = 1;

    private static Vote vote(String who, String label, int start, int end) {
        return new Vote(who, ids++, Layer.SOURCE, label, start, end);
    }

    /** ann, bob, cat: all agree at 0-5; two of three at 10-15; one alone at 20-25; a 1-1-1 split at 30-35. */
    private static final List<Vote> VOTES = List.of(
            vote("ann", "named-person", 0, 5),
            vote("bob", "named-person", 0, 5),
            vote("cat", "named-person", 0, 5),
            vote("ann", "unnamed-group", 10, 15),
            vote("bob", "unnamed-group", 10, 15),
            vote("cat", "unnamed-individual", 10, 15),
            vote("ann", "document", 20, 25),
            vote("ann", "document", 30, 35),
            vote("bob", "pronoun", 30, 35),
            vote("cat", "unnamed-group", 30, 35));

    @Test
    void unanimous_takes_only_spans_every_annotator_marked_alike() {
        assertThat(GoldMerge.choose(VOTES, 3, MergeStrategy.UNANIMOUS, 0))
                .extracting(Choice::start)
                .containsExactly(0);
    }

    @Test
    void majority_takes_labels_more_than_half_of_the_annotators_chose() {
        List<Choice> chosen = GoldMerge.choose(VOTES, 3, MergeStrategy.MAJORITY, 0);
        assertThat(chosen).extracting(Choice::start).containsExactly(0, 10);
        assertThat(chosen.get(1).label()).isEqualTo("unnamed-group");
        assertThat(chosen.get(1).supporters()).containsExactly("ann", "bob");
    }

    @Test
    void an_annotator_who_marked_nothing_counts_against_a_majority() {
        // 2 of 4 annotators is not more than half
        assertThat(GoldMerge.choose(VOTES, 4, MergeStrategy.MAJORITY, 0))
                .extracting(Choice::start)
                .containsExactly(0);
    }

    @Test
    void a_vote_threshold_of_one_takes_every_span_without_a_tie() {
        assertThat(GoldMerge.choose(VOTES, 3, MergeStrategy.THRESHOLD, 1))
                .extracting(Choice::start)
                .containsExactly(0, 10, 20);
    }

    @Test
    void a_vote_threshold_of_two_needs_two_votes_for_one_label() {
        assertThat(GoldMerge.choose(VOTES, 3, MergeStrategy.THRESHOLD, 2))
                .extracting(Choice::start)
                .containsExactly(0, 10);
    }

    @Test
    void one_annotator_marking_a_position_twice_has_one_vote() {
        List<Vote> votes =
                List.of(vote("ann", "document", 0, 5), vote("ann", "pronoun", 0, 5), vote("bob", "pronoun", 0, 5));
        List<Choice> chosen = GoldMerge.choose(votes, 2, MergeStrategy.THRESHOLD, 1);
        assertThat(chosen).isEmpty(); // ann's first vote (document) ties with bob's pronoun
    }

    @Test
    void attribution_cues_come_first_so_their_parts_join_their_frames() {
        List<Vote> votes = List.of(
                new Vote("ann", 1, Layer.ATTRIBUTION, "source", 0, 5),
                new Vote("ann", 2, Layer.ATTRIBUTION, "cue", 6, 10),
                new Vote("ann", 3, Layer.ATTRIBUTION, "content", 11, 20));
        assertThat(GoldMerge.choose(votes, 1, MergeStrategy.UNANIMOUS, 0))
                .extracting(Choice::label)
                .containsExactly("cue", "source", "content");
    }
}
