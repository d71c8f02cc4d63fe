package org.corroborate.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One administrative act: who, what, on which project and object, when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    static final int TARGET_MAX_LENGTH = 300;
    static final int DETAIL_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "project_id")
    private @Nullable Long projectId;

    @Column(nullable = false, length = TARGET_MAX_LENGTH)
    private String target;

    @Column(nullable = false, length = DETAIL_MAX_LENGTH)
    private String detail;

    protected AuditEntry() {
        this.at = Instant.EPOCH;
        this.actor = "";
        this.action = AuditAction.USER_CREATED;
        this.target = "";
        this.detail = "";
    }

    AuditEntry(Instant at, String actor, AuditAction action, @Nullable Long projectId, String target, String detail) {
        this.at = at;
        this.actor = cut(actor, 64);
        this.action = action;
        this.projectId = projectId;
        this.target = cut(target, TARGET_MAX_LENGTH);
        this.detail = cut(detail, DETAIL_MAX_LENGTH);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id == null ? 0 : id, at, actor, action, projectId, target, detail);
    }
}
