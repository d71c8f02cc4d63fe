package org.corroborate.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** One student's attempt at an exercise: open until submitted, then read-only. */
@Entity
@Table(name = "exercise_attempt")
class ExerciseAttempt {

    /** A pause longer than this is time away, not time spent. */
    static final Duration IDLE = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt = Instant.EPOCH;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "active_seconds", nullable = false)
    private long activeSeconds;

    @Column(name = "last_activity_at")
    private @Nullable Instant lastActivityAt;

    @Column(name = "scored_score")
    private @Nullable Double scoredScore;

    @Column(name = "scored_at")
    private @Nullable Instant scoredAt;

    @Version
    private long version;

    protected ExerciseAttempt() {}

    ExerciseAttempt(long exerciseId, long userId, int attemptNumber, Instant now) {
        this.exerciseId = exerciseId;
        this.userId = userId;
        this.attemptNumber = attemptNumber;
        this.startedAt = now;
        this.lastActivityAt = now;
    }

    /** The student did something: the time since their last action counts unless it was a long pause. */
    void touch(Instant now) {
        if (lastActivityAt != null && now.isAfter(lastActivityAt)) {
            Duration gap = Duration.between(lastActivityAt, now);
            if (gap.compareTo(IDLE) <= 0) {
                activeSeconds += gap.toSeconds();
            }
        }
        lastActivityAt = now;
    }

    void submit(Instant now) {
        touch(now);
        submittedAt = now;
    }

    /** For demo data: an attempt submitted at a known time after a known effort. */
    void submitted(Instant at, long seconds) {
        submittedAt = at;
        activeSeconds = seconds;
        lastActivityAt = at;
    }

    /** Remembers the score as it was computed now, to tell the student later when a change of gold moved it. */
    void recordScore(OptionalDouble score, Instant now) {
        scoredScore = score.isPresent() ? score.getAsDouble() : null;
        scoredAt = now;
    }

    /** The score recorded when the attempt was scored; empty when it had none (no gold) or was never scored. */
    OptionalDouble getScoredScore() {
        return scoredScore == null ? OptionalDouble.empty() : OptionalDouble.of(scoredScore);
    }

    /** When the score was recorded; null: never. */
    @Nullable
    Instant getScoredAt() {
        return scoredAt;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long getExerciseId() {
        return exerciseId;
    }

    long getUserId() {
        return userId;
    }

    int getAttemptNumber() {
        return attemptNumber;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    @Nullable
    Instant getSubmittedAt() {
        return submittedAt;
    }

    long getActiveSeconds() {
        return activeSeconds;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }
}
