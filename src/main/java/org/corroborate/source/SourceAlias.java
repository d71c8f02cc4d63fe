package org.corroborate.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Another name a canonical source goes by ("Macron" for Emmanuel Macron); unique within the project. */
@Entity
@Table(name = "source_alias")
class SourceAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false, length = CanonicalSource.NAME_MAX_LENGTH)
    private String alias;

    @Column(name = "alias_key", nullable = false, length = CanonicalSource.NAME_MAX_LENGTH)
    private String aliasKey;

    protected SourceAlias() {
        this.alias = "";
        this.aliasKey = "";
    }

    SourceAlias(long sourceId, long projectId, String alias) {
        this.sourceId = sourceId;
        this.projectId = projectId;
        this.alias = alias;
        this.aliasKey = SourceNames.key(alias);
    }

    long getSourceId() {
        return sourceId;
    }

    String getAlias() {
        return alias;
    }

    String getAliasKey() {
        return aliasKey;
    }

    void moveTo(long sourceId) {
        this.sourceId = sourceId;
    }
}
