package org.corroborate.annotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.project.ProjectAccess;
import org.corroborate.scheme.Layer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every annotator's annotations of some articles at once, for exports (managers and curators only); gold sets are
 * read through curation. Reads with two plain queries per page of articles, without loading entities, so a large
 * export does not fill the persistence context. Spans whose text could not be found again (orphaned) are left out.
 */
@Service
public class AnnotationReadService {

    private final JdbcClient jdbc;
    private final ProjectAccess access;

    AnnotationReadService(JdbcClient jdbc, ProjectAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<StoredSpan> spansOfArticles(long projectId, Collection<Long> articleIds) {
        access.requireExport(projectId);
        if (articleIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(articleIds);
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        jdbc.sql(
                        "select t.annotation_id, t.name, t.attr_value from annotation_attribute t"
                                + " join annotation a on a.id = t.annotation_id join annotation_set s on s.id = a.set_id"
                                + " join article r on r.id = s.article_id where r.project_id = :project and s.article_id in (:ids)")
                .param("project", projectId)
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    attributes
                            .computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(rs.getString(2), rs.getString(3));
                });
        List<StoredSpan> spans = new ArrayList<>();
        jdbc.sql("select a.id, a.version, a.layer, a.label, a.start_offset, a.end_offset, a.quote, a.frame_id,"
                        + " a.suggested_by, a.review, a.reviewed_by, a.anchor_state, a.created_by, s.article_id, s.annotator"
                        + " from annotation a join annotation_set s on s.id = a.set_id join article r on r.id = s.article_id"
                        + " where r.project_id = :project and s.article_id in (:ids) and s.kind = 'ANNOTATOR'"
                        + " and a.anchor_state <> 'ORPHANED'"
                        + " order by s.article_id, s.annotator, a.start_offset, a.end_offset, a.id")
                .param("project", projectId)
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    spans.add(toSpan(rs, attributes));
                });
        return spans;
    }

    /**
     * Every label set of the project's articles, the annotators' and the gold ones, with how far each is (for
     * exports, which by default hold finished work only).
     */
    @Transactional(readOnly = true)
    public List<StoredSet> setsOfProject(long projectId) {
        access.requireExport(projectId);
        return jdbc.sql("select s.article_id, s.annotator, s.status, s.kind from annotation_set s"
                        + " join article r on r.id = s.article_id where r.project_id = :project"
                        + " order by s.article_id, s.kind, s.annotator")
                .param("project", projectId)
                .query((rs, row) -> new StoredSet(
                        rs.getLong(1),
                        rs.getString(2),
                        AnnotationSetStatus.valueOf(rs.getString(3)),
                        SetKind.GOLD.name().equals(rs.getString(4))))
                .list();
    }

    private static StoredSpan toSpan(ResultSet rs, Map<Long, Map<String, String>> attributes) throws SQLException {
        long id = rs.getLong("id");
        String review = rs.getString("review");
        AnnotationView view = new AnnotationView(
                id,
                rs.getLong("version"),
                Layer.valueOf(rs.getString("layer")),
                rs.getString("label"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                rs.getString("quote"),
                attributes.getOrDefault(id, Map.of()),
                rs.getString("frame_id"),
                rs.getString("suggested_by"),
                review == null ? null : SuggestionReview.valueOf(review),
                rs.getString("reviewed_by"),
                AnchorState.valueOf(rs.getString("anchor_state")),
                rs.getString("created_by"));
        return new StoredSpan(rs.getLong("article_id"), rs.getString("annotator"), view);
    }
}
