package org.corroborate.demo;

import java.util.List;
import java.util.Optional;
import org.corroborate.project.ProjectRole;

/** The demo users: one per role, a site admin, and an outsider who belongs to no project. */
public record DemoUser(String username, String displayName, boolean siteAdmin, Optional<ProjectRole> role) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "Ada Admin", true, Optional.empty()),
            new DemoUser("manager", "Mona Manager", false, Optional.of(ProjectRole.MANAGER)),
            new DemoUser("curator", "Cyril Curator", false, Optional.of(ProjectRole.CURATOR)),
            new DemoUser("annotator", "Anna Annotator", false, Optional.of(ProjectRole.ANNOTATOR)),
            new DemoUser("annotator2", "Arno Annotator", false, Optional.of(ProjectRole.ANNOTATOR)),
            new DemoUser("instructor", "Ines Instructor", false, Optional.of(ProjectRole.INSTRUCTOR)),
            new DemoUser("student", "Sami Student", false, Optional.of(ProjectRole.STUDENT)),
            new DemoUser("student2", "Sasha Student", false, Optional.of(ProjectRole.STUDENT)),
            new DemoUser("student3", "Stevie Student", false, Optional.of(ProjectRole.STUDENT)),
            new DemoUser("outsider", "Otto Outsider", false, Optional.empty()));

    /** How the login page and README describe the user. */
    public String roleDescription() {
        if (siteAdmin) {
            return "site admin";
        }
        return role.map(r -> r.label().toLowerCase(java.util.Locale.ROOT) + " of the demo project")
                .orElse("member of no project");
    }
}
