package org.corroborate.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class IdMapTest {

    @Test
    void ids_added_in_ascending_order_are_found_and_others_are_not() {
        IdMap map = new IdMap();
        for (long old = 10; old < 10_000; old += 3) {
            assertThat(map.add(old, old * 2)).isTrue();
        }

        assertThat(map.get(13)).isEqualTo(OptionalLong.of(26));
        assertThat(map.get(9_997)).isEqualTo(OptionalLong.of(19_994));
        assertThat(map.get(11)).isEmpty();
        assertThat(map.get(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void an_id_out_of_order_or_twice_is_not_taken() {
        IdMap map = new IdMap();
        map.add(5, 1);

        assertThat(map.add(5, 2)).isFalse();
        assertThat(map.add(4, 2)).isFalse();
        assertThat(map.size()).isEqualTo(1);
        assertThat(map.get(5)).isEqualTo(OptionalLong.of(1));
    }
}
