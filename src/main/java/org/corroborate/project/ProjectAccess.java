package org.corroborate.project;

import java.util.Optional;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.user.UserService;
import org.corroborate.user.UserSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project-scoped access checks used by every service that touches a project's data. A project the user
 * may not see is reported exactly like a missing one.
 */
@Component("projectAccess")
public class ProjectAccess {

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final UserService userService;
    private final CurrentUser currentUser;

    ProjectAccess(ProjectRepository projects, ProjectMemberRepository members, UserService userService,
            CurrentUser currentUser) {
        this.projects = projects;
        this.members = members;
        this.userService = userService;
        this.currentUser = currentUser;
    }

    /** The current user's grant in the project; refuses (as "not found") when they are not a member. */
    @Transactional(readOnly = true)
    public ProjectGrant requireView(long projectId) {
        if (!projects.existsById(projectId)) {
            throw new NotFoundOrNotAllowedException();
        }
        Optional<ProjectRole> role = roleOfCurrentUser(projectId);
        boolean admin = currentUser.isSiteAdmin();
        if (role.isEmpty() && !admin) {
            throw new NotFoundOrNotAllowedException();
        }
        return new ProjectGrant(projectId, role, admin);
    }

    @Transactional(readOnly = true)
    public ProjectGrant requireManage(long projectId) {
        ProjectGrant grant = requireView(projectId);
        if (!grant.canManage()) {
            throw new AccessRefusedException("Only the project's managers can change its settings and members.");
        }
        return grant;
    }

    /**
     * As {@link #requireManage}, and holds the project's row lock until the caller's transaction ends, so two
     * managers' changes to state shared by the whole project (its label set) are applied one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProjectGrant requireManageExclusively(long projectId) {
        ProjectGrant grant = requireManage(projectId);
        if (projects.lockById(projectId).isEmpty()) {
            throw new NotFoundOrNotAllowedException();
        }
        return grant;
    }

    @Transactional(readOnly = true)
    public ProjectGrant requireEditArticles(long projectId) {
        ProjectGrant grant = requireView(projectId);
        if (!grant.canEditArticles()) {
            throw new AccessRefusedException("Only managers, curators and instructors can import or edit articles.");
        }
        return grant;
    }

    @Transactional(readOnly = true)
    public ProjectGrant requireRestoreSegments(long projectId) {
        ProjectGrant grant = requireView(projectId);
        if (!grant.canRestoreSegments()) {
            throw new AccessRefusedException("Only annotators, curators and managers can restore removed text.");
        }
        return grant;
    }

    @Transactional(readOnly = true)
    public ProjectGrant requireCurate(long projectId) {
        ProjectGrant grant = requireView(projectId);
        if (!grant.canCurate()) {
            throw new AccessRefusedException("Only the project's curators and managers can do this.");
        }
        return grant;
    }

    @Transactional(readOnly = true)
    public ProjectGrant requireExport(long projectId) {
        ProjectGrant grant = requireView(projectId);
        if (!grant.canExport()) {
            throw new AccessRefusedException("Only the project's managers and curators can export its data.");
        }
        return grant;
    }

    /** How the project's team works (blind mode, assignment); for any member. */
    @Transactional(readOnly = true)
    public WorkflowSettings workflow(long projectId) {
        requireView(projectId);
        return projects.findById(projectId).orElseThrow(NotFoundOrNotAllowedException::new).workflow();
    }

    /** For {@code @PreAuthorize("@projectAccess.canView(#projectId)")}. */
    @Transactional(readOnly = true)
    public boolean canView(long projectId) {
        return projects.existsById(projectId) && (currentUser.isSiteAdmin() || roleOfCurrentUser(projectId).isPresent());
    }

    private Optional<ProjectRole> roleOfCurrentUser(long projectId) {
        return currentUser.username()
                .flatMap(userService::findByUsername)
                .filter(UserSummary::enabled) // a disabled account keeps its memberships but no rights
                .flatMap(user -> members.findByProjectIdAndUserId(projectId, user.id()))
                .map(ProjectMember::getRole);
    }
}
