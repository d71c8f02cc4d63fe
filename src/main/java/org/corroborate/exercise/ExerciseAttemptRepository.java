package org.corroborate.exercise;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseAttemptRepository extends JpaRepository<ExerciseAttempt, Long> {
    List<ExerciseAttempt> findByExerciseIdOrderByUserIdAscAttemptNumberAsc(long exerciseId);

    List<ExerciseAttempt> findByExerciseIdAndUserIdOrderByAttemptNumberAsc(long exerciseId, long userId);
}
