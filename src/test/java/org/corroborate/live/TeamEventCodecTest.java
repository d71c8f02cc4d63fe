package org.corroborate.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeamEventCodecTest {

    @Test
    void every_field_of_an_event_survives_the_notification_payload_whatever_its_text() {
        for (TeamEvent e : List.of(
                new TeamEvent(4242, 7L, TeamEvent.Kind.SET_FINISHED, "annotator", "a|b|c", "source:1-5"),
                new TeamEvent(1, null, TeamEvent.Kind.SLOT_CHANGED, "x", "", null),
                new TeamEvent(2, 3L, TeamEvent.Kind.GOLD_CHANGED, "curator", "added “$90 billion”\n-", "figure:1-9"))) {
            String payload = TeamEventCodec.encode(e);
            assertThat(payload).doesNotContain("\n");
            assertThat(TeamEventCodec.decode(payload)).isEqualTo(e);
        }
    }

    @Test
    void a_payload_that_is_not_an_event_is_refused() {
        assertThatThrownBy(() -> TeamEventCodec.decode("hello")).isInstanceOf(IllegalArgumentException.class);
    }
}
