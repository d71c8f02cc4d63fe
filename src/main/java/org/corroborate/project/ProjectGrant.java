package org.corroborate.project;

import java.util.Optional;

/** What the current user may do in one project: from their member role, or as a site admin. */
public record ProjectGrant(long projectId, Optional<ProjectRole> role, boolean siteAdmin) {

    /** The project's own pages ({@link ProjectRole#seesProjectPages}); site admins see everything. */
    public boolean seesProjectPages() {
        return siteAdmin || role.filter(ProjectRole::seesProjectPages).isPresent();
    }

    /** Sets exercises and sees their classes ({@link ProjectRole#teaches}); site admins as managers. */
    public boolean teaches() {
        return siteAdmin || role.filter(ProjectRole::teaches).isPresent();
    }

    public boolean canManage() {
        return siteAdmin || role.filter(r -> r == ProjectRole.MANAGER).isPresent();
    }

    public boolean canEditArticles() {
        return siteAdmin || role.filter(ProjectRole::canEditArticles).isPresent();
    }

    public boolean canRestoreSegments() {
        return siteAdmin || role.filter(ProjectRole::canRestoreSegments).isPresent();
    }

    /** Managers and curators (and site admins): every annotator's work, agreement, gold. */
    public boolean canCurate() {
        return siteAdmin || role.filter(ProjectRole::canCurate).isPresent();
    }

    /** Who may take the project's data away as a dataset: managers and curators (and site admins). */
    public boolean canExport() {
        return canCurate();
    }

    /** The annotator pool ({@link ProjectRole#takesAnnotatorPlaces}); site admins as managers. */
    public boolean canTakeAnnotatorPlaces() {
        return siteAdmin || role.filter(ProjectRole::takesAnnotatorPlaces).isPresent();
    }

    /** Everyone who sees the project's pages keeps their own annotation set of an article. */
    public boolean canAnnotate() {
        return siteAdmin || role.isPresent();
    }
}
