package org.corroborate.reconcile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.corroborate.reconcile.AutomaticVerdict;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.corroborate.reconcile.ReconciliationBoard;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SlotBadgesTest {

    private static ReconciliationBoard.Row row(AutomaticVerdict automatic, @Nullable ReconcilerVerdict verdict) {
        return new ReconciliationBoard.Row(
                1,
                0,
                "Killed or wounded",
                false,
                automatic,
                verdict,
                verdict == ReconcilerVerdict.ERROR_IN_ARTICLE ? 7L : null,
                "",
                "",
                verdict == null ? null : "curator",
                verdict == null ? null : Instant.EPOCH,
                List.of(),
                2);
    }

    private static boolean red(SlotBadges b) {
        return b.automaticTheme().contains("error") || b.verdictTheme().contains("error");
    }

    @Test
    void a_slot_shows_a_red_badge_exactly_when_the_summary_counts_it_in_conflict() {
        List<ReconcilerVerdict> verdicts = new java.util.ArrayList<>(List.of(ReconcilerVerdict.values()));
        verdicts.add(null);
        for (AutomaticVerdict automatic : AutomaticVerdict.values()) {
            for (ReconcilerVerdict verdict : verdicts) {
                ReconciliationBoard.Row r = row(automatic, verdict);
                assertThat(red(SlotBadges.of(r, "A2")))
                        .as(automatic + " / " + verdict)
                        .isEqualTo(r.inConflict());
            }
        }
    }

    @Test
    void a_decided_conflict_keeps_its_automatic_verdict_muted_beside_the_reconcilers() {
        SlotBadges b = SlotBadges.of(row(AutomaticVerdict.CONFLICT, ReconcilerVerdict.DIFFERENT_SCOPE), "");
        assertThat(b.automatic()).isEqualTo("Automatic: Conflict");
        assertThat(b.automaticTheme()).doesNotContain("error");
        assertThat(b.verdict()).isEqualTo("Different scope");

        assertThat(SlotBadges.of(row(AutomaticVerdict.CONSISTENT, ReconcilerVerdict.ERROR_IN_ARTICLE), "A2")
                        .verdict())
                .isEqualTo("Error in an article (A2)");
    }
}
