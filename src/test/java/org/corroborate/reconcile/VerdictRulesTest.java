package org.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class VerdictRulesTest {

    private final VerdictRules rules = new VerdictRules(new BigDecimal("0.10"));

    private static FigureInterval count(@Nullable String lower, @Nullable String upper) {
        return new FigureInterval(
                "count",
                "",
                lower == null ? null : new BigDecimal(lower),
                upper == null ? null : new BigDecimal(upper),
                true,
                true,
                null);
    }

    @Test
    void a_slot_takes_the_worst_verdict_of_its_pairs() {
        VerdictRules.Judgement judgement =
                rules.judge(List.of(count("100", "100"), count("100", "120"), count("300", "300")));
        assertThat(judgement.verdict()).isEqualTo(AutomaticVerdict.CONFLICT);
        assertThat(judgement.conflicts()).extracting(VerdictRules.Pair::second).containsOnly(2);
        assertThat(judgement.pairs()).hasSize(3);
    }

    @Test
    void one_figure_is_a_single_report() {
        assertThat(rules.judge(List.of(count("5", "5"))).verdict()).isEqualTo(AutomaticVerdict.SINGLE);
    }

    @Test
    void pairs_of_other_kinds_are_left_out_of_the_slot_verdict() {
        FigureInterval percent = new FigureInterval("percent", "%", BigDecimal.TEN, BigDecimal.TEN, true, true, null);
        assertThat(rules.judge(List.of(count("5", "5"), count("5", "6"), percent))
                        .verdict())
                .isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(rules.judge(List.of(count("5", "5"), percent)).verdict()).isEqualTo(AutomaticVerdict.NOT_COMPARABLE);
    }

    @Test
    void unbounded_intervals_overlap_when_their_open_ends_face_each_other() {
        assertThat(rules.pair(count("1000000", null), count(null, "2000000"))).isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(rules.pair(count("1000000", null), count(null, "10000"))).isEqualTo(AutomaticVerdict.CONFLICT);
    }

    @Test
    void a_negative_tolerance_is_refused() {
        assertThatThrownBy(() -> new VerdictRules(new BigDecimal("-0.1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verdict_keys_one_to_five_name_the_reconcilers_verdicts() {
        assertThat(ReconcilerVerdict.byKey("3")).contains(ReconcilerVerdict.DIFFERENT_SCOPE);
        assertThat(ReconcilerVerdict.byKey("6")).isEmpty();
        assertThat(ReconcilerVerdict.ERROR_IN_ARTICLE.namesArticle()).isTrue();
    }
}
