package org.corroborate.exercise;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseStudentRepository extends JpaRepository<ExerciseStudent, Long> {
    List<ExerciseStudent> findByExerciseId(long exerciseId);

    List<ExerciseStudent> findByUserId(long userId);

    Optional<ExerciseStudent> findByExerciseIdAndUserId(long exerciseId, long userId);
}
