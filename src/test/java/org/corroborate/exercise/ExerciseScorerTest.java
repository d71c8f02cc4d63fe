package org.corroborate.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class ExerciseScorerTest {

    private final ExerciseScorer scorer = new ExerciseScorer(ScoringRules.DEFAULTS);

    private static ExerciseSpan source(int start, int end, String label) {
        return new ExerciseSpan("a1", Layer.SOURCE, start, end, label);
    }

    private static ExerciseSpan part(int start, int end, String label) {
        return new ExerciseSpan("a1", Layer.ATTRIBUTION, start, end, label);
    }

    @Test
    void an_overlap_of_exactly_the_threshold_matches() {
        ScoreReport report =
                scorer.score(List.of(source(0, 10, "unnamed-individual")), List.of(source(0, 5, "unnamed-individual")));
        LayerScore layer = report.layer(Layer.SOURCE).orElseThrow();
        assertThat(layer.tally().rightLabel()).isEqualTo(1);
        assertThat(layer.items().getFirst().overlap()).isEqualTo(0.5);
        assertThat(layer.tally().score()).hasValue(1.0);
    }

    @Test
    void an_overlap_just_below_the_threshold_is_a_miss_and_a_spurious_span() {
        ScoreReport report =
                scorer.score(List.of(source(0, 10, "unnamed-individual")), List.of(source(0, 4, "unnamed-individual")));
        Tally tally = report.layer(Layer.SOURCE).orElseThrow().tally();
        assertThat(tally.missed()).isEqualTo(1);
        assertThat(tally.spurious()).isEqualTo(1);
        assertThat(tally.score()).hasValue(0.0);
    }

    @Test
    void an_overlap_threshold_of_a_third_matches_a_span_shifted_by_half() {
        ExerciseScorer lenient = new ExerciseScorer(new ScoringRules(1.0 / 3, 0.5, 0));
        // 0–10 and 5–15: 5 shared of 15 code points = exactly one third
        assertThat(lenient.score(List.of(source(0, 10, "document")), List.of(source(5, 15, "document")))
                        .total()
                        .rightLabel())
                .isEqualTo(1);
        assertThat(scorer.score(List.of(source(0, 10, "document")), List.of(source(5, 15, "document")))
                        .total()
                        .rightLabel())
                .isZero();
    }

    @Test
    void two_student_spans_on_one_gold_item_match_it_once_and_the_worse_one_is_spurious() {
        ScoreReport report = scorer.score(
                List.of(source(10, 20, "pronoun")), List.of(source(10, 18, "pronoun"), source(10, 20, "pronoun")));
        LayerScore layer = report.layer(Layer.SOURCE).orElseThrow();
        assertThat(layer.items().getFirst().matched()).isEqualTo(source(10, 20, "pronoun"));
        assertThat(layer.spurious()).containsExactly(source(10, 18, "pronoun"));
        assertThat(layer.tally().points()).isEqualTo(1.0);
        assertThat(layer.tally().precision()).hasValue(0.5);
        assertThat(layer.tally().recall()).hasValue(1.0);
    }

    @Test
    void one_student_span_over_two_gold_items_matches_only_the_one_it_overlaps_best() {
        ScoreReport report = scorer.score(
                List.of(source(0, 10, "document"), source(12, 16, "document")), List.of(source(0, 16, "document")));
        LayerScore layer = report.layer(Layer.SOURCE).orElseThrow();
        assertThat(layer.items())
                .extracting(GoldItemResult::outcome)
                .containsExactly(ItemOutcome.FOUND, ItemOutcome.MISSED);
        assertThat(layer.tally().score()).hasValue(0.5);
    }

    @Test
    void best_overlap_first_beats_text_order() {
        // gold 0–10 could take the student span 2–12 (IoU 8/12), but gold 4–12 overlaps it better (8/10)
        ScoreReport report = scorer.score(
                List.of(source(0, 10, "document"), source(4, 12, "document")), List.of(source(2, 12, "document")));
        assertThat(report.layer(Layer.SOURCE).orElseThrow().items())
                .extracting(GoldItemResult::outcome)
                .containsExactly(ItemOutcome.MISSED, ItemOutcome.FOUND);
    }

    @Test
    void a_wrong_label_earns_the_partial_credit_and_counts_against_strict_precision() {
        ScoreReport report = scorer.score(
                List.of(source(0, 10, "unnamed-individual"), source(20, 30, "document")),
                List.of(source(0, 10, "named-person"), source(20, 30, "document")));
        Tally tally = report.layer(Layer.SOURCE).orElseThrow().tally();
        assertThat(tally.wrongLabel()).isEqualTo(1);
        assertThat(tally.rightLabel()).isEqualTo(1);
        assertThat(tally.points()).isEqualTo(1.5);
        assertThat(tally.score()).hasValue(0.75);
        assertThat(tally.precision()).hasValue(0.5);
        assertThat(tally.recall()).hasValue(0.5);
        assertThat(tally.f1()).hasValue(0.5);
        assertThat(report.layer(Layer.SOURCE).orElseThrow().items().getFirst().outcome())
                .isEqualTo(ItemOutcome.WRONG_LABEL);
    }

    @Test
    void on_equal_overlap_the_student_span_with_the_right_label_is_taken() {
        ScoreReport report = scorer.score(
                List.of(source(0, 10, "document")), List.of(source(0, 10, "pronoun"), source(0, 10, "document")));
        assertThat(report.total().rightLabel()).isEqualTo(1);
        assertThat(report.layer(Layer.SOURCE).orElseThrow().spurious()).containsExactly(source(0, 10, "pronoun"));
    }

    @Test
    void an_empty_submission_misses_everything_and_has_no_precision() {
        ScoreReport report = scorer.score(List.of(source(0, 10, "document"), source(20, 30, "pronoun")), List.of());
        Tally tally = report.total();
        assertThat(tally.missed()).isEqualTo(2);
        assertThat(tally.score()).hasValue(0.0);
        assertThat(tally.precision()).isEmpty();
        assertThat(tally.recall()).hasValue(0.0);
        assertThat(tally.f1()).isEmpty();
    }

    @Test
    void a_submission_without_gold_has_no_score_and_only_spurious_spans() {
        ScoreReport report = scorer.score(List.of(), List.of(source(0, 10, "document")));
        Tally tally = report.total();
        assertThat(tally.gold()).isZero();
        assertThat(tally.spurious()).isEqualTo(1);
        assertThat(tally.score()).isEmpty();
        assertThat(tally.precision()).hasValue(0.0);
        assertThat(tally.recall()).isEmpty();
    }

    @Test
    void nothing_against_nothing_is_an_empty_report() {
        ScoreReport report = scorer.score(List.of(), List.of());
        assertThat(report.layers()).isEmpty();
        assertThat(report.total().score()).isEmpty();
    }

    @Test
    void a_penalty_takes_points_for_spurious_spans_but_the_score_stays_at_or_above_zero() {
        ExerciseScorer strict = new ExerciseScorer(new ScoringRules(0.5, 0.5, 0.25));
        ScoreReport report = strict.score(
                List.of(source(0, 10, "document"), source(40, 50, "document")),
                List.of(source(0, 10, "document"), source(20, 30, "document"), source(60, 70, "document")));
        assertThat(report.total().points()).isEqualTo(0.5);
        assertThat(report.total().score()).hasValue(0.25);
        ScoreReport worse = strict.score(
                List.of(source(0, 10, "document")), List.of(source(20, 30, "document"), source(60, 70, "document")));
        assertThat(worse.total().points()).isEqualTo(-0.5);
        assertThat(worse.total().score()).hasValue(0.0);
    }

    @Test
    void spans_match_only_within_their_article_and_layer() {
        ScoreReport report = scorer.score(
                List.of(source(0, 10, "document")),
                List.of(
                        new ExerciseSpan("a2", Layer.SOURCE, 0, 10, "document"),
                        new ExerciseSpan("a1", Layer.CLAIM, 0, 10, "document")));
        assertThat(report.layer(Layer.SOURCE).orElseThrow().tally().missed()).isEqualTo(1);
        assertThat(report.layer(Layer.CLAIM).orElseThrow().tally().spurious()).isEqualTo(1);
        assertThat(report.total().score()).hasValue(0.0);
    }

    @Test
    void attribution_frames_are_scored_per_part() {
        ScoreReport report = scorer.score(
                List.of(part(0, 12, "source"), part(13, 17, "cue"), part(18, 40, "content")),
                List.of(part(0, 12, "source"), part(13, 17, "content"), part(50, 60, "cue")));
        LayerScore layer = report.layer(Layer.ATTRIBUTION).orElseThrow();
        assertThat(layer.parts().keySet()).containsExactly("source", "cue", "content");
        assertThat(part(layer, "source").rightLabel()).isEqualTo(1);
        assertThat(part(layer, "cue").wrongLabel()).isEqualTo(1);
        assertThat(part(layer, "cue").spurious()).isEqualTo(1);
        assertThat(part(layer, "content").missed()).isEqualTo(1);
        assertThat(layer.tally().points()).isEqualTo(1.5);
        assertThat(layer.tally().score().getAsDouble()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void reconciliation_scores_each_slot_verdict_right_or_wrong() {
        List<ExerciseVerdict> gold = List.of(
                new ExerciseVerdict("s", "deaths", "conflict"),
                new ExerciseVerdict("s", "cost", "consistent"),
                new ExerciseVerdict("s", "date", "superseded"));
        List<ExerciseVerdict> given =
                List.of(new ExerciseVerdict("s", "deaths", "conflict"), new ExerciseVerdict("s", "cost", "conflict"));
        ScoreReport report =
                scorer.score(List.of(source(0, 10, "document")), List.of(source(0, 10, "document")), gold, given);
        VerdictScore verdicts = report.verdicts().orElseThrow();
        assertThat(verdicts.right()).isEqualTo(1);
        assertThat(verdicts.wrong()).isEqualTo(1);
        assertThat(verdicts.unanswered()).isEqualTo(1);
        assertThat(verdicts.score().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(report.total().gold()).isEqualTo(4);
        assertThat(report.total().points()).isEqualTo(2.0);
        assertThat(report.total().score()).hasValue(0.5);
    }

    @Test
    void rules_out_of_range_are_refused() {
        assertThatThrownBy(() -> new ScoringRules(0, 0.5, 0)).hasMessageContaining("overlap");
        assertThatThrownBy(() -> new ScoringRules(0.5, 1.5, 0)).hasMessageContaining("partial credit");
        assertThatThrownBy(() -> new ScoringRules(0.5, 0.5, -1)).hasMessageContaining("penalty");
        assertThatThrownBy(() -> new ExerciseSpan("a", Layer.SOURCE, 5, 5, "x")).hasMessageContaining("start < end");
    }

    private static Tally part(LayerScore layer, String name) {
        return java.util.Objects.requireNonNull(layer.parts().get(name), name);
    }
}
