package org.corroborate.annotation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnotationRepository extends JpaRepository<Annotation, Long> {

    @Query("select a from Annotation a where a.setId = :setId order by a.startOffset, a.endOffset, a.id")
    List<Annotation> findBySet(long setId);

    @Query("select a from Annotation a where a.setId in :setIds")
    List<Annotation> findBySets(Collection<Long> setIds);
}
