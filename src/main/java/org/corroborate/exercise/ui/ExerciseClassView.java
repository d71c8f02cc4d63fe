package org.corroborate.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.corroborate.exercise.ClassDashboard;
import org.corroborate.exercise.CreatedStudent;
import org.corroborate.exercise.ExerciseResults;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseSummary;
import org.corroborate.exercise.ExerciseValidationException;
import org.corroborate.export.CellText;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.ConcurrentEdits;
import org.corroborate.ui.DateTimes;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.Notifications;
import org.corroborate.ui.chart.Chart;
import org.corroborate.ui.chart.ChartSpec;
import org.jspecify.annotations.Nullable;

/**
 * One exercise for its instructors: the class code and roster, the class dashboard (per student, per gold item most
 * missed first, common false positives, score histogram, heat map of the text), and the results as files. Scores
 * are computed against the gold as it is now: changing gold re-scores the class.
 */
@Route("projects/:projectId/exercises/:exerciseId")
@PageTitle("Exercise · Corroborate")
@PermitAll
class ExerciseClassView extends VerticalLayout implements BeforeEnterObserver {

    /** A roster of the most students the service takes (500) fits well within this. */
    private static final int ROSTER_FILE_MAX_BYTES = 256 * 1024;

    private final ExerciseService exercises;
    private final H1 title = new H1();
    private final Span classCode = new Span();
    private final Paragraph goldNotice = new Paragraph();
    private final Paragraph rescoreSummary = new Paragraph();
    private final Grid<ClassDashboard.StudentRow> students = new Grid<>();
    private final Grid<ClassDashboard.ItemRow> items = new Grid<>();
    private final Grid<ClassDashboard.FalsePositive> falsePositives = new Grid<>();
    private final H2 slotsHeading = new H2("Slot verdicts, most missed first");
    private final Grid<ClassDashboard.SlotRow> slots = new Grid<>();
    private final Chart histogram = new Chart();
    private final Chart hitRates = new Chart();
    private final Div heat = new Div();
    private final TextArea roster = new TextArea("Add students (one a line: username, name)");
    private final Div rosterResult = new Div();
    private final AtomicReference<@Nullable String> uploadedRoster = new AtomicReference<>();
    private long projectId;
    private long exerciseId;
    private @Nullable ExerciseSummary exercise;
    private @Nullable ClassDashboard dashboard;

    ExerciseClassView(ExerciseService exercises) {
        this.exercises = exercises;
        classCode.setId("class-code");
        classCode.addClassName("class-code");
        Button edit = new Button("Edit exercise", VaadinIcon.EDIT.create(), e -> edit());
        edit.setId("edit-exercise");
        Anchor workbook = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ExerciseResults.writeWorkbook(exercises.dashboard(projectId, exerciseId), out);
                    return new DownloadResponse(
                            new ByteArrayInputStream(out.toByteArray()),
                            "exercise-" + exerciseId + "-results.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            out.size());
                }),
                "Results (.xlsx)");
        workbook.setId("download-results");
        Anchor gradebook = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ExerciseResults.writeGradebook(exercises.dashboard(projectId, exerciseId), out);
                    return new DownloadResponse(
                            new ByteArrayInputStream(out.toByteArray()),
                            "exercise-" + exerciseId + "-gradebook.csv",
                            "text/csv",
                            out.size());
                }),
                "Gradebook (.csv)");
        gradebook.setId("download-gradebook");
        Button delete = new Button("Delete exercise", VaadinIcon.TRASH.create(), e -> confirmDelete());
        delete.setId("delete-exercise");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(edit, workbook, gradebook, delete);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph join = new Paragraph();
        join.add(
                new Span("Class code: "),
                classCode,
                new Span(
                        " — students sign up at /join with it, or join from “My exercises” when they have an account."));

        roster.setId("roster");
        roster.setWidthFull();
        // A roster file fills the box: the instructor sees what will be added before adding it.
        Upload rosterFile =
                new Upload(UploadHandler.inMemory((metadata, data) -> uploadedRoster.set(rosterText(data))));
        rosterFile.setId("roster-file");
        rosterFile.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        rosterFile.setMaxFiles(1);
        rosterFile.setMaxFileSize(ROSTER_FILE_MAX_BYTES);
        rosterFile.setUploadButton(new Button("Upload a roster (.csv)", VaadinIcon.UPLOAD.create()));
        rosterFile.addFileRejectedListener(e -> Notifications.error(e.getFileName() + ": " + e.getErrorMessage()));
        rosterFile.addAllFinishedListener(e -> {
            String text = uploadedRoster.getAndSet(null);
            if (text != null) {
                roster.setValue(text);
                rosterFile.clearFileList();
            }
        });
        roster.setHelperText("Or paste or upload a CSV with the columns username, name. New accounts get a password, "
                + "shown only now.");
        Button addRoster = new Button("Add students", VaadinIcon.USERS.create(), e -> addRoster());
        addRoster.setId("add-roster");
        rosterResult.setId("roster-result");

        goldNotice.setId("gold-notice");
        goldNotice.addClassName("muted");
        rescoreSummary.setId("rescore-summary");
        students.setId("class-students");
        students.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        students.setAllRowsVisible(true);
        students.addComponentColumn(s -> InAppLink.to(
                        "projects/" + projectId + "/exercises/" + exerciseId + "/students/" + s.username(),
                        s.username()))
                .setHeader("Student")
                .setAutoWidth(true);
        students.addColumn(ClassDashboard.StudentRow::displayName)
                .setHeader("Name")
                .setAutoWidth(true);
        students.addColumn(s -> s.state().caption()).setHeader("State").setAutoWidth(true);
        students.addColumn(s -> s.submittedAt() == null ? "" : DateTimes.medium(s.submittedAt(), getLocale()))
                .setHeader("Submitted")
                .setAutoWidth(true);
        students.addColumn(s -> s.activeSeconds() / 60 + " min")
                .setHeader("Time")
                .setAutoWidth(true);
        students.addColumn(s -> s.score().isPresent() ? Scores.points(s.points()) + " / " + s.maximum() : "")
                .setHeader("Points")
                .setAutoWidth(true);
        students.addColumn(s -> Scores.percent(s.score())).setHeader("Score").setAutoWidth(true);

        histogram.setId("score-histogram");
        hitRates.setId("item-hit-rate-chart");

        items.setId("item-hit-rates");
        items.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        items.setAllRowsVisible(true);
        items.addColumn(i -> i.gold().text()).setHeader("Gold item").setFlexGrow(3);
        items.addColumn(i -> i.gold().label()).setHeader("Label").setAutoWidth(true);
        items.addColumn(ClassDashboard.ItemRow::articleTitle)
                .setHeader("Article")
                .setFlexGrow(2);
        items.addColumn(i -> i.found() + " / " + i.attempts())
                .setHeader("Found")
                .setAutoWidth(true);
        items.addColumn(i -> Scores.percent(i.hitRate())).setHeader("Hit rate").setAutoWidth(true);
        items.addColumn(i -> i.gold().explanation()).setHeader("Explanation").setFlexGrow(2);
        items.addComponentColumn(i -> {
                    Button explain = new Button("Explain", e -> explain(i));
                    explain.addThemeVariants(
                            com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                            com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
                    return explain;
                })
                .setAutoWidth(true);

        falsePositives.setId("false-positives");
        falsePositives.addThemeVariants(GridVariant.LUMO_COMPACT);
        falsePositives.setAllRowsVisible(true);
        falsePositives
                .addColumn(ClassDashboard.FalsePositive::text)
                .setHeader("Marked, not in gold")
                .setFlexGrow(3);
        falsePositives.addColumn(f -> f.layer().code()).setHeader("Layer").setAutoWidth(true);
        falsePositives
                .addColumn(ClassDashboard.FalsePositive::articleTitle)
                .setHeader("Article")
                .setFlexGrow(2);
        falsePositives
                .addColumn(ClassDashboard.FalsePositive::students)
                .setHeader("Students")
                .setAutoWidth(true);

        slots.setId("slot-hit-rates");
        slots.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        slots.setAllRowsVisible(true);
        slots.addColumn(ClassDashboard.SlotRow::title).setHeader("Slot").setFlexGrow(3);
        slots.addColumn(r -> FeedbackPanel.caption(r.verdict()))
                .setHeader("Reconciler's verdict")
                .setAutoWidth(true);
        slots.addColumn(r -> r.right() + " / " + r.attempts())
                .setHeader("Same verdict")
                .setAutoWidth(true);
        slots.addColumn(r -> Scores.percent(r.hitRate())).setHeader("Share").setAutoWidth(true);
        heat.setId("heat-map");
        add(
                title,
                join,
                actions,
                new H2("Students"),
                goldNotice,
                rescoreSummary,
                students,
                new H3("Score histogram"),
                histogram,
                new H2("Gold items, most missed first"),
                hitRates,
                items,
                slotsHeading,
                slots,
                new H2("Common false positives"),
                falsePositives,
                new H2("Class heat map"),
                new Paragraph("How many students marked each word (no names)."),
                heat,
                new H2("Roster"),
                roster,
                rosterFile,
                addRoster,
                rosterResult);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        exerciseId = event.getRouteParameters().getLong("exerciseId").orElseThrow(NotFoundOrNotAllowedException::new);
        refresh();
    }

    private void refresh() {
        ExerciseSummary x = exercises.get(projectId, exerciseId);
        exercise = x;
        title.setText(x.title());
        classCode.setText(x.classCode());
        ClassDashboard d = exercises.dashboard(projectId, exerciseId);
        dashboard = d;
        goldNotice.setText("Scores are computed against the gold as it is now"
                + (d.goldChangedAt() == null
                        ? " (the articles have no gold yet)."
                        : "; gold last changed " + DateTimes.medium(d.goldChangedAt(), getLocale())
                                + ". Changing gold re-scores every student."));
        ClassDashboard.Rescoring r = d.rescoring();
        rescoreSummary.setVisible(r.rescored() > 0);
        if (r.rescored() > 0 && r.goldChangedAt() != null) {
            rescoreSummary.setText("Re-scored on " + DateTimes.medium(r.goldChangedAt(), getLocale())
                    + " because the gold changed: " + r.rescored() + " of " + r.scored() + " submitted "
                    + (r.scored() == 1 ? "attempt has" : "attempts have") + " a different score than when "
                    + (r.scored() == 1 ? "it was" : "they were") + " scored. Those students see a notice with the old "
                    + "and the new score.");
        }
        students.setItems(d.students());
        List<String> bins = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bins.add(i * 10 + "–" + (i * 10 + 10) + " %");
            counts.add(d.histogram()[i]);
        }
        histogram.setSpec(ChartSpec.bar(
                        "Score histogram",
                        "Submitted attempts per score band of ten points.",
                        "Score",
                        "Students",
                        bins,
                        List.of(new ChartSpec.Series("Students", counts)))
                .withHeight(220));
        List<String> itemNames = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (ClassDashboard.ItemRow i : d.items()) {
            String text = i.gold().text();
            itemNames.add((text.length() > 40 ? text.substring(0, 39) + "…" : text) + " ("
                    + i.gold().label() + ")");
            rates.add(i.hitRate());
        }
        hitRates.setSpec(ChartSpec.bar(
                        "Hit rate per gold item",
                        "Share of submitted attempts that found each gold " + "item, most missed first.",
                        "Gold item",
                        "Found by",
                        itemNames,
                        List.of(new ChartSpec.Series("Hit rate", rates)))
                .asPercent()
                .withHeight(260));
        items.setItems(d.items());
        slots.setItems(d.slots());
        slotsHeading.setVisible(!d.slots().isEmpty());
        slots.setVisible(!d.slots().isEmpty());
        falsePositives.setItems(d.falsePositives());
        heat.removeAll();
        for (ClassDashboard.HeatArticle article : d.heat()) {
            heat.add(new H3(article.title()));
            List<MarkedText.Mark> marks = new ArrayList<>();
            int most = Math.max(1, article.students());
            for (ClassDashboard.WordHeat w : article.words()) {
                if (w.count() > 0) {
                    double share = (double) w.count() / most;
                    marks.add(new MarkedText.Mark(
                            w.start(),
                            w.end(),
                            "heat",
                            w.count() + (w.count() == 1 ? " student" : " students"),
                            s -> s.getStyle()
                                    .set(
                                            "background-color",
                                            String.format(Locale.ROOT, "rgba(213, 94, 0, %.2f)", 0.12 + 0.6 * share))
                                    .set("color", "#000")));
                }
            }
            MarkedText text = new MarkedText(article.text(), marks);
            text.addClassName("heat-article");
            heat.add(text);
        }
    }

    private void edit() {
        ExerciseSummary x = exercise;
        if (x == null) {
            return;
        }
        ExerciseForm[] form = new ExerciseForm[1];
        form[0] = new ExerciseForm(
                "Edit exercise",
                x.settings(),
                exercises.articleChoices(projectId),
                exercises.storyChoices(projectId),
                settings -> {
                    try {
                        ConcurrentEdits.run(() -> {
                            exercises.update(projectId, exerciseId, x.version(), settings);
                            form[0].close();
                            Notifications.success("Exercise saved; scores follow the new rules.");
                            refresh();
                        });
                    } catch (ExerciseValidationException ex) {
                        Notifications.error(ex);
                    }
                });
        form[0].open();
    }

    private void confirmDelete() {
        ExerciseSummary x = exercise;
        if (x == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-exercise");
        confirm.setHeader("Delete “" + x.title() + "”?");
        confirm.setText("The exercise goes with its class list and every student's attempts and scores ("
                + x.submitted() + " submitted). Download the results first if you need them. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete with its attempts");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                exercises.delete(projectId, exerciseId);
                Notifications.success("Exercise deleted.");
                getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/exercises"));
            } catch (NotFoundOrNotAllowedException ex) {
                Notifications.error(ex);
            }
        });
        confirm.open();
    }

    private void explain(ClassDashboard.ItemRow item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Explain: " + item.gold().text());
        TextArea text = new TextArea("Explanation shown with the feedback");
        text.setId("explanation");
        text.setWidth("32rem");
        text.setMaxLength(2000);
        text.setValue(item.gold().explanation());
        Button save = new Button("Save", e -> {
            try {
                exercises.explain(projectId, exerciseId, item.gold().annotationId(), text.getValue());
                dialog.close();
                refresh();
            } catch (ExerciseValidationException ex) {
                Notifications.error(ex);
            }
        });
        save.setId("save-explanation");
        dialog.add(text);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** A roster file's text: UTF-8 (a byte-order mark dropped), as a spreadsheet saves a CSV. */
    static String rosterText(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private void addRoster() {
        List<CreatedStudent> made;
        try {
            made = exercises.addRoster(projectId, exerciseId, roster.getValue());
        } catch (ExerciseValidationException ex) {
            Notifications.error(ex);
            return;
        }
        roster.clear();
        rosterResult.removeAll();
        Grid<CreatedStudent> grid = new Grid<>();
        grid.setId("roster-passwords");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(CreatedStudent::username).setHeader("Username");
        grid.addColumn(CreatedStudent::displayName).setHeader("Name");
        grid.addColumn(c -> c.password() == null ? "" : c.password()).setHeader("Password");
        grid.addColumn(CreatedStudent::note).setHeader("Note");
        grid.setItems(made);
        StringBuilder csv = new StringBuilder("username,name,password\n");
        for (CreatedStudent c : made) {
            if (c.password() != null) {
                csv.append(field(c.username()))
                        .append(',')
                        .append(field(c.displayName()))
                        .append(',')
                        .append(field(c.password()))
                        .append('\n');
            }
        }
        byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(e -> new DownloadResponse(
                        new ByteArrayInputStream(bytes), "passwords.csv", "text/csv", bytes.length)),
                "Download passwords (.csv)");
        download.setId("download-passwords");
        rosterResult.add(
                new Paragraph("Passwords are shown only now: download or copy them before leaving."), grid, download);
        refresh();
    }

    private static String field(String value) {
        String safe = CellText.forCsv(value);
        return safe.matches(".*[\",\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
