package org.corroborate.annotation;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The rule by which a set counts work time (see {@code workflow.WorkTime}): each edit or status change adds the
 * time since the previous activity, at most {@link #IDLE_CAP} (a longer pause counts as five minutes of reading,
 * not as hours of work). It lives beside the set it updates; {@code workflow} reports the total.
 */
public final class WorkTimeCredit {

    public static final Duration IDLE_CAP = Duration.ofMinutes(5);

    private WorkTimeCredit() {}

    static long credit(@Nullable Instant previous, Instant now) {
        if (previous == null || now.isBefore(previous)) {
            return 0;
        }
        return Math.min(Duration.between(previous, now).toSeconds(), IDLE_CAP.toSeconds());
    }
}
