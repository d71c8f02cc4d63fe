package org.corroborate.reconcile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story's reconciliation board: its articles (the columns) and its slots (the rows, conflicts first). The
 * figures in no slot yet come apart ({@link ReconcileService#unslotted}).
 *
 * @param tolerance the project's approximation width, which separates compatible from conflicting figures
 */
public record ReconciliationBoard(
        long projectId, long storyId, String storyTitle, List<Column> articles, List<Row> slots, BigDecimal tolerance) {

    /** An article of the story; {@code label} is its short name on the board ("A1"). */
    public record Column(
            long articleId,
            String label,
            String title,
            @Nullable String outlet,
            @Nullable LocalDate published,
            @Nullable Long nearDuplicateGroup) {}

    /**
     * A figure in a slot with its reading.
     *
     * @param reading the interval for people ("> 1,000,000"), or "not understood"
     * @param interval null when the figure could not be read into an interval
     * @param conflicting disjoint from another figure of the slot even with the tolerance
     */
    public record Figure(
            long id,
            long articleId,
            int start,
            int end,
            String quote,
            String source,
            FigureOrigin origin,
            String reading,
            @Nullable FigureInterval interval,
            boolean conflicting) {}

    /**
     * A slot.
     *
     * @param independentReports how many of its articles report it independently: near-duplicates (rewrites
     *         of one copy) count once
     */
    public record Row(
            long id,
            long version,
            String title,
            boolean proposed,
            AutomaticVerdict automatic,
            @Nullable ReconcilerVerdict verdict,
            @Nullable Long errorArticleId,
            String acceptedValue,
            String rationale,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            List<Figure> figures,
            int independentReports) {

        /** A conflict by the intervals or by the reconciler's word: these come first on the board. */
        public boolean inConflict() {
            return verdict == ReconcilerVerdict.CONFLICT
                    || verdict == ReconcilerVerdict.ERROR_IN_ARTICLE
                    || (verdict == null && automatic == AutomaticVerdict.CONFLICT);
        }
    }
}
