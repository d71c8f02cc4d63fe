package org.corroborate.exercise;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * An attempt's score moved since it was scored, because the gold key (or the exercise's articles or tasks) changed:
 * scores are always computed against the gold as it is now, and the score at scoring time is kept to say so.
 *
 * @param at when the gold last changed (the recomputation happened then)
 * @param was the score when the attempt was scored (empty: there was no gold)
 * @param now the score against the gold as it is now
 */
public record Rescored(Instant at, OptionalDouble was, OptionalDouble now) {

    /** Whether two scores differ (beyond rounding noise). */
    static boolean differ(OptionalDouble a, OptionalDouble b) {
        if (a.isPresent() != b.isPresent()) {
            return true;
        }
        return a.isPresent() && Math.abs(a.getAsDouble() - b.getAsDouble()) > 1e-9;
    }
}
