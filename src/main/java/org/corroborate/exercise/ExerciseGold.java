package org.corroborate.exercise;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the curated gold of an exercise's articles (and, in bulk, attempts' spans). Package-private and unguarded: {@link ExerciseService} decides
 * who may see gold (the exercise's instructors; a student once feedback is released), as ADR 0009 asks of any
 * service that reads across users.
 */
@Component
class ExerciseGold {

    private final JdbcClient jdbc;

    ExerciseGold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gold spans of the articles (orphaned spans and undecided suggestions left out), without explanations. */
    List<GoldItem> of(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        List<GoldItem> items = new ArrayList<>();
        jdbc.sql("select a.id, s.article_id, a.layer, a.label, a.start_offset, a.end_offset, a.quote"
                        + " from annotation a join annotation_set s on s.id = a.set_id"
                        + " where s.kind = 'GOLD' and s.article_id in (:ids) and a.anchor_state <> 'ORPHANED'"
                        + " and (a.review is null or a.review = 'ACCEPTED')"
                        + " order by s.article_id, a.start_offset, a.end_offset, a.id")
                .param("ids", List.copyOf(articleIds))
                .query(rs -> {
                    items.add(new GoldItem(
                            rs.getLong(1),
                            rs.getLong(2),
                            Layer.valueOf(rs.getString(3)),
                            rs.getString(4),
                            rs.getInt(5),
                            rs.getInt(6),
                            rs.getString(7),
                            ""));
                });
        return items;
    }

    /**
     * The spans of many attempts at once, read as rows rather than entities: the dashboard of a large class reads
     * tens of thousands of them. Keyed by attempt id.
     */
    java.util.Map<Long, List<StudentSpan>> spansOfAttempts(Collection<Long> attemptIds) {
        java.util.Map<Long, List<StudentSpan>> byAttempt = new java.util.HashMap<>();
        if (attemptIds.isEmpty()) {
            return byAttempt;
        }
        jdbc.sql("select attempt_id, id, article_id, layer, label, start_offset, end_offset, quote"
                        + " from exercise_attempt_span where attempt_id in (:ids)")
                .param("ids", List.copyOf(attemptIds))
                .query(rs -> {
                    byAttempt
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new StudentSpan(
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    Layer.valueOf(rs.getString(4)),
                                    rs.getString(5),
                                    rs.getInt(6),
                                    rs.getInt(7),
                                    rs.getString(8)));
                });
        return byAttempt;
    }

    /** When the gold of these articles last changed (a span added, edited or removed, per the curation log too). */
    @Nullable
    Instant changedAt(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return null;
        }
        List<@Nullable Timestamp> times = jdbc.sql("select max(t) from (select max(a.updated_at) t from annotation a"
                        + " join annotation_set s on s.id = a.set_id where s.kind = 'GOLD' and s.article_id in (:ids)"
                        + " union all select max(s.updated_at) t from annotation_set s where s.kind = 'GOLD'"
                        + " and s.article_id in (:ids)"
                        // a removed span leaves no row behind: the curation log has it
                        + " union all select max(e.at) t from curation_event e where e.article_id in (:ids)"
                        + " and e.action not in ('curated', 'reopened')) x")
                .param("ids", List.copyOf(articleIds))
                .query(Timestamp.class)
                .list();
        Timestamp latest = times.isEmpty() ? null : times.getFirst();
        return latest == null ? null : latest.toInstant();
    }
}
