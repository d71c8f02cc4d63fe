package org.corroborate.exercise;

import org.jspecify.annotations.Nullable;

/** One gold item in a student's feedback: found, missed or with a wrong label, and the span that matched it. */
public record FeedbackItem(
        GoldItem gold, ItemOutcome outcome, @Nullable StudentSpan matched, double overlap, double points) {}
