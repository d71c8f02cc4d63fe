package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestRateLimiterTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();

    @Test
    void a_token_may_burst_up_to_its_minute_allowance_and_the_next_request_is_told_how_long_to_wait() {
        RequestRateLimiter limiter = new RequestRateLimiter(600, clock);
        for (int i = 0; i < 600; i++) {
            assertThat(limiter.acquire(1)).as("request " + i).isZero();
        }
        Duration wait = limiter.acquire(1);
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void the_allowance_refills_evenly_over_a_minute() {
        RequestRateLimiter limiter = new RequestRateLimiter(60, clock);
        for (int i = 0; i < 60; i++) {
            limiter.acquire(1);
        }
        assertThat(limiter.acquire(1)).isPositive();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire(1)).as("one request a second comes back").isZero();
        assertThat(limiter.acquire(1)).isPositive();
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire(1)).isZero();
        }
        assertThat(limiter.acquire(1))
                .as("never more than a minute's allowance saved up")
                .isPositive();
    }

    @Test
    void each_token_has_its_own_allowance() {
        RequestRateLimiter limiter = new RequestRateLimiter(2, clock);
        limiter.acquire(1);
        limiter.acquire(1);
        assertThat(limiter.acquire(1)).isPositive();
        assertThat(limiter.acquire(2)).isZero();
    }

    @Test
    void refused_requests_do_not_use_up_the_allowance() {
        RequestRateLimiter limiter = new RequestRateLimiter(60, clock);
        for (int i = 0; i < 60; i++) {
            limiter.acquire(1);
        }
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.acquire(1)).isPositive();
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire(1)).isZero();
    }
}
