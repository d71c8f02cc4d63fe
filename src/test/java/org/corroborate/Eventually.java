package org.corroborate;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Waits for a condition instead of for a fixed time: checks it at once, then again at short, growing intervals
 * (10 ms up to 200 ms), until it holds or the deadline passes. A test that waits this way is as fast as the
 * machine allows and fails with a message instead of passing by luck on a fast machine and failing on a slow one.
 */
public final class Eventually {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(10);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(200);

    private Eventually() {}

    /**
     * Returns once {@code condition} holds.
     *
     * @throws AssertionError naming {@code what} when it still does not hold after {@code within}
     */
    public static void until(Duration within, BooleanSupplier condition, String what) {
        value(within, condition::getAsBoolean, Boolean::booleanValue, what);
    }

    /**
     * Asks {@code supplier} until {@code accepted} says yes to what it gives, and returns that.
     *
     * @throws AssertionError naming {@code what} and the last value seen when none was accepted after {@code within}
     */
    public static <T> T value(Duration within, Supplier<T> supplier, Predicate<? super T> accepted, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            T seen = supplier.get();
            if (accepted.test(seen)) {
                return seen;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError(
                        "Not within " + within.toMillis() + " ms: " + what + " (last seen: " + describe(seen) + ")");
            }
            pause(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private static String describe(@Nullable Object seen) {
        return Objects.toString(seen);
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
