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

/** The articles of one event in a project (the articles point here through {@link StoryMembership}). */
@Entity
@Table(name = "story")
class Story {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false, length = StoryDetails.TITLE_MAX_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private StoryStatus status;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by", length = 64)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected Story() {
        this.title = "";
        this.status = StoryStatus.SUGGESTED;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    Story(long projectId, String title, StoryStatus status, String createdBy, Instant createdAt) {
        this.projectId = projectId;
        this.title = title;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        if (status == StoryStatus.ACCEPTED) {
            this.decidedBy = createdBy;
            this.decidedAt = createdAt;
        }
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("story not saved yet");
        }
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    String getTitle() {
        return title;
    }

    StoryStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }

    void rename(String title) {
        this.title = title;
    }

    void accept(String by, Instant at) {
        this.status = StoryStatus.ACCEPTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }
}
