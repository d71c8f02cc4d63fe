package org.corroborate.exercise;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scored attempt as its student (once released) or the instructor sees it.
 *
 * @param rescored set when the score differs from the one the attempt had when it was scored: the gold changed
 */
public record AttemptFeedback(long exerciseId, String exerciseTitle, String username, String displayName,
        int attemptNumber, @Nullable Instant submittedAt, ScoreReport report, List<FeedbackArticle> articles,
        @Nullable Rescored rescored) {
}
