package org.corroborate.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log as the admin page and tests read it. */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        AuditAction action,
        @Nullable Long projectId,
        String target,
        String detail) {}
