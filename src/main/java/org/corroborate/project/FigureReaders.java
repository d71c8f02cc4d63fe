package org.corroborate.project;

import org.corroborate.figure.FigureNormaliser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a project's figures get their reading: the figure normaliser with the project's width of
 * "approximately" ({@link ProjectSettings#figureNormaliser()}). Annotation defaults, suggestions, story
 * figures, slot proposal, the board and the export sheets all ask here, so a ±20% project reads
 * "approximately $90 billion" as 72 to 108 billion everywhere (ADR 0013).
 */
@Service
public class FigureReaders {

    private final ProjectRepository projects;
    private final ProjectAccess access;

    FigureReaders(ProjectRepository projects, ProjectAccess access) {
        this.projects = projects;
        this.access = access;
    }

    /** The reading of the project's figures; refused like the project itself to anyone who may not see it. */
    @Transactional(readOnly = true)
    public FigureNormaliser forProject(long projectId) {
        access.requireView(projectId);
        return projects.findById(projectId)
                .orElseThrow(NotFoundOrNotAllowedException::new)
                .getSettings()
                .figureNormaliser();
    }
}
