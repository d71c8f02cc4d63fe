package org.corroborate.source;

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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One person, organisation, group or document of a project's source registry. */
@Entity
@Table(name = "canonical_source")
class CanonicalSource {

    static final int NAME_MAX_LENGTH = SourceEntry.NAME_MAX_LENGTH;
    static final int NOTE_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX_LENGTH)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SourceKind kind;

    @Column(length = 40)
    private @Nullable String affiliation;

    @Column(nullable = false, length = NOTE_MAX_LENGTH)
    private String note;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CanonicalSource() {
        this.name = "";
        this.nameKey = "";
        this.kind = SourceKind.OTHER;
        this.note = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    CanonicalSource(
            long projectId,
            String name,
            SourceKind kind,
            @Nullable String affiliation,
            String note,
            String createdBy,
            Instant now) {
        this.projectId = projectId;
        setDescription(name, kind, affiliation, note);
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

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    SourceKind getKind() {
        return kind;
    }

    void describe(String name, SourceKind kind, @Nullable String affiliation, String note) {
        setDescription(name, kind, affiliation, note);
    }

    // Private, so that NullAway sees the constructor set these fields (Hibernate's proxies may override describe).
    private void setDescription(String name, SourceKind kind, @Nullable String affiliation, String note) {
        this.name = name;
        this.nameKey = SourceNames.key(name);
        this.kind = kind;
        this.affiliation = affiliation;
        this.note = note;
    }

    SourceEntry toEntry(List<String> aliases, long mentions) {
        return new SourceEntry(getId(), version, name, kind, affiliation, note, aliases, mentions);
    }
}
