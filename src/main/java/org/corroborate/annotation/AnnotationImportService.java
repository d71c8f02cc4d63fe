package org.corroborate.annotation;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corroborate.labels.LabelSet;
import org.corroborate.project.ProjectAccess;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores annotations read from files (a re-imported export, brat standoff) in the sets of the annotators they
 * name. Managers and curators only, since it writes other people's sets. Checks everything first
 * ({@link #problems}) so an import can refuse the whole file with every reason.
 */
@Service
public class AnnotationImportService {

    private final AnnotationSetRepository sets;
    private final AnnotationService annotationService;
    private final ProjectAccess access;
    private final Clock clock;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final SetContentVersions contentVersions;

    AnnotationImportService(
            AnnotationSetRepository sets,
            AnnotationService annotationService,
            ProjectAccess access,
            Clock clock,
            EntityManager entityManager,
            JdbcTemplate jdbc,
            SetContentVersions contentVersions) {
        this.entityManager = entityManager;
        this.contentVersions = contentVersions;
        this.jdbc = jdbc;
        this.sets = sets;
        this.annotationService = annotationService;
        this.access = access;
        this.clock = clock;
    }

    /** One article's text and the spans to store on it. */
    public record ArticleSpans(long articleId, String text, List<ImportedAnnotation> spans) {}

    /** Why each span cannot be stored on this text, by its index in the list; empty when all can. */
    @Transactional(readOnly = true)
    public Map<Integer, String> problems(long projectId, String text, List<ImportedAnnotation> spans) {
        return problems(projectId, List.of(new ArticleSpans(0, text, spans))).getFirst();
    }

    /** The same for many articles at once (access and labels are looked up once): one map per article. */
    @Transactional(readOnly = true)
    public List<Map<Integer, String>> problems(long projectId, List<ArticleSpans> articles) {
        access.requireExport(projectId);
        LabelSet labels = annotationService.labels(projectId);
        List<Map<Integer, String>> all = new ArrayList<>();
        for (ArticleSpans article : articles) {
            all.add(problems(labels, article.text(), article.spans()));
        }
        return all;
    }

    private static Map<Integer, String> problems(LabelSet labels, String text, List<ImportedAnnotation> spans) {
        Map<Integer, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            ImportedAnnotation a = spans.get(i);
            try {
                SpanRequest checked = SpanRules.check(
                        new SpanRequest(a.layer(), a.label(), a.start(), a.end(), a.attributes(), null), text, labels);
                SpanRules.checkTextAttributes(checked.attributes(), text);
                if (a.annotator().isBlank() || a.annotator().length() > 64) {
                    problems.put(i, "the annotator name must have 1 to 64 characters");
                }
            } catch (AnnotationValidationException e) {
                problems.put(i, e.getMessage());
            }
        }
        return problems;
    }

    /** Stores the spans (checked with {@link #problems} first); returns how many. */
    @Transactional
    public int store(long projectId, long articleId, String text, List<ImportedAnnotation> spans) {
        return store(projectId, List.of(new ArticleSpans(articleId, text, spans)));
    }

    /** Stores the spans of many articles (checked with {@link #problems} first); returns how many. */
    @Transactional
    public int store(long projectId, List<ArticleSpans> articles) {
        access.requireExport(projectId);
        LabelSet labels = annotationService.labels(projectId);
        int stored = 0;
        for (ArticleSpans article : articles) {
            // Spans go only onto this project's articles: another project's article id is "not found".
            Integer ofProject = jdbc.queryForObject(
                    "select count(*) from article where id = ? and project_id = ?",
                    Integer.class,
                    article.articleId(),
                    projectId);
            if (ofProject == null || ofProject == 0) {
                throw new NotFoundOrNotAllowedException();
            }
            stored += store(labels, article.articleId(), article.text(), article.spans());
        }
        return stored;
    }

    private int store(LabelSet labels, long articleId, String text, List<ImportedAnnotation> spans) {
        Map<String, AnnotationSet> setOf = new HashMap<>();
        Map<String, String> frames = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        Instant now = clock.instant();
        for (ImportedAnnotation a : spans) {
            SpanRequest checked = SpanRules.check(
                    new SpanRequest(a.layer(), a.label(), a.start(), a.end(), a.attributes(), null), text, labels);
            AnnotationSet set = setOf.computeIfAbsent(a.annotator(), who -> {
                Optional<AnnotationSet> existing = sets.findByArticleIdAndAnnotator(articleId, who);
                return existing.orElseGet(() -> sets.save(new AnnotationSet(articleId, who, now)));
            });
            String frame = a.layer() != Layer.ATTRIBUTION
                    ? null
                    : frames.computeIfAbsent(
                            a.annotator() + "\u0000" + (a.frame() == null ? UUID.randomUUID() : a.frame()),
                            k -> UUID.randomUUID().toString());
            boolean reviewed = a.suggestedBy() != null && a.review() != null && a.review() != SuggestionReview.PENDING;
            rows.add(new Row(
                    set.getId(),
                    checked,
                    TextQuote.capture(text, checked.start(), checked.end()),
                    frame,
                    a.suggestedBy(),
                    a.suggestedBy() == null ? null : reviewed ? a.review() : SuggestionReview.PENDING,
                    reviewed ? a.annotator() : null,
                    a.annotator(),
                    new HashMap<>(checked.attributes())));
            set.touched(now);
        }
        // A figure's link to the attribution that reports it names the file's frame: follow it to the new one.
        for (int i = 0; i < rows.size(); i++) {
            String reportedBy = spans.get(i).attributes().get(Attributes.REPORTED_BY);
            if (reportedBy != null) {
                String frame = frames.get(spans.get(i).annotator() + "\u0000" + reportedBy);
                if (frame == null) {
                    rows.get(i).attributes().remove(Attributes.REPORTED_BY);
                } else {
                    rows.get(i).attributes().put(Attributes.REPORTED_BY, frame);
                }
            }
        }
        entityManager.flush();
        insert(rows, now);
        // the batch bypasses the entity and so its listener: the sets' content changed all the same
        contentVersions.changed(rows.stream().map(Row::setId).distinct().toList());
        // What is flushed need not stay managed, or every later flush of a large import would check it again.
        entityManager.clear();
        return rows.size();
    }

    /** One annotation to insert. */
    private record Row(
            long setId,
            SpanRequest span,
            TextQuote quote,
            @Nullable String frame,
            @Nullable String suggestedBy,
            @Nullable SuggestionReview review,
            @Nullable String reviewedBy,
            String createdBy,
            Map<String, String> attributes) {}

    /**
     * Inserts in JDBC batches: Hibernate cannot batch inserts of identity-keyed entities, and an import of a
     * thousand articles stores tens of thousands of annotations. Same columns as {@link Annotation}.
     */
    private void insert(List<Row> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(
                con -> con.prepareStatement(
                        "insert into annotation (set_id, layer, label, start_offset,"
                                + " end_offset, quote, prefix, suffix, anchor_state, frame_id, suggested_by, review, reviewed_by,"
                                + " created_by, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Row r = rows.get(i);
                        ps.setLong(1, r.setId());
                        ps.setString(2, r.span().layer().name());
                        ps.setString(3, r.span().label());
                        ps.setInt(4, r.quote().start());
                        ps.setInt(5, r.quote().end());
                        ps.setString(6, r.quote().exact());
                        ps.setString(7, r.quote().prefix());
                        ps.setString(8, r.quote().suffix());
                        ps.setString(9, AnchorState.ANCHORED.name());
                        ps.setString(10, r.frame());
                        ps.setString(11, r.suggestedBy());
                        ps.setString(12, r.review() == null ? null : r.review().name());
                        ps.setString(13, r.reviewedBy());
                        ps.setString(14, r.createdBy());
                        ps.setObject(15, at);
                        ps.setObject(16, at);
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                },
                keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        List<Object[]> attributes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long id = ((Number) ids.get(i).values().iterator().next()).longValue();
            rows.get(i).attributes().forEach((name, value) -> attributes.add(new Object[] {id, name, value}));
        }
        if (!attributes.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into annotation_attribute (annotation_id, name, attr_value) values (?, ?, ?)", attributes);
        }
    }
}
