package org.corroborate.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A student enrolled in an exercise, by class code or by the instructor's roster. */
@Entity
@Table(name = "exercise_student")
class ExerciseStudent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt = Instant.EPOCH;

    protected ExerciseStudent() {}

    ExerciseStudent(long exerciseId, long userId, Instant now) {
        this.exerciseId = exerciseId;
        this.userId = userId;
        this.joinedAt = now;
    }

    long getExerciseId() {
        return exerciseId;
    }

    long getUserId() {
        return userId;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }
}
