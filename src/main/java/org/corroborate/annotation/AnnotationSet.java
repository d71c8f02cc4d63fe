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

/** One annotator's annotations of one article, and how far they say they are. */
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

    /** Any edit marks a set that was not started as in progress; the annotator says when it is finished. */
    void touched(Instant now) {
        if (status == AnnotationSetStatus.NOT_STARTED) {
            status = AnnotationSetStatus.IN_PROGRESS;
        }
        updatedAt = now;
    }

    void setStatus(AnnotationSetStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }
}
