package org.corroborate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-03T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void a_few_mistyped_passwords_cost_nothing() {
        for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_FAILURES - 1; i++) {
            throttle.failed("manager", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("manager", "10.0.0.1")).isZero();
    }

    @Test
    void thirty_fast_failures_make_the_account_wait_and_the_wait_grows_with_each_failure() {
        for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_FAILURES; i++) {
            throttle.failed("manager", "10.0.0.1");
        }
        Duration first = throttle.waitBefore("manager", "10.0.0.2");
        assertThat(first).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("manager", "10.0.0.1");
        assertThat(throttle.waitBefore("Manager ", "10.0.0.3"))
                .as("same account, any spelling, any address")
                .isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 24; i++) {
            throttle.failed("manager", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("manager", "10.0.0.1")).isEqualTo(LoginThrottle.MAX_WAIT);
        assertThat(throttle.waitBefore("curator", "10.0.0.9"))
                .as("other accounts elsewhere are not slowed")
                .isZero();
    }

    @Test
    void the_wait_runs_out_and_a_success_clears_the_account() {
        for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_FAILURES + 2; i++) {
            throttle.failed("annotator", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("annotator", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
        now = now.plusSeconds(3);
        assertThat(throttle.waitBefore("annotator", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        now = now.plusSeconds(1);
        assertThat(throttle.waitBefore("annotator", "10.0.0.1")).isZero();
        throttle.succeeded("annotator");
        throttle.failed("annotator", "10.0.0.1");
        assertThat(throttle.waitBefore("annotator", "10.0.0.7")).isZero();
    }

    @Test
    void one_address_trying_many_accounts_is_slowed_down_too() {
        for (int i = 0; i < LoginThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, "203.0.113.5");
        }
        assertThat(throttle.waitBefore("someone-new", "203.0.113.5")).isPositive();
        assertThat(throttle.waitBefore("someone-new", "203.0.113.6")).isZero();
    }

    @Test
    void failures_fade_an_hour_after_the_last_one() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("student", "10.0.0.1");
        }
        now = now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        assertThat(throttle.waitBefore("student", "10.0.0.1")).isZero();
    }
}
