package org.corroborate.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One annotator's annotations of one article, how far they say they are and how long they worked on it; or, with
 * kind {@link SetKind#GOLD}, the article's curated gold version.
 */
@Entity
@Table(name = "annotation_set")
class AnnotationSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false, length = 64)
    private String annotator;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AnnotationSetStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SetKind kind = SetKind.ANNOTATOR;

    @Column(name = "active_seconds", nullable = false)
    private long activeSeconds;

    @Column(name = "last_activity_at")
    private @Nullable Instant lastActivityAt;

    @Column(name = "assigned_by", length = 64)
    private @Nullable String assignedBy;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AnnotationSet() {
        this.annotator = "";
        this.status = AnnotationSetStatus.NOT_STARTED;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    AnnotationSet(long articleId, String annotator, Instant now) {
        this.articleId = articleId;
        this.annotator = annotator;
        this.status = AnnotationSetStatus.NOT_STARTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The article's gold set, kept apart from every annotator's by its kind and its owner name. */
    static AnnotationSet gold(long articleId, Instant now) {
        AnnotationSet set = new AnnotationSet(articleId, SetKind.GOLD_OWNER, now);
        set.kind = SetKind.GOLD;
        return set;
    }

    /** A manager handed this article to the annotator. */
    static AnnotationSet assigned(long articleId, String annotator, String manager, Instant now) {
        AnnotationSet set = new AnnotationSet(articleId, annotator, now);
        set.assignedBy = manager;
        return set;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long getArticleId() {
        return articleId;
    }

    String getAnnotator() {
        return annotator;
    }

    AnnotationSetStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    SetKind getKind() {
        return kind;
    }

    long getActiveSeconds() {
        return activeSeconds;
    }

    @Nullable
    Instant getLastActivityAt() {
        return lastActivityAt;
    }

    @Nullable
    String getAssignedBy() {
        return assignedBy;
    }

    @Nullable
    Instant getFinishedAt() {
        return finishedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * Any edit marks a set that was not started (or skipped) as in progress; the annotator says when it is
     * finished. The time since the previous activity counts as work, up to {@link WorkTimeCredit#IDLE_CAP}.
     */
    void touched(Instant now) {
        if (status == AnnotationSetStatus.NOT_STARTED || status == AnnotationSetStatus.SKIPPED) {
            status = AnnotationSetStatus.IN_PROGRESS;
        }
        activeSeconds += WorkTimeCredit.credit(lastActivityAt, now);
        lastActivityAt = now;
        updatedAt = now;
    }

    /** The annotator opened the article: a work session starts, the time away does not count. */
    void opened(Instant now) {
        lastActivityAt = now;
    }

    void setStatus(AnnotationSetStatus status, Instant now) {
        activeSeconds += WorkTimeCredit.credit(lastActivityAt, now);
        lastActivityAt = now;
        this.status = status;
        this.updatedAt = now;
        this.finishedAt = status == AnnotationSetStatus.FINISHED ? now : null;
    }
}
