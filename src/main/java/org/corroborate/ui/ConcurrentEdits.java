package org.corroborate.ui;

import org.corroborate.concurrency.ConcurrentChangeException;

/**
 * The one place views handle a change refused because someone else changed the same thing first: nothing was
 * saved, the user is told so, and the view shows what is saved now (or keeps the user's input, where it says so).
 */
public final class ConcurrentEdits {

    private ConcurrentEdits() {}

    /** Runs a change; if someone else moved first, says so with the usual message and changes nothing else. */
    public static void run(Runnable change) {
        run(change, () -> {});
    }

    /** Runs a change; if someone else moved first, says so with the usual message, then runs {@code afterwards}. */
    public static void run(Runnable change, Runnable afterwards) {
        try {
            change.run();
        } catch (ConcurrentChangeException e) {
            Notifications.concurrentChange();
            afterwards.run();
        }
    }

    /** Like {@link #run(Runnable, Runnable)}, for a view whose message says what was changed. */
    public static void run(Runnable change, String message, Runnable afterwards) {
        try {
            change.run();
        } catch (ConcurrentChangeException e) {
            Notifications.error(message);
            afterwards.run();
        }
    }
}
