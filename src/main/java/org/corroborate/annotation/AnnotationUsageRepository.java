package org.corroborate.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Project-wide questions about annotations (which labels and canonical sources are in use) and the one
 * bulk change the source registry needs. Rejected suggestions do not count as use.
 */
interface AnnotationUsageRepository extends Repository<Annotation, Long> {

    String PROJECT_ANNOTATIONS = "select a.id from annotation a join annotation_set s on s.id = a.set_id "
            + "join article ar on ar.id = s.article_id where ar.project_id = :projectId";

    /** Rows of (layer, label, count). */
    @Query(
            value = "select a.layer, a.label, count(*) from annotation a join annotation_set s on s.id = a.set_id "
                    + "join article ar on ar.id = s.article_id where ar.project_id = :projectId "
                    + "and (a.review is null or a.review <> 'REJECTED') group by a.layer, a.label",
            nativeQuery = true)
    List<Object[]> countLabels(long projectId);

    /** Rows of (layer, label, count), counting only the user's own sets and the sets of curated articles. */
    @Query(
            value = "select a.layer, a.label, count(*) from annotation a join annotation_set s on s.id = a.set_id "
                    + "join article ar on ar.id = s.article_id where ar.project_id = :projectId "
                    + "and (s.annotator = :username or ar.status = 'CURATED') "
                    + "and (a.review is null or a.review <> 'REJECTED') group by a.layer, a.label",
            nativeQuery = true)
    List<Object[]> countLabelsVisibleTo(long projectId, String username);

    /** Rows of (attribute value, count), counting only the user's own sets and the sets of curated articles. */
    @Query(
            value =
                    "select aa.attr_value, count(*) from annotation_attribute aa join annotation a on a.id = aa.annotation_id "
                            + "join annotation_set s on s.id = a.set_id join article ar on ar.id = s.article_id "
                            + "where ar.project_id = :projectId and aa.name = :name "
                            + "and (s.annotator = :username or ar.status = 'CURATED') "
                            + "and (a.review is null or a.review <> 'REJECTED') group by aa.attr_value",
            nativeQuery = true)
    List<Object[]> countAttributeValuesVisibleTo(long projectId, String name, String username);

    /** Rows of (set id, count) of decided annotations (no pending or rejected suggestions) in the sets. */
    @Query(
            value = "select a.set_id, count(*) from annotation a where a.set_id in :setIds "
                    + "and (a.review is null or a.review = 'ACCEPTED') group by a.set_id",
            nativeQuery = true)
    List<Object[]> countDecidedBySet(java.util.Collection<Long> setIds);

    /** Rows of (attribute value, count) for one attribute name. */
    @Query(
            value =
                    "select aa.attr_value, count(*) from annotation_attribute aa join annotation a on a.id = aa.annotation_id "
                            + "join annotation_set s on s.id = a.set_id join article ar on ar.id = s.article_id "
                            + "where ar.project_id = :projectId and aa.name = :name "
                            + "and (a.review is null or a.review <> 'REJECTED') group by aa.attr_value",
            nativeQuery = true)
    List<Object[]> countAttributeValues(long projectId, String name);

    /** A new content version for the sets whose annotations' attribute changes (see {@link SetContentVersions}). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update annotation_set set content_version = content_version + 1 where id in (select a.set_id "
                    + "from annotation a join annotation_attribute aa on aa.annotation_id = a.id "
                    + "where aa.name = :name and aa.attr_value = :from and a.id in (" + PROJECT_ANNOTATIONS + "))",
            nativeQuery = true)
    int touchSetsWithAttribute(long projectId, String name, String from);

    /** A new version for annotations whose attribute changes behind their editor's back. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update annotation set version = version + 1 where id in (select aa.annotation_id "
                    + "from annotation_attribute aa where aa.name = :name and aa.attr_value = :from) "
                    + "and id in (" + PROJECT_ANNOTATIONS + ")",
            nativeQuery = true)
    int touchWithAttribute(long projectId, String name, String from);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update annotation_attribute set attr_value = :to where name = :name and attr_value = :from "
                    + "and annotation_id in (" + PROJECT_ANNOTATIONS + ")",
            nativeQuery = true)
    int replaceAttributeValue(long projectId, String name, String from, String to);
}
