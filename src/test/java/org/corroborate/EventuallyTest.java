package org.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventuallyTest {

    @Test
    void returns_as_soon_as_the_condition_holds() {
        AtomicInteger asked = new AtomicInteger();
        int seen = Eventually.value(Duration.ofSeconds(5), asked::incrementAndGet, n -> n >= 3, "the third answer");
        assertThat(seen).isEqualTo(3);
        assertThat(asked).hasValue(3);
    }

    @Test
    void fails_after_the_deadline_naming_what_it_waited_for_and_what_it_saw() {
        long start = System.nanoTime();
        assertThatThrownBy(() ->
                        Eventually.value(Duration.ofMillis(300), () -> "still running", s -> false, "the job finishes"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the job finishes")
                .hasMessageContaining("still running");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(300), Duration.ofSeconds(3));
    }
}
