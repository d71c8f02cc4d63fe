package org.corroborate.exercise;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {
    List<Exercise> findByProjectIdOrderByCreatedAtDescIdDesc(long projectId);

    Optional<Exercise> findByClassCode(String classCode);

    boolean existsByClassCode(String classCode);
}
