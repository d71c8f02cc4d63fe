package org.corroborate.project;

import java.time.Instant;
import java.util.Optional;

/**
 * A project as a user sees it, with that user's own role (empty for a site admin who is not a member).
 */
public record ProjectSummary(
        long id,
        String name,
        String description,
        Instant createdAt,
        long version,
        Optional<ProjectRole> myRole,
        boolean canManage,
        WorkflowSettings workflow,
        boolean canCurate) {

    /** Whether the user sees the project's own pages, or (instructors, students) only its exercises. */
    public boolean seesProjectPages() {
        return myRole.map(ProjectRole::seesProjectPages).orElse(true); // no role: a site admin
    }

    /** Whether the user sets the project's exercises (instructors, managers, site admins). */
    public boolean teaches() {
        return myRole.map(ProjectRole::teaches).orElse(true);
    }
}
