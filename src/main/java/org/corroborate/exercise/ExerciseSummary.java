package org.corroborate.exercise;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An exercise as its instructors see it in a list or a form. */
public record ExerciseSummary(
        long id,
        long projectId,
        long version,
        ExerciseSettings settings,
        String classCode,
        String createdBy,
        int students,
        int submitted) {

    public String title() {
        return settings.title();
    }

    public @Nullable Instant dueAt() {
        return settings.dueAt();
    }
}
