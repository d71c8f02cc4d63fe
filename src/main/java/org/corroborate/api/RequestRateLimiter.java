package org.corroborate.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a token's id): up to {@code perMinute} requests at once, refilled evenly over a minute, so
 * a script may burst and then runs at the steady rate. Plain Java; time comes from the injected clock. Buckets
 * live in memory, per app node.
 */
final class RequestRateLimiter {

    /** Keeps memory bounded: buckets idle for longer than a full refill are forgotten. */
    static final int MAX_BUCKETS = 100_000;

    private record Bucket(double tokens, Instant at) {}

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    RequestRateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one request a minute");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one request from the key's allowance: zero when it may go ahead, else how long until it may. */
    Duration acquire(long key) {
        Instant now = clock.instant();
        if (buckets.size() >= MAX_BUCKETS) {
            buckets.values().removeIf(b -> b.at().plus(Duration.ofMinutes(1)).isBefore(now));
        }
        Duration[] wait = {Duration.ZERO};
        buckets.compute(key, (k, bucket) -> {
            double available = bucket == null ? perMinute : refilled(bucket, now);
            if (available >= 1) {
                return new Bucket(available - 1, now);
            }
            double perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
            wait[0] = Duration.ofNanos((long) Math.ceil((1 - available) / perNano));
            return new Bucket(available, now);
        });
        return wait[0];
    }

    private double refilled(Bucket bucket, Instant now) {
        long nanos = Math.max(0, Duration.between(bucket.at(), now).toNanos());
        double added = nanos * (perMinute / (double) Duration.ofMinutes(1).toNanos());
        return Math.min(perMinute, bucket.tokens() + added);
    }
}
