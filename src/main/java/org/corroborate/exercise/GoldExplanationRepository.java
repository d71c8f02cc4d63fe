package org.corroborate.exercise;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoldExplanationRepository extends JpaRepository<GoldExplanation, Long> {
    List<GoldExplanation> findByExerciseId(long exerciseId);

    Optional<GoldExplanation> findByExerciseIdAndAnnotationId(long exerciseId, long annotationId);
}
