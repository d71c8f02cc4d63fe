package org.corroborate.exercise;

import org.jspecify.annotations.Nullable;

/**
 * One gold item and the student span that matched it, if any.
 *
 * @param overlap intersection over union with the matched span; 0 when missed
 * @param points what the item earned (1, the partial credit, or 0)
 */
public record GoldItemResult(
        ExerciseSpan gold, ItemOutcome outcome, @Nullable ExerciseSpan matched, double overlap, double points) {

    public boolean found() {
        return outcome != ItemOutcome.MISSED;
    }

    public boolean labelRight() {
        return outcome == ItemOutcome.FOUND;
    }
}
