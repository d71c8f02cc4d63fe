package org.corroborate.project;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.user.UserService;
import org.corroborate.user.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project-scoped access checks used by every service that touches a project's data. A project the user
 * may not see is reported exactly like a missing one.
 */
@Component("projectAccess")
public class ProjectAccess {

    private static final ThreadLocal<@Nullable Long> READ_FOR_EXERCISE = new ThreadLocal<>();

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final UserService userService;
    private final CurrentUser currentUser;

    ProjectAccess(
            ProjectRepository projects,
            ProjectMemberRepository members,
            UserService userService,
            CurrentUser currentUser) {
        this.projects = projects;
        this.members = members;
        this.userService = userService;
        this.currentUser = currentUser;
    }

    /**
     * The current user's grant in a project whose pages they see: its team (managers, curators, annotators) and site
     * admins. Anyone else, non-members and the classroom (instructors, students: they reach a project only through its
     * exercises, see {@link #requireTeach} and the exercise service), is refused as "not found".
     */
    @Transactional(readOnly = true)
    public ProjectGrant requireView(long projectId) {
        ProjectGrant grant = requireMember(projectId);
        if (!grant.seesProjectPages() && !Objects.equals(READ_FOR_EXERCISE.get(), projectId)) {
            throw new NotFoundOrNotAllowedException();
        }
        return grant;
    }

    /**
     * Runs {@code read} with {@link #requireView} passing for this one project: the exercise service, having decided
     * that the member (a student of an exercise, its instructor) may see some of the project's data, reads it through
     * the services that own it. The member keeps their own role's grant, so nothing that needs more (editing,
     * curating, managing) passes. Not the system identity: in a Vaadin request Spring Security reads the session's
     * user first, whatever the thread holds.
     */
    public <T> T readForExercise(long projectId, Supplier<T> read) {
        requireMember(projectId);
        Long previous = READ_FOR_EXERCISE.get();
        READ_FOR_EXERCISE.set(projectId);
        try {
            return read.get();
        } finally {
            if (previous == null) {
                READ_FOR_EXERCISE.remove();
            } else {
                READ_FOR_EXERCISE.set(previous);
            }
        }
    }

    /** Instructors and managers (and site admins): they set the project's exercises; anyone else "not found". */
    @Transactional(readOnly = true)
    public ProjectGrant requireTeach(long projectId) {
        ProjectGrant grant = requireMember(projectId);
        if (!grant.teaches()) {
            throw new NotFoundOrNotAllowedException();
        }
        return grant;
    }

    /**
     * The current user's grant in the project in whatever role, the classroom's included; refuses (as "not found")
     * when they are not a member. Only for services that then decide per role what a member sees (the exercise
     * service, the project's name and the user's role); every other project-scoped service asks {@link #requireView}.
     */
    @Transactional(readOnly = true)
    public ProjectGrant requireMember(long projectId) {
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
            throw new AccessRefusedException("Only managers and curators can import or edit articles.");
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
        return projects.findById(projectId)
                .orElseThrow(NotFoundOrNotAllowedException::new)
                .workflow();
    }

    /** Whether {@link #requireView} would pass; for {@code @PreAuthorize("@projectAccess.canView(#projectId)")}. */
    @Transactional(readOnly = true)
    public boolean canView(long projectId) {
        return projects.existsById(projectId)
                && (currentUser.isSiteAdmin()
                        || roleOfCurrentUser(projectId)
                                .filter(ProjectRole::seesProjectPages)
                                .isPresent());
    }

    /** Whether {@link #requireMember} would pass. */
    @Transactional(readOnly = true)
    public boolean isMember(long projectId) {
        return projects.existsById(projectId)
                && (currentUser.isSiteAdmin() || roleOfCurrentUser(projectId).isPresent());
    }

    private Optional<ProjectRole> roleOfCurrentUser(long projectId) {
        return currentUser
                .username()
                .flatMap(userService::findByUsername)
                .filter(UserSummary::enabled) // a disabled account keeps its memberships but no rights
                .flatMap(user -> members.findByProjectIdAndUserId(projectId, user.id()))
                .map(ProjectMember::getRole);
    }
}
