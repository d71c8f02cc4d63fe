package org.corroborate.reconcile.ui;

import org.corroborate.reconcile.ReconciliationBoard;

/**
 * The two badges of a slot on the board, worked out from {@link ReconciliationBoard.Row#inConflict()}, the one
 * rule the summary's "N in conflict" counts by: a slot shows a red badge exactly when it counts as a conflict.
 * Once a reconciler decides, the automatic verdict stays visible but muted ("Automatic: Conflict").
 */
record SlotBadges(String automatic, String automaticTheme, String verdict, String verdictTheme) {

    static SlotBadges of(ReconciliationBoard.Row r, String errorArticleLabel) {
        if (r.verdict() == null) {
            return new SlotBadges(
                    r.automatic().caption(),
                    r.inConflict()
                            ? "badge error"
                            : switch (r.automatic()) {
                                case CONSISTENT -> "badge success";
                                case COMPATIBLE -> "badge contrast";
                                default -> "badge";
                            },
                    "",
                    "");
        }
        String verdict = r.verdict().caption() + (r.errorArticleId() == null ? "" : " (" + errorArticleLabel + ")");
        return new SlotBadges(
                "Automatic: " + r.automatic().caption(),
                "badge contrast small",
                verdict,
                r.inConflict() ? "badge error primary" : "badge primary");
    }
}
