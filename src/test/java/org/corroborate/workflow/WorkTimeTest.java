package org.corroborate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkTimeTest {

    @Test
    void work_time_reads_in_seconds_minutes_or_hours_and_minutes() {
        assertThat(WorkTime.format(40)).isEqualTo("40 s");
        assertThat(WorkTime.format(12 * 60 + 59)).isEqualTo("12 min");
        assertThat(WorkTime.format(3900)).isEqualTo("1 h 05 min");
    }
}
