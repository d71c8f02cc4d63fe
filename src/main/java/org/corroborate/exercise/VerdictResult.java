package org.corroborate.exercise;

import org.jspecify.annotations.Nullable;

/** One gold slot verdict and the student's verdict for the same slot, if they gave one. */
public record VerdictResult(ExerciseVerdict gold, @Nullable String given) {

    public boolean right() {
        return gold.verdict().equals(given);
    }
}
