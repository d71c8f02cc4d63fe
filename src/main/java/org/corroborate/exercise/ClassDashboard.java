package org.corroborate.exercise;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * The class view of an exercise, scored against the gold as it is now.
 *
 * @param students one row per enrolled student
 * @param items every gold item, most missed first
 * @param falsePositives spans that two or more students marked and gold lacks, most marked first
 * @param heat per article, how many students (submitted attempts) marked each word
 * @param histogram submitted attempts per score decile (0–10 %, …, 90–100 %)
 * @param goldChangedAt when the exercise's gold last changed (null: no gold)
 * @param outcomes per submitted student and gold item, what became of the item
 * @param rescoring how many submitted attempts the last change of gold re-scored
 * @param slots the reconciliation task's slots with a reconciler's verdict, most missed first (empty without it)
 */
public record ClassDashboard(
        ExerciseSummary exercise,
        List<StudentRow> students,
        List<ItemRow> items,
        List<FalsePositive> falsePositives,
        List<HeatArticle> heat,
        int[] histogram,
        @Nullable Instant goldChangedAt,
        List<StudentItem> outcomes,
        Rescoring rescoring,
        List<SlotRow> slots) {

    /** A slot of the story with the reconciler's verdict: how many submitted attempts gave the same verdict. */
    public record SlotRow(String slotId, String title, String verdict, int right, int attempts) {

        public double hitRate() {
            return attempts == 0 ? 0 : (double) right / attempts;
        }
    }

    /**
     * Submitted attempts whose score moved since they were scored, because the gold changed.
     *
     * @param rescored counted attempts whose score now differs from the one recorded when they were scored
     * @param scored counted attempts with a recorded score
     */
    public record Rescoring(@Nullable Instant goldChangedAt, int rescored, int scored) {

        public static final Rescoring NONE = new Rescoring(null, 0, 0);
    }

    /** What one student's counted attempt made of one gold item (for the per-student-per-item sheet). */
    public record StudentItem(String username, long annotationId, ItemOutcome outcome, double points) {}

    /** One student: their latest attempt. */
    public record StudentRow(
            String username,
            String displayName,
            AttemptState state,
            int attempts,
            @Nullable Instant submittedAt,
            long activeSeconds,
            double points,
            int maximum,
            OptionalDouble score,
            Map<Layer, OptionalDouble> scoreByLayer) {}

    /** One gold item: how many of the submitted attempts found it (any label) and with the right label. */
    public record ItemRow(GoldItem gold, String articleTitle, int found, int rightLabel, int attempts) {

        public double hitRate() {
            return attempts == 0 ? 0 : (double) found / attempts;
        }
    }

    /** Spans gold lacks that several students marked (grouped by overlap). */
    public record FalsePositive(
            long articleId, String articleTitle, Layer layer, int start, int end, String text, int students) {}

    /** An article's words and how many students marked each. */
    public record HeatArticle(long articleId, String title, String text, List<WordHeat> words, int students) {}

    /** A word (UTF-16 offsets) and how many students' spans cover it. */
    public record WordHeat(int start, int end, int count) {}
}
