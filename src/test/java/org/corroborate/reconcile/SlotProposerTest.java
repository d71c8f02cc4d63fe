package org.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotProposerTest {

    private static SlotCandidate wounded(String key, long articleId, String value) {
        BigDecimal v = new BigDecimal(value);
        return new SlotCandidate(
                key,
                articleId,
                value + " soldiers",
                new FigureInterval("count", "", v, v, true, true, null),
                "soldiers wounded attack base",
                "soldiers were wounded in the attack on the base",
                "",
                "");
    }

    /** Article 1 reports two counts in the same words; article 2 one of them. */
    private final List<SlotCandidate> twoCountsInOneArticle =
            List.of(wounded("a", 1, "100"), wounded("b", 1, "140"), wounded("c", 2, "100"));

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
        List<SlotProposer.ProposedSlot> slots =
                new SlotProposer().propose(List.of(wounded("a", 1, "100"), wounded("b", 2, "140")));
        assertThat(slots).hasSize(1);
    }

    private static SlotCandidate count(String key, long articleId, String value, String near) {
        BigDecimal v = new BigDecimal(value);
        return new SlotCandidate(
                key,
                articleId,
                value,
                new FigureInterval("count", "", v, v, true, true, null),
                near,
                "The war has " + near.replace("…", value) + ".",
                "",
                "");
    }

    private static SlotCandidate day(String key, long articleId, String written, String date, String near) {
        BigDecimal d = BigDecimal.valueOf(java.time.LocalDate.parse(date).toEpochDay());
        return new SlotCandidate(
                key,
                articleId,
                date,
                new FigureInterval("date", "day", d, d, true, true, java.time.LocalDate.parse(written)),
                near,
                "The leaders held a " + near.replace("…", date) + ".",
                "",
                "");
    }

    @Test
    void counts_of_deaths_and_of_casualties_disagree_without_contradicting_each_other() {
        assertThat(SlotProposer.measureDifferentThings(
                        count("a", 1, "50000", "resulted in … of deaths"),
                        count("b", 2, "1000000", "claimed … casualties")))
                .isTrue();
        assertThat(SlotProposer.measureDifferentThings(
                        count("a", 1, "50000", "claimed … casualties"),
                        count("b", 2, "1000000", "killed or wounded … people")))
                .as("killed or wounded are casualties")
                .isFalse();
        assertThat(SlotProposer.measureDifferentThings(
                        count("a", 1, "50000", "claimed … lives"), count("b", 2, "1000000", "… more people")))
                .as("one names nothing")
                .isFalse();
    }

    @Test
    void a_date_past_when_one_article_was_written_is_another_event_than_one_dated_after_it() {
        SlotCandidate wednesday = day("a", 1, "2025-08-14", "2025-08-13", "virtual meeting on …");
        SlotCandidate monday = day("b", 2, "2025-08-19", "2025-08-18", "meeting on …");
        SlotCandidate tuesday = day("c", 2, "2025-08-19", "2025-08-12", "virtual meeting on …");
        assertThat(SlotProposer.measureDifferentThings(wednesday, monday)).isTrue();
        assertThat(SlotProposer.measureDifferentThings(monday, wednesday)).isTrue();
        assertThat(SlotProposer.measureDifferentThings(wednesday, tuesday))
                .as("both before either was written")
                .isFalse();
    }

    @Test
    void a_title_says_what_the_figures_measure_in_the_words_around_them() {
        List<SlotProposer.ProposedSlot> slots = new SlotProposer()
                .propose(List.of(
                        count("a", 1, "1000000", "has claimed … casualties and devastated"),
                        count("b", 2, "1000000", "the war has killed or wounded … people from both sides")));
        assertThat(slots)
                .singleElement()
                .extracting(SlotProposer.ProposedSlot::title)
                .as("the figure shows where every article gives it in the same words")
                .isEqualTo("How many: 1000000 casualties");
    }
}
