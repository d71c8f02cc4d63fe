package org.corroborate.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /** Newest first; {@code text} (lower case) found in the actor, target or detail, or everything when empty. */
    @Query("select e from AuditEntry e where :text = '' or locate(:text, lower(e.actor)) > 0"
            + " or locate(:text, lower(e.target)) > 0 or locate(:text, lower(e.detail)) > 0"
            + " order by e.at desc, e.id desc")
    Page<AuditEntry> search(String text, Pageable page);
}
