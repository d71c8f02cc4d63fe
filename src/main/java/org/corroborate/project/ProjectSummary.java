package org.corroborate.project;

import java.time.Instant;
import java.util.Optional;

/**
 * A project as a user sees it, with that user's own role (empty for a site admin who is not a member).
 */
public record ProjectSummary(long id, String name, String description, Instant createdAt, long version,
        Optional<ProjectRole> myRole, boolean canManage, WorkflowSettings workflow, boolean canCurate) {
}
