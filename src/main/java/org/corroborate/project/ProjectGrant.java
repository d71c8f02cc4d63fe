package org.corroborate.project;

import java.util.Optional;

/** What the current user may do in one project: from their member role, or as a site admin. */
public record ProjectGrant(long projectId, Optional<ProjectRole> role, boolean siteAdmin) {

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

    /** Every member keeps their own annotation set of an article (students too, for exercises). */
    public boolean canAnnotate() {
        return siteAdmin || role.isPresent();
    }
}
