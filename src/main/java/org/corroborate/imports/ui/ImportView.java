package org.corroborate.imports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.corroborate.imports.ImportLimits;
import org.corroborate.imports.ImportRejectedException;
import org.corroborate.imports.ImportReport;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.Notifications;

/**
 * Import by upload. Files are collected first and stored together on "Import": one refused file stores
 * nothing, so the person fixes it and uploads again with no half-import behind them.
 */
@Route("projects/:projectId/import")
@PageTitle("Import articles · Corroborate")
@PermitAll
class ImportView extends VerticalLayout implements BeforeEnterObserver {

    private final ImportService imports;
    private final ProjectService projects;
    private final List<UploadedFile> pending = Collections.synchronizedList(new ArrayList<>());
    private final H2 title = new H2();
    private final Anchor back = new Anchor();
    private final Span status = new Span();
    private long projectId;

    ImportView(ImportService imports, ProjectService projects) {
        this.imports = imports;
        this.projects = projects;
        ImportLimits limits = imports.limits();
        Paragraph help = new Paragraph("Plain-text .txt files (first line the headline, then the body) or a .zip of"
                + " them. Up to " + megabytes(limits.maxFileBytes()) + " per file and "
                + megabytes(limits.maxUploadBytes()) + " in all. Web noise (share buttons, ads, repeated bodies…) is"
                + " set aside, never deleted; exact duplicates are skipped.");
        status.setId("import-status");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                pending.add(new UploadedFile(metadata.fileName(), data))));
        upload.setId("article-upload");
        upload.setAcceptedFileTypes(".txt", ".zip", "text/plain", "application/zip");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxUploadBytes()));
        upload.setMaxFiles(500);
        upload.setWidth("40rem");
        upload.addFileRejectedListener(e -> Notifications.error(e.getFileName() + ": " + e.getErrorMessage()));
        upload.addAllFinishedListener(e -> showPending());
        upload.addFileRemovedListener(e -> {
            pending.removeIf(f -> f.name().equals(e.getFileName()));
            showPending();
        });
        Button importButton = new Button("Import", e -> runImport());
        importButton.setId("import-confirm");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(importButton, status);
        buttons.setAlignItems(Alignment.BASELINE);
        add(back, title, help, upload, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        ProjectSummary project = projects.get(projectId);
        if (!project.canManage() && project.myRole().filter(r -> r.canEditArticles()).isEmpty()) {
            throw new NotFoundOrNotAllowedException();
        }
        title.setText("Import articles into " + project.name());
        back.setText("← Articles");
        back.setHref(articlesPath());
        showPending();
    }

    private void showPending() {
        int n = pending.size();
        status.setText(n == 0 ? "No files yet." : n + " file(s) ready to import.");
    }

    private void runImport() {
        try {
            ImportReport report = imports.importFiles(projectId, List.copyOf(pending));
            pending.clear();
            Notifications.success(report.summary());
            getUI().ifPresent(ui -> ui.navigate(articlesPath()));
        } catch (ImportRejectedException ex) {
            showRefusal(ex);
        } catch (AccessRefusedException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private String articlesPath() {
        return "projects/" + projectId + "/articles";
    }

    private static void showRefusal(ImportRejectedException ex) {
        Dialog refusal = new Dialog();
        refusal.setHeaderTitle("Nothing was imported");
        VerticalLayout list = new VerticalLayout();
        list.setId("import-problems");
        list.setPadding(false);
        list.add(new Paragraph("These files were refused, so none of the upload was stored. Remove or fix them,"
                + " then import again:"));
        ex.problems().forEach(p -> list.add(new Span(p.sourceName() + ": " + p.reason())));
        refusal.add(list);
        Button ok = new Button("OK", e -> refusal.close());
        ok.setId("import-problems-ok");
        refusal.getFooter().add(ok);
        refusal.open();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1_048_576.0);
    }
}
