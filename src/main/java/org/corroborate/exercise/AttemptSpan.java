package org.corroborate.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.corroborate.scheme.Layer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One span a student marked in an attempt (UTF-16 offsets into the article's cleaned text). */
@Entity
@Table(name = "exercise_attempt_span")
class AttemptSpan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Layer layer = Layer.SOURCE;

    @Column(nullable = false, length = 60)
    private String label = "";

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Column(nullable = false)
    private String quote = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected AttemptSpan() {}

    AttemptSpan(
            long attemptId, long articleId, Layer layer, String label, int start, int end, String quote, Instant now) {
        this.attemptId = attemptId;
        this.articleId = articleId;
        this.layer = layer;
        this.label = label;
        this.startOffset = start;
        this.endOffset = end;
        this.quote = quote;
        this.createdAt = now;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long getAttemptId() {
        return attemptId;
    }

    StudentSpan toView() {
        return new StudentSpan(getId(), articleId, layer, label, startOffset, endOffset, quote);
    }
}
