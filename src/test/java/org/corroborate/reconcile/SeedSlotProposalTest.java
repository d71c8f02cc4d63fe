package org.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.figure.FigureAttributes;
import org.corroborate.figure.FigureNormaliser;
import org.corroborate.scheme.Layer;
import org.corroborate.suggestion.ArticleAnalysis;
import org.corroborate.suggestion.FigureDetector;
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
        FigureNormaliser reading = FigureNormaliser.withoutProject();
        FigureCandidates reader = new FigureCandidates(reading);
        List<SeedArticles.Seed> seeds = SeedArticles.load();
        for (int a = 0; a < seeds.size(); a++) {
            SeedArticles.Seed seed = seeds.get(a);
            List<FigureCandidates.FigureSpan> spans = new ArrayList<>();
            // as the board takes detected figures: read in their sentence (StoryFigures)
            for (Suggestion s : new FigureDetector(FigureNormaliser.withoutProject())
                    .detect(ArticleAnalysis.of(seed.text(), seed.published()))) {
                if (s.layer() == Layer.FIGURE) {
                    spans.add(new FigureCandidates.FigureSpan(
                            a + ":" + s.start(),
                            s.start(),
                            s.end(),
                            "",
                            FigureAttributes.correction(
                                            reading, s.label(), s.attributes(), s.text(seed.text()), seed.published())
                                    .orElse(null)));
                }
            }
            candidates.addAll(reader.of(a, seed.text(), seed.published(), spans));
        }
        slots = new SlotProposer().propose(candidates);
    }

    private static SlotProposer.ProposedSlot slotWith(String quote, long articleId) {
        return slots.stream()
                .filter(s -> s.members().stream().anyMatch(c -> c.quote().equals(quote) && c.articleId() == articleId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no slot holds “" + quote + "” of article " + articleId + "; slots: " + slots));
    }

    private static SlotCandidate member(SlotProposer.ProposedSlot slot, String quote) {
        return slot.members().stream()
                .filter(c -> c.quote().equals(quote))
                .findFirst()
                .orElseThrow();
    }

    private final VerdictRules rules = new VerdictRules(FigureNormaliser.DEFAULT_APPROXIMATE_WIDTH);

    private AutomaticVerdict verdict(SlotProposer.ProposedSlot slot) {
        return rules.judge(slot.members().stream().map(SlotCandidate::interval).toList())
                .verdict();
    }

    @Test
    void the_ninety_billion_dollars_reported_twice_form_one_consistent_slot() {
        SlotProposer.ProposedSlot slot = slotWith("approximately $90 billion", 1);
        assertThat(slot.members()).extracting(SlotCandidate::articleId).containsExactly(1L, 4L);
        assertThat(verdict(slot)).isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(slot.title())
                .startsWith("How much (USD): ")
                .contains("purchase")
                .contains("weapons");
    }

    @Test
    void over_a_million_casualties_and_more_than_a_million_killed_or_wounded_agree() {
        SlotProposer.ProposedSlot slot = slotWith("over a million", 1);
        assertThat(slot.members())
                .extracting(SlotCandidate::quote)
                .containsExactlyInAnyOrder("over a million", "more than a million");
        assertThat(verdict(slot)).isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(slot.title()).isEqualTo("How many: casualties");
    }

    @Test
    void tens_of_thousands_of_deaths_measure_something_else_than_a_million_casualties() {
        assertThat(slots)
                .noneMatch(s -> s.members().stream().anyMatch(c -> c.quote().equals("tens of thousands")));
    }

    @Test
    void the_guarantees_within_the_next_week_to_ten_days_agree() {
        SlotProposer.ProposedSlot slot = slotWith("within the next week to 10 days", 1);
        assertThat(slot.members()).extracting(SlotCandidate::articleId).containsExactly(1L, 4L);
        assertThat(verdict(slot)).isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(slot.title()).contains("guarantees would be formalized");
    }

    @Test
    void the_putin_zelenskyy_meeting_within_two_weeks_agrees_and_the_virtual_meeting_of_wednesday_stands_apart() {
        SlotProposer.ProposedSlot slot = slotWith("within two weeks", 1);
        assertThat(slot.members())
                .extracting(SlotCandidate::quote)
                .containsExactlyInAnyOrder("within two weeks", "within the next two weeks");
        assertThat(verdict(slot)).isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(slots)
                .noneMatch(s -> s.members().stream().anyMatch(c -> c.quote().equals("Wednesday")));
    }

    @Test
    void only_a_year_ago_and_in_february_disagree_on_when_the_earlier_meeting_was() {
        SlotProposer.ProposedSlot slot = slotWith("a year ago", 3);
        assertThat(slot.members()).anyMatch(c -> c.articleId() == 4 && c.quote().equals("February"));
        assertThat(rules.pair(
                        member(slot, "a year ago").interval(),
                        member(slot, "February").interval()))
                .isEqualTo(AutomaticVerdict.CONFLICT);
        assertThat(slot.title())
                .as("the values differ, so the title names the event, not a value")
                .isEqualTo("When: the pair clashed in a heated exchange");
    }

    @Test
    void the_only_conflict_of_the_seed_story_is_when_the_pair_last_met() {
        assertThat(slots.stream().filter(s -> verdict(s) == AutomaticVerdict.CONFLICT))
                .singleElement()
                .isSameAs(slotWith("a year ago", 3));
    }

    @Test
    void the_five_reports_of_the_alaska_summit_agree_and_the_title_says_where() {
        SlotProposer.ProposedSlot slot = slotWith("last Friday", 3);
        assertThat(slot.members()).hasSize(5);
        assertThat(verdict(slot)).isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(slot.title()).isEqualTo("When: meeting Putin in Alaska");
    }

    @Test
    void figures_of_other_kinds_never_share_a_slot() {
        for (SlotProposer.ProposedSlot slot : slots) {
            FigureInterval first = slot.members().get(0).interval();
            assertThat(slot.members()).allMatch(c -> c.interval().comparableWith(first));
            assertThat(slot.members().stream()
                            .map(SlotCandidate::articleId)
                            .distinct()
                            .count())
                    .isGreaterThan(1);
        }
    }

    @Test
    void a_war_that_began_in_february_2022_is_not_the_meeting_in_february() {
        SlotProposer.ProposedSlot meeting = slotWith("a year ago", 3);
        assertThat(meeting.members()).noneMatch(c -> c.quote().contains("2022"));
    }
}
