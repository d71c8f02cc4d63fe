package org.corroborate.project;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.user.UserService;
import org.corroborate.user.UserSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects and their members. Every call is checked against the current user's project role. */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final ProjectAccess access;
    private final UserService userService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;

    ProjectService(
            ProjectRepository projects,
            ProjectMemberRepository members,
            ProjectAccess access,
            UserService userService,
            CurrentUser currentUser,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.projects = projects;
        this.members = members;
        this.access = access;
        this.userService = userService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The projects the current user belongs to; site admins see all. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> listMyProjects() {
        String username = currentUser.requireUsername();
        List<Project> visible;
        if (currentUser.isSiteAdmin()) {
            visible = projects.findAllByOrderByNameAsc();
        } else {
            visible = userService
                    .findByUsername(username)
                    .filter(UserSummary::enabled)
                    .map(user -> projects.findAllWithMember(user.id()))
                    .orElse(List.of());
        }
        // A student's projects are reached through "My exercises", an instructor's through its exercises.
        return visible.stream()
                .map(p -> summary(p, access.requireMember(p.getId())))
                .filter(p -> p.seesProjectPages() || p.teaches())
                .toList();
    }

    /** The project as its team sees it; an instructor or a student is told it does not exist. */
    @Transactional(readOnly = true)
    public ProjectSummary get(long projectId) {
        ProjectGrant grant = access.requireView(projectId);
        return summary(projects.findById(projectId).orElseThrow(NotFoundOrNotAllowedException::new), grant);
    }

    /** The project's name, for its instructors and managers (the exercise pages' headings). */
    @Transactional(readOnly = true)
    public String nameForTeaching(long projectId) {
        access.requireTeach(projectId);
        return projects.findById(projectId)
                .orElseThrow(NotFoundOrNotAllowedException::new)
                .getName();
    }

    /** Looks a project up by name among those the current user may see. */
    @Transactional(readOnly = true)
    public Optional<ProjectSummary> findByName(String name) {
        return projects.findByNameIgnoreCase(name.strip())
                .filter(p -> access.canView(p.getId()))
                .map(p -> summary(p, access.requireView(p.getId())));
    }

    /** Site admins create projects; a creator who is a real user becomes its first manager. */
    @PreAuthorize("@currentUser.isSiteAdmin()")
    @Transactional
    public ProjectSummary create(String name, String description) {
        String cleanName = checkName(name);
        if (projects.findByNameIgnoreCase(cleanName).isPresent()) {
            throw new ProjectValidationException("A project named '" + cleanName + "' already exists.");
        }
        Project project = projects.save(new Project(cleanName, checkDescription(description), clock.instant()));
        currentUser
                .username()
                .flatMap(userService::findByUsername)
                .ifPresent(user -> members.save(new ProjectMember(project.getId(), user.id(), ProjectRole.MANAGER)));
        audit.record(AuditAction.PROJECT_CREATED, project.getId(), cleanName, "");
        return summary(project, access.requireView(project.getId()));
    }

    /**
     * Renames and describes a project. {@code expectedVersion} is the version the editor started from: a
     * change made meanwhile by someone else is refused rather than overwritten.
     */
    @Transactional
    public ProjectSummary update(long projectId, long expectedVersion, String name, String description) {
        ProjectGrant grant = access.requireManage(projectId);
        Project project = projects.findById(projectId).orElseThrow(NotFoundOrNotAllowedException::new);
        if (project.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Project.class, projectId);
        }
        String cleanName = checkName(name);
        projects.findByNameIgnoreCase(cleanName)
                .filter(other -> other.getId() != projectId)
                .ifPresent(other -> {
                    throw new ProjectValidationException("A project named '" + cleanName + "' already exists.");
                });
        String before = project.getName();
        project.setName(cleanName);
        project.setDescription(checkDescription(description));
        projects.flush();
        audit.record(
                AuditAction.PROJECT_CHANGED,
                projectId,
                cleanName,
                before.equals(cleanName) ? "description changed" : "renamed from " + before);
        return summary(project, grant);
    }

    /** The project's analysis settings; every member may read them (the analyses use them). */
    @Transactional(readOnly = true)
    public ProjectSettings settings(long projectId) {
        access.requireView(projectId);
        return projects.findById(projectId)
                .orElseThrow(NotFoundOrNotAllowedException::new)
                .getSettings();
    }

    /**
     * Changes the analysis settings. Like {@link #update}, refused when the project changed since
     * {@code expectedVersion}.
     */
    @Transactional
    public ProjectSummary updateSettings(long projectId, long expectedVersion, ProjectSettings settings) {
        ProjectGrant grant = access.requireManage(projectId);
        Project project = projects.findById(projectId).orElseThrow(NotFoundOrNotAllowedException::new);
        if (project.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Project.class, projectId);
        }
        project.setSettings(settings.validated());
        projects.flush();
        audit.record(AuditAction.SETTINGS_CHANGED, projectId, project.getName(), "analysis settings: " + settings);
        return summary(project, grant);
    }

    /**
     * Changes how the team works (managers only): annotators per article, assignment mode, abandon timeout,
     * blind mode. Refused if the project changed since {@code expectedVersion}.
     */
    @Transactional
    public ProjectSummary updateWorkflow(long projectId, long expectedVersion, WorkflowSettings settings) {
        ProjectGrant grant = access.requireManage(projectId);
        Project project = projects.findById(projectId).orElseThrow(NotFoundOrNotAllowedException::new);
        if (project.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Project.class, projectId);
        }
        project.setWorkflow(settings);
        projects.flush();
        audit.record(AuditAction.SETTINGS_CHANGED, projectId, project.getName(), "workflow: " + settings);
        return summary(project, grant);
    }

    /** The project's members with one role, by username. */
    @Transactional(readOnly = true)
    public List<String> membersWithRole(long projectId, ProjectRole role) {
        return members(projectId).stream()
                .filter(m -> m.role() == role)
                .map(ProjectMemberSummary::username)
                .toList();
    }

    /**
     * The members outside the annotator pool (students, instructors: {@link ProjectRole#takesAnnotatorPlaces}).
     * Their own annotation sets are theirs to practise on: they take no annotator place and count in no workload
     * or agreement. Former members' sets stay in the pool: their work is kept.
     */
    @Transactional(readOnly = true)
    public Set<String> outsideAnnotatorPool(long projectId) {
        return members(projectId).stream()
                .filter(m -> !m.role().takesAnnotatorPlaces())
                .map(ProjectMemberSummary::username)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A user's role in a project: asked by the user about themselves (joining an exercise with a class code), or by
     * someone who sees the project; anyone else is told "not found".
     */
    @Transactional(readOnly = true)
    public Optional<ProjectRole> roleOf(long projectId, String username) {
        boolean self = currentUser
                .username()
                .filter(me -> me.equalsIgnoreCase(username.strip()))
                .isPresent();
        if (!self) {
            access.requireView(projectId);
        } else if (!projects.existsById(projectId)) {
            throw new NotFoundOrNotAllowedException();
        }
        return userService
                .findByUsername(username.strip())
                .flatMap(u -> members.findByProjectIdAndUserId(projectId, u.id()))
                .map(ProjectMember::getRole);
    }

    @Transactional(readOnly = true)
    public List<ProjectMemberSummary> members(long projectId) {
        access.requireView(projectId);
        return members.findAllByProjectId(projectId).stream()
                .map(m -> userService
                        .findById(m.getUserId())
                        .map(u -> new ProjectMemberSummary(u.username(), u.displayName(), u.enabled(), m.getRole())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ProjectMemberSummary::role).thenComparing(ProjectMemberSummary::username))
                .toList();
    }

    /** Adds a member, or changes the role of an existing one. */
    @Transactional
    public void setMember(long projectId, String username, ProjectRole role) {
        access.requireManage(projectId);
        UserSummary user = userService
                .findByUsername(username.strip())
                .orElseThrow(
                        () -> new ProjectValidationException("There is no user named '" + username.strip() + "'."));
        Optional<ProjectMember> existing = members.findByProjectIdAndUserId(projectId, user.id());
        if (existing.isPresent()) {
            ProjectMember member = existing.get();
            if (member.getRole() == ProjectRole.MANAGER && role != ProjectRole.MANAGER) {
                requireAnotherManager(projectId);
            }
            audit.record(AuditAction.MEMBER_SET, projectId, user.username(), member.getRole() + " → " + role);
            member.setRole(role);
        } else {
            members.save(new ProjectMember(projectId, user.id(), role));
            audit.record(AuditAction.MEMBER_SET, projectId, user.username(), "added as " + role);
        }
    }

    /** Removes a member; their annotations stay in the project. */
    @Transactional
    public void removeMember(long projectId, String username) {
        access.requireManage(projectId);
        UserSummary user = userService
                .findByUsername(username.strip())
                .orElseThrow(
                        () -> new ProjectValidationException("There is no user named '" + username.strip() + "'."));
        ProjectMember member = members.findByProjectIdAndUserId(projectId, user.id())
                .orElseThrow(() -> new ProjectValidationException(user.username() + " is not a member."));
        if (member.getRole() == ProjectRole.MANAGER) {
            requireAnotherManager(projectId);
        }
        members.delete(member);
        audit.record(AuditAction.MEMBER_REMOVED, projectId, user.username(), "was " + member.getRole());
    }

    private void requireAnotherManager(long projectId) {
        if (members.countByProjectIdAndRole(projectId, ProjectRole.MANAGER) <= 1) {
            throw new ProjectValidationException(
                    "A project keeps at least one manager: make someone else manager first.");
        }
    }

    private static ProjectSummary summary(Project p, ProjectGrant grant) {
        return new ProjectSummary(
                p.getId(),
                p.getName(),
                p.getDescription(),
                p.getCreatedAt(),
                p.getVersion(),
                grant.role(),
                grant.canManage(),
                p.workflow(),
                grant.canCurate());
    }

    private static String checkName(String name) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new ProjectValidationException("A project needs a name.");
        }
        if (clean.length() > Project.NAME_MAX_LENGTH) {
            throw new ProjectValidationException(
                    "A project name has at most " + Project.NAME_MAX_LENGTH + " characters.");
        }
        return clean;
    }

    private static String checkDescription(String description) {
        String clean = description.strip();
        if (clean.length() > Project.DESCRIPTION_MAX_LENGTH) {
            throw new ProjectValidationException(
                    "A description has at most " + Project.DESCRIPTION_MAX_LENGTH + " characters.");
        }
        return clean;
    }
}
