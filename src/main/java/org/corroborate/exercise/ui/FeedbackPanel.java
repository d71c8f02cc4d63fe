package org.corroborate.exercise.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.exercise.AttemptFeedback;
import org.corroborate.exercise.FeedbackArticle;
import org.corroborate.exercise.FeedbackItem;
import org.corroborate.exercise.ItemOutcome;
import org.corroborate.exercise.LayerScore;
import org.corroborate.exercise.Rescored;
import org.corroborate.exercise.ScoreReport;
import org.corroborate.exercise.StudentSpan;
import org.corroborate.exercise.Tally;
import org.corroborate.exercise.VerdictResult;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.corroborate.ui.DateTimes;

/**
 * A scored attempt: the score and how it was computed, then per article the text with each gold item marked found,
 * wrong label or missed, the spurious spans, and a list of the items with the instructor's explanations.
 */
class FeedbackPanel extends VerticalLayout {

    /** {@code own}: the student's own feedback (else the instructor's view of it). */
    FeedbackPanel(AttemptFeedback feedback, boolean own) {
        setPadding(false);
        Rescored rescored = feedback.rescored();
        if (rescored != null) {
            add(rescoreNotice(rescored, own, getLocale()));
        }
        ScoreReport report = feedback.report();
        Tally total = report.total();
        Span score = new Span(Scores.percent(total.score()));
        score.setId("feedback-score");
        score.addClassName("feedback-score");
        Paragraph scoreLine = new Paragraph();
        scoreLine.add(
                new Span("Score: "),
                score,
                new Span(" = " + Scores.points(total.points())
                        + (total.points() == 1 ? " point ÷ " : " points ÷ ")
                        + total.gold() + " gold items"));
        Paragraph how = new Paragraph("How: " + total.rightLabel() + " found with the right label × 1 + "
                + total.wrongLabel() + " with a wrong label × "
                + Scores.points(report.rules().partialCredit())
                + (report.rules().penalty() > 0
                        ? " − " + total.spurious() + " spurious × "
                                + Scores.points(report.rules().penalty())
                        : "")
                + "; " + total.missed() + " missed, "
                + total.spurious() + " marked that gold lacks. Rules: "
                + report.rules().describe() + ".");
        how.setId("feedback-how");
        add(scoreLine, how);
        for (LayerScore layer : report.layers().values()) {
            Tally t = layer.tally();
            add(new Paragraph(layer.layer().code() + ": " + Scores.percent(t.score()) + " (precision "
                    + Scores.percent(t.precision()) + ", recall " + Scores.percent(t.recall()) + ", F1 "
                    + Scores.percent(t.f1()) + ")"));
        }
        report.verdicts().ifPresent(v -> {
            Paragraph line = new Paragraph("Reconciliation: " + Scores.percent(v.score()) + " (" + v.right()
                    + " of " + v.slots() + " slots with the reconciler's verdict; " + v.wrong() + " another verdict, "
                    + v.unanswered() + " none)");
            line.setId("feedback-reconciliation");
            add(line);
            Grid<VerdictResult> slots = new Grid<>();
            slots.setId("feedback-slots");
            slots.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            slots.setAllRowsVisible(true);
            slots.addColumn(r -> feedback.slotTitles()
                            .getOrDefault(r.gold().slot(), r.gold().slot()))
                    .setHeader("Slot")
                    .setFlexGrow(3);
            slots.addColumn(r -> caption(r.gold().verdict()))
                    .setHeader("Reconciler's verdict")
                    .setAutoWidth(true);
            slots.addColumn(r -> r.given() == null ? "none" : caption(r.given()))
                    .setHeader("Yours")
                    .setAutoWidth(true);
            slots.addColumn(r -> r.right() ? "right" : "wrong")
                    .setHeader("Outcome")
                    .setAutoWidth(true);
            slots.setItems(v.items());
            add(slots);
        });
        Paragraph legend = new Paragraph("In the text: green = found, amber = wrong label, red underline = missed, "
                + "grey strike = marked but not in the gold.");
        legend.addClassName("muted");
        add(legend);
        for (FeedbackArticle article : feedback.articles()) {
            add(new H2(article.title()));
            List<MarkedText.Mark> marks = new ArrayList<>();
            for (FeedbackItem item : article.items()) {
                marks.add(new MarkedText.Mark(
                        item.gold().start(),
                        item.gold().end(),
                        cssOf(item.outcome()),
                        item.outcome().caption() + ": gold " + item.gold().label()
                                + (item.matched() == null
                                        ? ""
                                        : ", yours " + item.matched().label()),
                        s -> s.getStyle()
                                .set("padding", "0 1px")
                                .set("background-color", background(item.outcome()))
                                .set(
                                        "text-decoration",
                                        item.outcome() == ItemOutcome.MISSED ? "underline wavy #b00020" : "none")));
            }
            for (StudentSpan spurious : article.spurious()) {
                marks.add(new MarkedText.Mark(
                        spurious.start(),
                        spurious.end(),
                        "feedback-spurious",
                        "not in the gold: you marked " + spurious.label(),
                        s -> s.getStyle().set("text-decoration", "line-through").set("background-color", "#e6e6e6")));
            }
            MarkedText text = new MarkedText(article.text(), marks);
            text.addClassName("feedback-text");
            add(text);
            Grid<FeedbackItem> items = new Grid<>();
            items.addClassName("feedback-items");
            items.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            items.setAllRowsVisible(true);
            items.addColumn(i -> i.gold().text()).setHeader("Gold item").setFlexGrow(3);
            items.addColumn(i -> i.outcome().caption()).setHeader("Outcome").setAutoWidth(true);
            items.addColumn(i -> i.gold().label()).setHeader("Gold label").setAutoWidth(true);
            items.addColumn(i -> i.matched() == null
                            ? ""
                            : i.matched().text() + " (" + i.matched().label() + ")")
                    .setHeader("Your span")
                    .setFlexGrow(2);
            items.addColumn(i -> Scores.points(i.points())).setHeader("Points").setAutoWidth(true);
            items.addColumn(i -> i.gold().explanation()).setHeader("Why").setFlexGrow(3);
            items.setItems(article.items());
            add(new H3("Gold items"), items);
        }
    }

    /** "Your score was recomputed on … because the gold key changed: was X, now Y." */
    static Paragraph rescoreNotice(Rescored rescored, boolean own, Locale locale) {
        Paragraph notice = new Paragraph((own ? "Your" : "The") + " score was recomputed on "
                + DateTimes.medium(rescored.at(), locale) + " because the gold key changed: was "
                + Scores.percent(rescored.was()) + ", now " + Scores.percent(rescored.now()) + ".");
        notice.setId("rescore-notice");
        notice.getStyle()
                .set("background-color", "#fff4ce")
                .set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    static String caption(String verdict) {
        try {
            return ReconcilerVerdict.valueOf(verdict).caption();
        } catch (IllegalArgumentException e) {
            return verdict;
        }
    }

    private static String cssOf(ItemOutcome outcome) {
        return switch (outcome) {
            case FOUND -> "feedback-found";
            case WRONG_LABEL -> "feedback-wrong-label";
            case MISSED -> "feedback-missed";
        };
    }

    private static String background(ItemOutcome outcome) {
        return switch (outcome) {
            case FOUND -> "#c8ecd4";
            case WRONG_LABEL -> "#ffe0a6";
            case MISSED -> "#fde2e4";
        };
    }
}
