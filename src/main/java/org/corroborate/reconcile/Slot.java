package org.corroborate.reconcile;

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

/** A slot of a story: figures that measure one thing, and the reconciler's verdict on them. */
@Entity
@Table(name = "reconcile_slot")
class Slot {

    static final int TITLE_MAX_LENGTH = 300;
    static final int VALUE_MAX_LENGTH = 300;
    static final int RATIONALE_MAX_LENGTH = 4000;

    enum Origin {
        PROPOSED,
        MANUAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Origin origin;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 30)
    private @Nullable ReconcilerVerdict verdict;

    @Column(name = "error_article_id")
    private @Nullable Long errorArticleId;

    @Column(name = "accepted_value", nullable = false, length = VALUE_MAX_LENGTH)
    private String acceptedValue;

    @Column(nullable = false, length = RATIONALE_MAX_LENGTH)
    private String rationale;

    @Column(name = "decided_by", length = 64)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Slot() {
        this.title = "";
        this.origin = Origin.MANUAL;
        this.acceptedValue = "";
        this.rationale = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    Slot(long projectId, long storyId, String title, Origin origin, String createdBy, Instant now) {
        this();
        this.projectId = projectId;
        this.storyId = storyId;
        this.title = title;
        this.origin = origin;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    long getStoryId() {
        return storyId;
    }

    String getTitle() {
        return title;
    }

    void rename(String newTitle) {
        this.title = newTitle;
    }

    Origin getOrigin() {
        return origin;
    }

    @Nullable
    ReconcilerVerdict getVerdict() {
        return verdict;
    }

    @Nullable
    Long getErrorArticleId() {
        return errorArticleId;
    }

    String getAcceptedValue() {
        return acceptedValue;
    }

    String getRationale() {
        return rationale;
    }

    @Nullable
    String getDecidedBy() {
        return decidedBy;
    }

    @Nullable
    Instant getDecidedAt() {
        return decidedAt;
    }

    long getVersion() {
        return version;
    }

    void decide(
            @Nullable ReconcilerVerdict newVerdict,
            @Nullable Long errorArticle,
            String value,
            String why,
            String by,
            Instant at) {
        this.verdict = newVerdict;
        this.errorArticleId = errorArticle;
        this.acceptedValue = value;
        this.rationale = why;
        this.decidedBy = newVerdict == null ? null : by;
        this.decidedAt = newVerdict == null ? null : at;
    }
}
