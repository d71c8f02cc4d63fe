package org.corroborate.exercise;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The reconciliation task of an attempt: each slot with a gold verdict earns 1 point when the student gave the
 * same verdict, else nothing.
 *
 * @param slots slots with a gold verdict
 * @param right slots the student gave the gold verdict
 * @param wrong slots the student gave another verdict
 * @param unanswered slots the student gave no verdict
 * @param score right ÷ slots; empty without gold verdicts
 */
public record VerdictScore(
        int slots, int right, int wrong, int unanswered, OptionalDouble score, List<VerdictResult> items) {

    public VerdictScore {
        items = List.copyOf(items);
    }

    /** As a tally, so the attempt's total can add it to the span layers' points. */
    Tally tally() {
        return new Tally(
                slots,
                right + wrong,
                right + wrong,
                right,
                wrong,
                0,
                unanswered,
                right,
                score,
                Ratio.of(right, right + wrong),
                Ratio.of(right, slots),
                Ratio.f1(Ratio.of(right, right + wrong), Ratio.of(right, slots)));
    }
}
