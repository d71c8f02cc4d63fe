package org.corroborate.exercise;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** When a student sees the gold and their score. */
public enum FeedbackTiming {
    /**
     * While working, each span as soon as it is marked (found, wrong label, not in the gold: {@link SpanCheck});
     * the whole feedback, missed items included, once the attempt is submitted.
     */
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
            case AT_ONCE, AFTER_SUBMIT -> submittedAt != null;
            case AFTER_DUE -> due == null ? submittedAt != null : !now.isBefore(due);
        };
    }
}
