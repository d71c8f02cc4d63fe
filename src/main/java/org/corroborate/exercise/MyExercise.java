package org.corroborate.exercise;

import java.time.Instant;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One of the signed-in student's exercises.
 *
 * @param score the latest submitted attempt's score, only once its feedback is released
 */
public record MyExercise(
        long exerciseId,
        long projectId,
        String projectName,
        String title,
        AttemptState state,
        @Nullable Instant dueAt,
        int attemptsUsed,
        int attemptsAllowed,
        OptionalDouble score) {}
