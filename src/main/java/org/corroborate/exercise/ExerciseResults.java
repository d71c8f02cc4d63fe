package org.corroborate.exercise;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.export.Column;
import org.corroborate.export.CsvSink;
import org.corroborate.export.SheetSpec;
import org.corroborate.export.XlsxWriter;
import org.corroborate.scheme.Layer;

/**
 * A class's results as files: a workbook (Students, Items, Outcomes: one row per student and gold item) and a
 * CSV for a gradebook import. Cells are written by the export feature's writers, so text that looks like a
 * formula stays text.
 */
public final class ExerciseResults {

    static final SheetSpec STUDENTS = SheetSpec.of(
            "Students",
            "one student of the exercise",
            List.of(
                    Column.text("username", 20, "The student's username."),
                    Column.text("display_name", 24, "The student's name."),
                    Column.text("state", 12, "Open, submitted, scored or closed."),
                    Column.integer("attempts", "Attempts started."),
                    Column.timestamp("submitted_at", "When the counted attempt was submitted (UTC)."),
                    Column.integer("minutes_spent", "Active minutes on the counted attempt."),
                    Column.decimal("points", "Points of the counted attempt."),
                    Column.integer("maximum", "Gold items (the most points)."),
                    Column.decimal("score", "Points ÷ gold items, from 0 to 1; empty without a submitted attempt."),
                    Column.decimal("score_source", "Score of the source mention task."),
                    Column.decimal("score_attribution", "Score of the attribution task."),
                    Column.decimal("score_claim", "Score of the claim task."),
                    Column.decimal("score_figure", "Score of the figure task.")));
    static final SheetSpec ITEMS = SheetSpec.of(
            "Items",
            "one gold item, most missed first",
            List.of(
                    Column.integer("gold_id", "The gold annotation's id."),
                    Column.text("article", 30, "The article's title."),
                    Column.text("layer", 12, "Annotation layer."),
                    Column.text("label", 18, "Gold label."),
                    Column.text("text", 40, "The gold span's text."),
                    Column.integer("found", "Submitted attempts that matched it (any label)."),
                    Column.integer("right_label", "Submitted attempts that matched it with the right label."),
                    Column.integer("attempts", "Submitted attempts."),
                    Column.decimal("hit_rate", "found ÷ attempts."),
                    Column.text("explanation", 40, "The instructor's explanation.")));
    static final SheetSpec OUTCOMES = SheetSpec.of(
            "Outcomes",
            "one student and one gold item",
            List.of(
                    Column.text("username", 20, "The student's username."),
                    Column.integer("gold_id", "The gold annotation's id."),
                    Column.text("text", 40, "The gold span's text."),
                    Column.text("outcome", 12, "found, wrong label or missed."),
                    Column.decimal("points", "Points the item earned.")));
    static final SheetSpec GRADEBOOK = new SheetSpec(
            "gradebook",
            "one student",
            List.of(
                    Column.text("username", 20, "The student's username."),
                    Column.text("display_name", 24, "The student's name."),
                    Column.decimal("score", "Points earned (empty without a submitted attempt)."),
                    Column.integer("maximum", "The most points: the number of gold items.")));

    private ExerciseResults() {}

    public static void writeWorkbook(ClassDashboard dashboard, OutputStream out) {
        try (XlsxWriter writer = new XlsxWriter()) {
            XlsxWriter.Sheet students = writer.sheet(STUDENTS);
            for (ClassDashboard.StudentRow s : dashboard.students()) {
                students.row(
                        s.username(),
                        s.displayName(),
                        s.state().caption(),
                        s.attempts(),
                        s.submittedAt(),
                        s.activeSeconds() / 60,
                        s.score().isPresent() ? s.points() : null,
                        s.maximum(),
                        s.score().isPresent() ? s.score().getAsDouble() : null,
                        layer(s, Layer.SOURCE),
                        layer(s, Layer.ATTRIBUTION),
                        layer(s, Layer.CLAIM),
                        layer(s, Layer.FIGURE));
            }
            XlsxWriter.Sheet items = writer.sheet(ITEMS);
            Map<Long, GoldItem> gold = new HashMap<>();
            for (ClassDashboard.ItemRow i : dashboard.items()) {
                gold.put(i.gold().annotationId(), i.gold());
                items.row(
                        i.gold().annotationId(),
                        i.articleTitle(),
                        i.gold().layer().code(),
                        i.gold().label(),
                        i.gold().text(),
                        i.found(),
                        i.rightLabel(),
                        i.attempts(),
                        i.hitRate(),
                        i.gold().explanation());
            }
            XlsxWriter.Sheet outcomes = writer.sheet(OUTCOMES);
            for (ClassDashboard.StudentItem o : dashboard.outcomes()) {
                GoldItem g = gold.get(o.annotationId());
                outcomes.row(
                        o.username(),
                        o.annotationId(),
                        g == null ? "" : g.text(),
                        o.outcome().caption(),
                        o.points());
            }
            writer.write(out);
        }
    }

    /** username, display_name, score (points), maximum: what gradebooks import. */
    public static void writeGradebook(ClassDashboard dashboard, OutputStream out) {
        try (CsvSink csv = new CsvSink(GRADEBOOK, out, false)) {
            for (ClassDashboard.StudentRow s : dashboard.students()) {
                csv.row(s.username(), s.displayName(), s.score().isPresent() ? s.points() : null, s.maximum());
            }
        }
    }

    private static @org.jspecify.annotations.Nullable Double layer(ClassDashboard.StudentRow s, Layer layer) {
        var score = s.scoreByLayer().get(layer);
        return score == null || score.isEmpty() ? null : score.getAsDouble();
    }
}
