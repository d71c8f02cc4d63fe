package org.corroborate.annotation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnotationSetRepository extends JpaRepository<AnnotationSet, Long> {

    Optional<AnnotationSet> findByArticleIdAndAnnotator(long articleId, String annotator);

    List<AnnotationSet> findByArticleId(long articleId);
}
