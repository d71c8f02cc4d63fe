package org.corroborate.audit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.corroborate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records administrative acts in the caller's transaction, so an act is logged exactly when it takes effect, and
 * lets site admins read the log.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records an act of the current user (or of the system, for headless commands and first start), in the act's
     * own transaction when there is one, so it is logged if and only if it takes effect.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, @Nullable Long projectId, String target, String detail) {
        entries.save(new AuditEntry(
                clock.instant(), currentUser.username().orElse("system"), action, projectId, target, detail));
    }

    /** The newest entries first, optionally those whose actor, target or detail contain the text. */
    @PreAuthorize("@currentUser.isSiteAdmin()")
    @Transactional(readOnly = true)
    public List<AuditRecord> search(String text, int offset, int limit) {
        int size = Math.max(1, limit);
        return entries.search(needle(text), PageRequest.of(offset / size, size)).stream()
                .map(AuditEntry::toRecord)
                .toList();
    }

    @PreAuthorize("@currentUser.isSiteAdmin()")
    @Transactional(readOnly = true)
    public long count(String text) {
        return entries.search(needle(text), PageRequest.of(0, 1)).getTotalElements();
    }

    private static String needle(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
