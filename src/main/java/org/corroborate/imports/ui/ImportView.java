package org.corroborate.imports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;
import org.corroborate.imports.ImportLimits;
import org.corroborate.imports.ImportRejectedException;
import org.corroborate.imports.ImportReport;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;
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
    private final H1 title = new H1();
    private final Anchor back = InAppLink.unset();
    private final Span status = new Span();
    private long projectId;

    ImportView(ImportService imports, ProjectService projects) {
        this.imports = imports;
        this.projects = projects;
        ImportLimits limits = imports.limits();
        Paragraph help = new Paragraph("Plain-text .txt files (first line the headline, then the body), web pages"
                + " (.html), Word documents (.docx), JSON Lines (.jsonl, one article a line), CSV (one article a row;"
                + " you choose the columns), brat standoff (.txt with its .ann), a workbook or JSON Lines that"
                + " Corroborate exported (with its annotations: managers and curators), or a .zip of any of these."
                + " Up to " + megabytes(limits.maxFileBytes()) + " per article file and "
                + megabytes(limits.maxUploadBytes()) + " in all. Web noise (share buttons, ads, repeated bodies…) is"
                + " set aside, never deleted; exact duplicates are skipped.");
        status.setId("import-status");
        // The server holds at most one upload's worth of files: past the limit in all, a file is refused at once.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            long held = pending.stream().mapToLong(f -> f.content().length).sum();
            if (held + data.length > limits.maxUploadBytes()) {
                getUI().ifPresent(ui -> {
                    Future<Void> unused = ui.access(() -> Notifications.error(metadata.fileName() // a toast: no wait
                            + " was not kept: the files in all would pass " + megabytes(limits.maxUploadBytes())
                            + ". Import these first, or remove some."));
                });
                return;
            }
            pending.add(new UploadedFile(metadata.fileName(), data));
        }));
        upload.setId("article-upload");
        upload.setAcceptedFileTypes(
                ".txt",
                ".zip",
                ".html",
                ".htm",
                ".docx",
                ".jsonl",
                ".csv",
                ".xlsx",
                ".ann",
                "text/plain",
                "application/zip",
                "text/html",
                "text/csv");
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
        if (!project.canManage()
                && project.myRole().filter(r -> r.canEditArticles()).isEmpty()) {
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
        List<String> columns = imports.csvColumns(List.copyOf(pending));
        if (!columns.isEmpty()) {
            openColumnMapping(columns);
            return;
        }
        runImport(Map.of());
    }

    /** CSV files: which column holds the text, the title and the rest, preset to same-named columns. */
    private void openColumnMapping(List<String> columns) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("CSV columns");
        Map<String, String> defaults = ImportService.defaultCsvMapping(columns);
        Map<String, Select<String>> selects = new LinkedHashMap<>();
        VerticalLayout fields = new VerticalLayout();
        fields.setId("csv-mapping");
        fields.setPadding(false);
        fields.add(new Paragraph("Which column holds what? Only the text is required."));
        for (String field : ImportService.csvFields()) {
            Select<String> select = new Select<>();
            select.setId("csv-column-" + field);
            select.setLabel(field.substring(0, 1).toUpperCase(Locale.ROOT)
                    + field.substring(1)
                    + (field.equals("text") ? " (required)" : ""));
            List<String> items = new ArrayList<>();
            items.add("");
            items.addAll(columns);
            select.setItems(items);
            select.setItemLabelGenerator(c -> c.isEmpty() ? "(none)" : c);
            select.setValue(defaults.getOrDefault(field, ""));
            selects.put(field, select);
            fields.add(select);
        }
        dialog.add(fields);
        Button go = new Button("Import", e -> {
            Map<String, String> mapping = new LinkedHashMap<>();
            selects.forEach((field, select) -> {
                if (select.getValue() != null && !select.getValue().isEmpty()) {
                    mapping.put(field, select.getValue());
                }
            });
            if (!mapping.containsKey("text")) {
                Notifications.error("Choose the column that holds the text.");
                return;
            }
            dialog.close();
            runImport(mapping);
        });
        go.setId("csv-mapping-import");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.getFooter().add(cancel, go);
        dialog.open();
    }

    private void runImport(Map<String, String> csvMapping) {
        try {
            ImportReport report = imports.importFiles(projectId, List.copyOf(pending), csvMapping);
            pending.clear();
            Notifications.success(report.summary());
            getUI().ifPresent(ui -> ui.navigate(articlesPath()));
        } catch (ImportRejectedException ex) {
            showRefusal(ex);
        } catch (AccessRefusedException ex) {
            Notifications.error(ex);
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
