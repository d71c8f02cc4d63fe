package org.corroborate.exercise;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** When a student sees the gold and their score. */
public enum FeedbackTiming {
    /** While working: each item as soon as it is marked. */
    AT_ONCE("At once, per item"),
    /** Once the attempt is submitted. */
    AFTER_SUBMIT("After submitting"),
    /** Once the due date has passed (after submitting when the exercise has no due date). */
    AFTER_DUE("After the due date");

    private final String caption;

    FeedbackTiming(String caption) {
        this.caption = caption;
    }

    public String caption() {
        return caption;
    }

    /** Whether an attempt submitted at {@code submittedAt} (null: not yet) may see its feedback {@code now}. */
    public boolean released(@Nullable Instant submittedAt, @Nullable Instant due, Instant now) {
        return switch (this) {
            case AT_ONCE -> true;
            case AFTER_SUBMIT -> submittedAt != null;
            case AFTER_DUE -> due == null ? submittedAt != null : !now.isBefore(due);
        };
    }
}
