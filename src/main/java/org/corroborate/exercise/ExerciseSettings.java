package org.corroborate.exercise;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an instructor sets for an exercise.
 *
 * @param articleIds the articles, in the order students see them
 * @param opensAt when students may start (null: at once)
 * @param dueAt when attempts close (null: never)
 */
public record ExerciseSettings(
        String title,
        String instructions,
        Set<ExerciseTask> tasks,
        List<Long> articleIds,
        @Nullable Instant opensAt,
        @Nullable Instant dueAt,
        int attemptsAllowed,
        FeedbackTiming feedback,
        boolean allowSuggestions,
        ScoringRules rules) {

    public ExerciseSettings {
        tasks = Set.copyOf(tasks);
        articleIds = List.copyOf(articleIds);
    }

    /** A new exercise's settings: to be filled in. */
    public static ExerciseSettings blank() {
        return new ExerciseSettings(
                "",
                "",
                Set.of(ExerciseTask.ANONYMOUS_SOURCES),
                List.of(),
                null,
                null,
                1,
                FeedbackTiming.AFTER_SUBMIT,
                false,
                ScoringRules.DEFAULTS);
    }
}
