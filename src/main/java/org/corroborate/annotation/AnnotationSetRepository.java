package org.corroborate.annotation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AnnotationSetRepository extends JpaRepository<AnnotationSet, Long> {

    Optional<AnnotationSet> findByArticleIdAndAnnotator(long articleId, String annotator);

    List<AnnotationSet> findByArticleId(long articleId);

    /** A work session starts (see {@link WorkTimeCredit}); leaves the version alone. */
    @Modifying
    @Query(value = "update annotation_set set last_activity_at = :now where id = :id", nativeQuery = true)
    int markOpened(long id, java.time.Instant now);

    List<AnnotationSet> findByArticleIdAndKind(long articleId, SetKind kind);

    @Query(
            value = "select s.* from annotation_set s join article a on a.id = s.article_id "
                    + "where a.project_id = :projectId and s.kind = :kind",
            nativeQuery = true)
    List<AnnotationSet> findByProjectAndKind(long projectId, String kind);
}
