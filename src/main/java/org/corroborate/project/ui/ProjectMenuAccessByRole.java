package org.corroborate.project.ui;

import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectService;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.ProjectMenuAccess;
import org.springframework.stereotype.Component;

/** The project menu's entries follow the user's role in the project (the pages check it again). */
@Component
class ProjectMenuAccessByRole implements ProjectMenuAccess {

    private final ProjectService projects;

    ProjectMenuAccessByRole(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public boolean canView(long projectId) {
        try {
            projects.get(projectId);
            return true;
        } catch (NotFoundOrNotAllowedException e) {
            return false;
        }
    }

    @Override
    public boolean canCurate(long projectId) {
        try {
            return projects.get(projectId).canCurate();
        } catch (NotFoundOrNotAllowedException | AccessRefusedException e) {
            return false;
        }
    }

    @Override
    public boolean canTeach(long projectId) {
        try {
            projects.nameForTeaching(projectId);
            return true;
        } catch (NotFoundOrNotAllowedException e) {
            return false;
        }
    }
}
