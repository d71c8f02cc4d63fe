package org.corroborate.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a few failed sign-ins for one account, or many from one address, the next
 * attempt must wait, twice as long after each further failure (up to a quarter of an hour). While waiting, not
 * even the right password is accepted. A success clears the account's count; an address's count fades an hour
 * after its last failure. Plain Java; the web layer asks it before checking a password.
 */
public final class LoginThrottle {

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 20;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Keeps memory bounded under a flood of made-up account names. */
    static final int MAX_ENTRIES = 100_000;

    private record Failures(int count, Instant last) {}

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the next attempt for this account from this address must still wait; zero when it may go ahead. */
    public Duration waitBefore(String account, String address) {
        Duration byAccount = wait(accountKey(account), FREE_ACCOUNT_FAILURES);
        Duration byAddress = wait(addressKey(address), FREE_ADDRESS_FAILURES);
        return byAccount.compareTo(byAddress) >= 0 ? byAccount : byAddress;
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_ENTRIES) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
        if (failures.size() < MAX_ENTRIES) {
            failures.merge(accountKey(account), new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
        }
        failures.merge(addressKey(address), new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
    }

    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    /** Forgets every failure (tests that share one server start clean of each other). */
    void reset() {
        failures.clear();
    }

    private Duration wait(String key, int free) {
        Failures f = failures.get(key);
        if (f == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        if (f.last().plus(FORGET_AFTER).isBefore(now)) {
            failures.remove(key, f);
            return Duration.ZERO;
        }
        if (f.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count() - free, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        if (delay.compareTo(MAX_WAIT) > 0) {
            delay = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String accountKey(String account) {
        return "account:" + account.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
