package org.corroborate.exercise;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scored attempt as its student (once released) or the instructor sees it.
 *
 * @param rescored set when the score differs from the one the attempt had when it was scored: the gold changed
 * @param slotTitles the titles of the story's slots, by slot id, for the reconciliation task's items
 */
public record AttemptFeedback(
        long exerciseId,
        String exerciseTitle,
        String username,
        String displayName,
        int attemptNumber,
        @Nullable Instant submittedAt,
        ScoreReport report,
        List<FeedbackArticle> articles,
        @Nullable Rescored rescored,
        Map<String, String> slotTitles) {

    public AttemptFeedback {
        slotTitles = Map.copyOf(slotTitles);
    }
}
