package org.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.figure.FigureNormaliser;
import org.corroborate.scheme.Layer;
import org.corroborate.suggestion.FigureDetector;
import org.corroborate.suggestion.ArticleAnalysis;
import org.corroborate.suggestion.SeedArticles;
import org.corroborate.suggestion.Suggestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Slot proposal and verdicts on the seed story, with the figures the figure detector finds. */
class SeedSlotProposalTest {

    static final List<SlotCandidate> candidates = new ArrayList<>();
    static List<SlotProposer.ProposedSlot> slots;

    @BeforeAll
    public static void propose() {
        candidates.clear();
        FigureCandidates reader = new FigureCandidates(new FigureNormaliser());
        List<SeedArticles.Seed> seeds = SeedArticles.load();
        for (int a = 0; a < seeds.size(); a++) {
            SeedArticles.Seed seed = seeds.get(a);
            List<FigureCandidates.FigureSpan> spans = new ArrayList<>();
            for (Suggestion s : new FigureDetector().detect(ArticleAnalysis.of(seed.text(), seed.published()))) {
                if (s.layer() == Layer.FIGURE) {
                    spans.add(new FigureCandidates.FigureSpan(a + ":" + s.start(), s.start(), s.end(), ""));
                }
            }
            candidates.addAll(reader.of(a, seed.text(), seed.published(), spans));
        }
        slots = new SlotProposer().propose(candidates);
    }

    private static SlotProposer.ProposedSlot slotWith(String quote, long articleId) {
        return slots.stream()
                .filter(s -> s.members().stream().anyMatch(c -> c.quote().equals(quote) && c.articleId() == articleId))
                .findFirst().orElseThrow(() -> new AssertionError("no slot holds “" + quote + "” of article "
                        + articleId + "; slots: " + slots));
    }

    private static SlotCandidate member(SlotProposer.ProposedSlot slot, String quote) {
        return slot.members().stream().filter(c -> c.quote().equals(quote)).findFirst().orElseThrow();
    }

    private final VerdictRules rules = new VerdictRules(FigureNormaliser.DEFAULT_APPROXIMATE_WIDTH);

    @Test
    void the_ninety_billion_dollars_reported_twice_form_one_consistent_slot() {
        SlotProposer.ProposedSlot slot = slotWith("approximately $90 billion", 1);
        assertThat(slot.members()).extracting(SlotCandidate::articleId).containsExactly(1L, 4L);
        assertThat(rules.judge(slot.members().stream().map(SlotCandidate::interval).toList()).verdict())
                .isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(slot.title()).startsWith("Money (USD)").contains("weapon");
    }

    @Test
    void casualties_over_a_million_agree_while_tens_of_thousands_of_deaths_stand_apart() {
        SlotProposer.ProposedSlot slot = slotWith("over a million", 1);
        assertThat(slot.members()).extracting(SlotCandidate::quote)
                .containsExactlyInAnyOrder("tens of thousands", "over a million", "more than a million");
        FigureInterval overAMillion = member(slot, "over a million").interval();
        FigureInterval moreThanAMillion = member(slot, "more than a million").interval();
        FigureInterval tensOfThousands = member(slot, "tens of thousands").interval();
        assertThat(rules.pair(overAMillion, moreThanAMillion)).isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(rules.pair(tensOfThousands, overAMillion)).isEqualTo(AutomaticVerdict.CONFLICT);
        assertThat(rules.judge(slot.members().stream().map(SlotCandidate::interval).toList()).verdict())
                .isEqualTo(AutomaticVerdict.CONFLICT);
    }

    @Test
    void only_a_year_ago_and_in_february_disagree_on_when_the_earlier_meeting_was() {
        SlotProposer.ProposedSlot slot = slotWith("a year ago", 3);
        assertThat(slot.members()).anyMatch(c -> c.articleId() == 4 && c.quote().equals("February"));
        assertThat(rules.pair(member(slot, "a year ago").interval(), member(slot, "February").interval()))
                .isEqualTo(AutomaticVerdict.CONFLICT);
    }

    @Test
    void figures_of_other_kinds_never_share_a_slot() {
        for (SlotProposer.ProposedSlot slot : slots) {
            FigureInterval first = slot.members().get(0).interval();
            assertThat(slot.members()).allMatch(c -> c.interval().comparableWith(first));
            assertThat(slot.members().stream().map(SlotCandidate::articleId).distinct().count()).isGreaterThan(1);
        }
    }

    @Test
    void a_war_that_began_in_february_2022_is_not_the_meeting_in_february() {
        SlotProposer.ProposedSlot meeting = slotWith("a year ago", 3);
        assertThat(meeting.members()).noneMatch(c -> c.quote().contains("2022"));
    }
}
