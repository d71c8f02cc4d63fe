package org.corroborate.archive.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.corroborate.archive.ProjectArchiveService;
import org.corroborate.security.NotFoundOrNotAllowedException;

/**
 * A manager downloads the whole project as one archive (ADR 0025); the zip is written straight into the response,
 * a row at a time. Anyone who may not archive the project is told it does not exist.
 */
@Route("projects/:projectId/archive")
@PageTitle("Project archive · Corroborate")
@PermitAll
class ProjectArchiveView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectArchiveService archives;
    private final H1 title = new H1();
    private final Anchor download = new Anchor();

    ProjectArchiveView(ProjectArchiveService archives) {
        this.archives = archives;
        title.setId("archive-title");
        download.setId("download-archive");
        download.setText("Download the project archive (.zip)");
        add(
                title,
                new Paragraph(
                        "One zip with the project's settings, members and roles (no passwords), label set,"
                                + " sources, articles, every annotator's work and the gold, stories, figure slots and verdicts, and"
                                + " exercises with their students' attempts. A site admin restores it as a new project on this or"
                                + " another Corroborate: java -jar corroborate.jar restore-archive FILE.zip --project \"NEW NAME\"."),
                download);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId =
                event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        String name = archives.requireArchivable(projectId);
        title.setText("Archive of " + name);
        String file = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        download.setHref((DownloadHandler) e -> {
            e.setFileName((file.isEmpty() ? "project-" + projectId : file) + ".zip");
            e.setContentType("application/zip");
            archives.write(projectId, e.getOutputStream());
        });
    }
}
