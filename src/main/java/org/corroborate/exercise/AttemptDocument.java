package org.corroborate.exercise;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.corroborate.labels.ProjectLabel;
import org.jspecify.annotations.Nullable;

/**
 * What a student's attempt page shows: the exercise's instructions and articles, the labels the tasks allow, the
 * attempt and whether it can still be changed. Never the gold and never another student's work.
 *
 * @param attemptId the current attempt; null when the student has not started one
 * @param canStartNew whether a new attempt may be started (submitted, attempts left, still open)
 */
public record AttemptDocument(
        long exerciseId,
        long projectId,
        String title,
        String instructions,
        Set<ExerciseTask> tasks,
        List<ArticleRef> articles,
        List<ProjectLabel> labels,
        @Nullable Long attemptId,
        int attemptNumber,
        int attemptsAllowed,
        boolean readOnly,
        boolean canStartNew,
        @Nullable Instant submittedAt,
        @Nullable Instant dueAt,
        boolean feedbackReleased,
        FeedbackTiming feedback) {}
