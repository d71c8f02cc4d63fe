package org.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotProposerTest {

    private static SlotCandidate wounded(String key, long articleId, String value) {
        BigDecimal v = new BigDecimal(value);
        return new SlotCandidate(key, articleId, value + " soldiers",
                new FigureInterval("count", "", v, v, true, true, null),
                "soldiers wounded attack base", "soldiers were wounded in the attack on the base", "", "");
    }

    /** Article 1 reports two counts in the same words; article 2 one of them. */
    private final List<SlotCandidate> twoCountsInOneArticle = List.of(wounded("a", 1, "100"), wounded("b", 1, "140"),
            wounded("c", 2, "100"));

    @Test
    void figures_of_one_article_that_contradict_each_other_never_share_a_slot() {
        List<SlotProposer.ProposedSlot> slots = new SlotProposer().propose(twoCountsInOneArticle);
        assertThat(slots).hasSize(1);
        // Values do not choose the partner (the words do, and they are the same): one of a and b joins c.
        assertThat(slots.get(0).members()).extracting(SlotCandidate::articleId).containsExactly(1L, 2L);
    }

    @Test
    void what_contradicts_within_an_article_follows_the_projects_width_of_approximately() {
        // 100 and 140 are 40% apart: a conflict at ±10%, compatible at ±25%.
        List<SlotProposer.ProposedSlot> slots = new SlotProposer(new BigDecimal("0.25")).propose(twoCountsInOneArticle);
        assertThat(slots).hasSize(1);
        assertThat(slots.get(0).members()).extracting(SlotCandidate::key).containsExactly("a", "b", "c");
    }

    @Test
    void the_same_figures_in_two_articles_share_a_slot() {
        List<SlotProposer.ProposedSlot> slots = new SlotProposer().propose(
                List.of(wounded("a", 1, "100"), wounded("b", 2, "140")));
        assertThat(slots).hasSize(1);
    }
}
