package org.corroborate.exercise;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A scored attempt as its student (once released) or the instructor sees it. */
public record AttemptFeedback(long exerciseId, String exerciseTitle, String username, String displayName,
        int attemptNumber, @Nullable Instant submittedAt, ScoreReport report, List<FeedbackArticle> articles) {
}
