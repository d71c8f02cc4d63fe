package org.corroborate.annotation;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Time spent on an article, counted from activity in the annotator's own set: opening the editor starts a
 * session, and each edit or status change adds the time since the previous activity, at most
 * {@link #IDLE_CAP} (a longer pause counts as five minutes of reading, not as hours of work).
 */
public final class WorkTime {

    public static final Duration IDLE_CAP = Duration.ofMinutes(5);

    private WorkTime() {}

    static long credit(@Nullable Instant previous, Instant now) {
        if (previous == null || now.isBefore(previous)) {
            return 0;
        }
        return Math.min(Duration.between(previous, now).toSeconds(), IDLE_CAP.toSeconds());
    }

    /** "1 h 05 min", "12 min", "40 s". */
    public static String format(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? minutes + " min" : String.format("%d h %02d min", minutes / 60, minutes % 60);
    }
}
