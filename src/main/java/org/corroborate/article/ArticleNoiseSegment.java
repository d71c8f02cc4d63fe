package org.corroborate.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A stretch of the raw text that cleaning set aside, with its reason; a person may restore it. */
@Entity
@Table(name = "article_noise_segment")
class ArticleNoiseSegment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private @Nullable Article article;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private NoiseKind kind;

    @Column(nullable = false)
    private boolean restored;

    @Column(name = "restored_by", length = 64)
    private @Nullable String restoredBy;

    @Column(name = "restored_at")
    private @Nullable Instant restoredAt;

    protected ArticleNoiseSegment() {
        this.kind = NoiseKind.ADVERTISEMENT;
    }

    ArticleNoiseSegment(Article article, RemovedSegment segment) {
        this.article = article;
        this.startOffset = segment.start();
        this.endOffset = segment.end();
        this.kind = segment.kind();
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("segment not saved yet");
        }
        return id;
    }

    boolean isRestored() {
        return restored;
    }

    void setRestored(boolean restored, String by, Instant at) {
        this.restored = restored;
        this.restoredBy = restored ? by : null;
        this.restoredAt = restored ? at : null;
    }

    RemovedSegment toRemovedSegment() {
        return new RemovedSegment(startOffset, endOffset, kind);
    }

    NoiseSegmentView toView(String rawText) {
        return new NoiseSegmentView(
                getId(),
                startOffset,
                endOffset,
                kind,
                kind.label(),
                rawText.substring(startOffset, endOffset),
                restored,
                restoredBy);
    }
}
