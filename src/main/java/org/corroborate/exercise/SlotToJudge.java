package org.corroborate.exercise;

import java.util.List;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.jspecify.annotations.Nullable;

/**
 * A slot of the exercise's story as a student judges it: its title and figures, and the student's own verdict;
 * never the reconciler's.
 *
 * @param figures each figure's quote and the title of its article
 * @param given the verdict the student gave in their latest attempt; null: none yet
 */
public record SlotToJudge(
        long slotId,
        String title,
        List<String> figures,
        @Nullable ReconcilerVerdict given) {

    public SlotToJudge {
        figures = List.copyOf(figures);
    }
}
