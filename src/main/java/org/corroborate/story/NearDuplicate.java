package org.corroborate.story;

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

/** Two articles of a project that are rewrites of the same copy (articleA &lt; articleB). */
@Entity
@Table(name = "near_duplicate")
class NearDuplicate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "article_a", nullable = false)
    private long articleA;

    @Column(name = "article_b", nullable = false)
    private long articleB;

    @Column(nullable = false)
    private double similarity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private NearDuplicateStatus status;

    @Column(name = "flagged_at", nullable = false)
    private Instant flaggedAt;

    @Column(name = "decided_by", length = 64)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected NearDuplicate() {
        this.status = NearDuplicateStatus.FLAGGED;
        this.flaggedAt = Instant.EPOCH;
    }

    NearDuplicate(long projectId, long articleA, long articleB, double similarity, Instant flaggedAt) {
        if (articleA >= articleB) {
            throw new IllegalArgumentException("a pair is stored with the lower article id first");
        }
        this.projectId = projectId;
        this.articleA = articleA;
        this.articleB = articleB;
        this.similarity = similarity;
        this.status = NearDuplicateStatus.FLAGGED;
        this.flaggedAt = flaggedAt;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("near-duplicate pair not saved yet");
        }
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    long getArticleA() {
        return articleA;
    }

    long getArticleB() {
        return articleB;
    }

    double getSimilarity() {
        return similarity;
    }

    NearDuplicateStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    void decide(NearDuplicateStatus status, String by, Instant at) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = at;
    }
}
