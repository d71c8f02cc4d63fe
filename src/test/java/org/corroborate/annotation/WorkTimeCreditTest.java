package org.corroborate.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkTimeCreditTest {

    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    @Test
    void the_time_since_the_previous_activity_counts_up_to_five_minutes() {
        assertThat(WorkTimeCredit.credit(T0, T0.plusSeconds(90))).isEqualTo(90);
        assertThat(WorkTimeCredit.credit(T0, T0.plusSeconds(3 * 3600))).isEqualTo(300);
    }

    @Test
    void a_first_activity_or_a_clock_that_went_back_counts_nothing() {
        assertThat(WorkTimeCredit.credit(null, T0)).isZero();
        assertThat(WorkTimeCredit.credit(T0, T0.minusSeconds(30))).isZero();
    }
}
