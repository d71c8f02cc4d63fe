package org.corroborate.export.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.Locale;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.ExportJob;
import org.corroborate.export.ExportJobs;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportRefusedException;
import org.corroborate.export.ExportService;
import org.corroborate.export.LabelChoice;
import org.corroborate.export.SplitRatios;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * Export options, then a background job with a progress bar, a cancel button and the download when it is ready.
 * The page polls the server while a job runs (the job only records its progress; the page reads it).
 */
@Route("projects/:projectId/export")
@PageTitle("Export · Corroborate")
@PermitAll
class ExportView extends VerticalLayout implements BeforeEnterObserver {

    private static final int POLL_MILLIS = 300;

    private final ExportService exports;
    private final ExportJobs jobs;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final Paragraph notAllowed = new Paragraph("Only the project's managers and curators can export its data.");
    private final VerticalLayout form = new VerticalLayout();
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>("Format");
    private final Select<LabelChoice> labels = new Select<>();
    private final CheckboxGroup<Layer> layers = new CheckboxGroup<>("Layers");
    private final Checkbox uncurated = new Checkbox("Include gold of articles not yet curated");
    private final Checkbox unfinished = new Checkbox("Include annotators' unfinished sets");
    private final Checkbox pending = new Checkbox("Include pending machine suggestions");
    private final Checkbox stats = new Checkbox("Suggestion statistics sheet");
    private final Checkbox pseudonyms = new Checkbox("Pseudonyms instead of usernames");
    private final Checkbox tokens = new Checkbox("BIO-tagged tokens (token classification)");
    private final Checkbox bom = new Checkbox("CSV with a byte-order mark (for Excel)");
    private final Checkbox split = new Checkbox("Split train/dev/test by story");
    private final TextField ratios = new TextField("Ratios");
    private final IntegerField seed = new IntegerField("Seed");
    private final Button start = new Button("Start export", VaadinIcon.DOWNLOAD.create());
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Button cancel = new Button("Cancel", VaadinIcon.CLOSE.create());
    private final HorizontalLayout result = new HorizontalLayout();
    private long projectId;
    private @Nullable String jobId;
    private @Nullable Registration polling;

    ExportView(ExportService exports, ExportJobs jobs, ProjectService projects) {
        this.exports = exports;
        this.jobs = jobs;
        this.projects = projects;
        format.setId("export-format");
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> switch (f) {
            case XLSX -> "Excel workbook (.xlsx)";
            case JSONL -> "JSON Lines, one file per split, with a Hugging Face dataset card (.zip)";
            case CSV -> "CSV, one file per sheet (.zip)";
        });
        format.setValue(ExportFormat.XLSX);
        labels.setId("export-labels");
        labels.setLabel("Labels");
        labels.setItems(LabelChoice.values());
        labels.setItemLabelGenerator(c -> switch (c) {
            case GOLD -> "Gold only";
            case ANNOTATORS -> "Each annotator";
            case BOTH -> "Gold and each annotator";
        });
        labels.setValue(LabelChoice.ANNOTATORS);
        layers.setId("export-layers");
        layers.setItems(Layer.values());
        layers.setItemLabelGenerator(l ->
                l.code().substring(0, 1).toUpperCase(Locale.ROOT) + l.code().substring(1));
        layers.setValue(EnumSet.allOf(Layer.class));
        uncurated.setId("export-uncurated");
        unfinished.setId("export-unfinished");
        labels.addValueChangeListener(e -> showWorkOptions(e.getValue()));
        showWorkOptions(labels.getValue());
        pending.setId("export-pending");
        stats.setId("export-stats");
        pseudonyms.setId("export-pseudonyms");
        tokens.setId("export-tokens");
        bom.setId("export-bom");
        split.setId("export-split");
        ratios.setId("export-ratios");
        ratios.setValue("80/10/10");
        seed.setId("export-seed");
        seed.setValue(42);
        ratios.setEnabled(false);
        seed.setEnabled(false);
        split.addValueChangeListener(e -> {
            ratios.setEnabled(e.getValue());
            seed.setEnabled(e.getValue());
        });
        bom.setVisible(false);
        format.addValueChangeListener(e -> bom.setVisible(e.getValue() == ExportFormat.CSV));
        start.setId("start-export");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startJob());
        progress.setId("export-progress");
        progress.setVisible(false);
        progress.setWidth("24em");
        status.setId("export-status");
        cancel.setId("cancel-export");
        cancel.setVisible(false);
        cancel.addClickListener(e -> {
            if (jobId != null) {
                jobs.cancel(jobId);
            }
        });
        result.setId("export-result");
        notAllowed.setId("export-not-allowed");
        form.setPadding(false);
        HorizontalLayout splitRow = new HorizontalLayout(split, ratios, seed);
        splitRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.add(
                format,
                labels,
                new HorizontalLayout(uncurated, unfinished),
                layers,
                new HorizontalLayout(pending, stats),
                new HorizontalLayout(pseudonyms, tokens),
                bom,
                splitRow,
                start,
                progress,
                new HorizontalLayout(status, cancel),
                result);
        add(title, notAllowed, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        title.setText("Export: " + projects.get(projectId).name());
        boolean allowed = exports.canExport(projectId);
        notAllowed.setVisible(!allowed);
        form.setVisible(allowed);
    }

    private void startJob() {
        ExportOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            Notifications.error(e);
            return;
        }
        try {
            ExportJob job = jobs.start(projectId, options);
            jobId = job.id();
        } catch (ExportRefusedException e) {
            Notifications.error(e);
            return;
        }
        result.removeAll();
        start.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        cancel.setVisible(true);
        status.setText("Exporting…");
        getUI().ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            if (polling == null) {
                polling = ui.addPollListener(e -> refresh());
            }
        });
    }

    private ExportOptions options() {
        if (layers.getValue().isEmpty()) {
            throw new IllegalArgumentException("Choose at least one layer.");
        }
        ExportOptions options = ExportOptions.defaults(format.getValue())
                .withLabels(labels.getValue())
                .withLayers(layers.getValue())
                .withSuggestions(pending.getValue(), stats.getValue())
                .withPseudonyms(pseudonyms.getValue())
                .withTokens(tokens.getValue())
                .withCsvBom(bom.getValue())
                .withUnfinishedWork(uncurated.getValue(), unfinished.getValue());
        if (split.getValue()) {
            Integer s = seed.getValue();
            options = options.withSplit(SplitRatios.parse(ratios.getValue()), s == null ? 0 : s);
        }
        return options;
    }

    /** By default only curated gold and finished sets are exported; these boxes take the rest too. */
    private void showWorkOptions(LabelChoice choice) {
        uncurated.setVisible(choice.wantsGold());
        unfinished.setVisible(choice.wantsAnnotators());
    }

    private void refresh() {
        if (jobId == null) {
            return;
        }
        ExportJob job = jobs.get(jobId);
        progress.setValue(job.fraction());
        switch (job.state()) {
            case RUNNING -> status.setText("Exporting… " + job.done() + " of " + job.total() + " articles");
            case DONE -> {
                finished();
                status.setText("Ready: " + job.done() + (job.done() == 1 ? " article." : " articles.")
                        + (job.message() == null || job.message().isBlank() ? "" : " " + job.message()));
                String id = job.id();
                String contentType = job.format() == ExportFormat.XLSX
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "application/zip";
                Anchor download = new Anchor(
                        DownloadHandler.fromInputStream(
                                e -> new DownloadResponse(jobs.open(id), job.fileName(), contentType, jobs.size(id))),
                        "Download " + job.fileName());
                download.setId("download-export");
                result.add(download);
            }
            case FAILED -> {
                finished();
                status.setText("The export failed: " + job.message());
            }
            case CANCELLED -> {
                finished();
                status.setText("The export was cancelled.");
            }
        }
    }

    private void finished() {
        start.setEnabled(true);
        cancel.setVisible(false);
        stopPolling();
    }

    private void stopPolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        UI ui = detachEvent.getUI();
        ui.setPollInterval(-1);
        super.onDetach(detachEvent);
    }
}
