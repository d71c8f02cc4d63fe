package org.corroborate.exercise.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.annotation.ui.AnnotationEditor;
import org.corroborate.annotation.ui.EditorSpan;
import org.corroborate.annotation.ui.SpanEditing;
import org.corroborate.annotation.ui.SpanEditing.LabelChoice;
import org.corroborate.exercise.ArticleRef;
import org.corroborate.exercise.AttemptArticle;
import org.corroborate.exercise.AttemptDocument;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseTask;
import org.corroborate.exercise.ExerciseValidationException;
import org.corroborate.exercise.FeedbackTiming;
import org.corroborate.exercise.Instructions;
import org.corroborate.exercise.SlotToJudge;
import org.corroborate.exercise.SpanCheck;
import org.corroborate.exercise.StudentSpan;
import org.corroborate.exercise.SuggestedSpan;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.live.TeamEvent;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.LayerTabs;
import org.corroborate.ui.LiveUpdates;
import org.corroborate.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * A student's attempt: the instructions, then each article in the annotation editor with only the exercise's layers
 * and labels, no suggestions, no gold and nobody else's work. Submitting makes the attempt read-only.
 */
@Route("exercises/:exerciseId")
@PageTitle("Exercise · Corroborate")
@PermitAll
class ExerciseAttemptView extends VerticalLayout implements BeforeEnterObserver {

    private static final String SUGGESTION = "suggested-";

    private final ExerciseService exercises;
    private final H1 title = new H1();
    private final Div instructions = new Div();
    private final Paragraph status = new Paragraph();
    private final Button start = new Button("Start");
    private final Button submit = new Button("Submit");
    private final Div feedbackLink = new Div();
    private final Select<ArticleRef> article = new Select<>();
    private final Select<Layer> layer = new Select<>();
    private final AnnotationEditor editor = new AnnotationEditor();
    private final Grid<StudentSpan> spans = new Grid<>();
    private final Paragraph suggestionHint = new Paragraph();
    private final Paragraph spanCheck = new Paragraph();
    private final Div rescore = new Div();
    private Map<Long, SpanCheck> checks = Map.of();
    private final H2 slotsHeading = new H2("Reconcile the story's figures");
    private final Grid<SlotToJudge> slots = new Grid<>();
    private long exerciseId;
    private @Nullable AttemptDocument document;
    private List<StudentSpan> current = List.of();
    private List<SuggestedSpan> suggested = List.of();

    ExerciseAttemptView(ExerciseService exercises, LiveUpdates live) {
        this.exercises = exercises;
        // A curator changing gold while the page is open: the checks of the spans and the re-scoring notice follow.
        live.follow(this, () -> document == null ? -1 : document.projectId(), event -> {
            if (event.kind() == TeamEvent.Kind.GOLD_CHANGED) {
                goldChanged();
            }
        });
        setSizeFull();
        status.setId("attempt-status");
        start.setId("start-attempt");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> act(() -> exercises.startAttempt(exerciseId)));
        submit.setId("submit-attempt");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmSubmit());
        feedbackLink.setId("feedback-link");
        article.setId("exercise-article");
        article.setLabel("Article");
        article.setItemLabelGenerator(ArticleRef::title);
        article.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                loadArticle();
            }
        });
        layer.setId("exercise-layer");
        layer.setLabel("Layer");
        layer.setItemLabelGenerator(LayerTabs::caption);
        layer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                sendPalette();
            }
        });
        editor.setId("annotation-editor");
        editor.setWidthFull();
        editor.setHeight("28rem");
        editor.getStyle().set("flex-shrink", "0"); // the page scrolls; the text keeps its height
        // Exercises have no attribution frames being built: a span is created as marked.
        SpanEditing.onNewSpan(editor, (start, end, label, frameId) -> create(start, end, label));
        editor.addDeleteListener(e -> {
            if (!e.spanId().startsWith(SUGGESTION)) {
                delete(Long.parseLong(e.spanId()));
            }
        });
        // Suggestions (when the exercise allows them): Enter takes one into the attempt, Backspace drops it.
        editor.addAcceptListener(e -> suggestion(e.spanId()).ifPresent(s -> {
            suggested.remove(s);
            create(s.start(), s.end(), new LabelChoice(s.layer(), s.label()));
        }));
        editor.addRejectListener(e -> suggestion(e.spanId()).ifPresent(s -> {
            suggested.remove(s);
            sendSpans();
        }));
        spans.setId("my-spans");
        spans.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        spans.setAllRowsVisible(true);
        spans.addColumn(StudentSpan::text).setHeader("Your span").setFlexGrow(3);
        spans.addColumn(s -> s.layer().code() + ": " + s.label())
                .setHeader("Label")
                .setAutoWidth(true);
        spans.addColumn(s -> {
                    SpanCheck c = checks.get(s.id());
                    return c == null
                            ? ""
                            : c.verdict().caption() + (c.explanation().isEmpty() ? "" : ": " + c.explanation());
                })
                .setHeader("Check")
                .setKey("check")
                .setFlexGrow(2);
        spans.addComponentColumn(s -> {
                    Button remove = new Button("Remove", e -> delete(s.id()));
                    remove.addThemeVariants(
                            ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    remove.setEnabled(document != null && !document.readOnly());
                    return remove;
                })
                .setAutoWidth(true);
        HorizontalLayout bar = new HorizontalLayout(article, layer, start, submit, feedbackLink);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph how = new Paragraph("Select text, then click a label (or press its number and Enter) to mark it; "
                + "select a span and press Delete to remove it.");
        how.addClassName("muted");
        suggestionHint.setId("suggestion-hint");
        suggestionHint.addClassName("muted");
        suggestionHint.setText("Dashed spans are the detectors' suggestions, allowed in this exercise: they may be "
                + "wrong. Select one and press Enter to take it into your attempt, or Backspace to drop it.");
        slots.setId("slot-verdicts");
        slots.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        slots.setAllRowsVisible(true);
        slots.addColumn(SlotToJudge::title).setHeader("Slot").setFlexGrow(2);
        slots.addColumn(x -> String.join("; ", x.figures()))
                .setHeader("Figures")
                .setFlexGrow(4);
        slots.addComponentColumn(this::verdictPicker).setHeader("Your verdict").setAutoWidth(true);
        spanCheck.setId("span-check");
        spanCheck.getElement().setAttribute("role", "status");
        spanCheck.getElement().setAttribute("aria-live", "polite");
        rescore.setId("rescore");
        add(
                title,
                instructions,
                status,
                rescore,
                bar,
                how,
                suggestionHint,
                spanCheck,
                editor,
                spans,
                slotsHeading,
                slots);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        exerciseId = event.getRouteParameters().getLong("exerciseId").orElseThrow(NotFoundOrNotAllowedException::new);
        show(exercises.attempt(exerciseId));
    }

    private void act(java.util.function.Supplier<AttemptDocument> action) {
        try {
            show(action.get());
        } catch (ExerciseValidationException ex) {
            Notifications.error(ex);
            show(exercises.attempt(exerciseId));
        }
    }

    private void show(AttemptDocument doc) {
        document = doc;
        title.setText(doc.title());
        instructions.removeAll();
        if (!doc.instructions().isBlank()) {
            instructions.add(new Html(Instructions.toSafeHtml(doc.instructions())));
        }
        String state = doc.attemptId() == null
                ? "Not started."
                : "Attempt " + doc.attemptNumber() + " of " + doc.attemptsAllowed() + ": "
                        + (doc.submittedAt() != null ? "submitted, read-only." : doc.readOnly() ? "closed." : "open.");
        status.setText(state);
        start.setVisible(doc.canStartNew());
        start.setText(doc.attemptId() == null ? "Start" : "Start a new attempt");
        submit.setVisible(doc.attemptId() != null && !doc.readOnly());
        feedbackLink.removeAll();
        if (doc.feedbackReleased()) {
            feedbackLink.add(InAppLink.to("exercises/" + exerciseId + "/feedback", "See your feedback"));
        }
        showRescoring(doc);
        spanCheck.setText("");
        spanCheck.setVisible(perItem(doc));
        spans.getColumnByKey("check").setVisible(perItem(doc));
        ArticleRef chosen = article.getValue();
        article.setItems(doc.articles());
        article.setVisible(doc.articles().size() > 1);
        article.setValue(
                chosen != null && doc.articles().contains(chosen)
                        ? chosen
                        : doc.articles().getFirst());
        Set<Layer> layers = new LinkedHashSet<>();
        doc.labels().forEach(l -> layers.add(l.layer()));
        Layer active = layer.getValue();
        layer.setItems(layers);
        layer.setVisible(layers.size() > 1);
        if (!layers.isEmpty()) {
            layer.setValue(
                    active != null && layers.contains(active)
                            ? active
                            : layers.iterator().next());
        }
        editor.setReadOnly(doc.readOnly());
        boolean reconciles = doc.tasks().contains(ExerciseTask.RECONCILE);
        spans.setVisible(!doc.labels().isEmpty()); // a reconciliation alone marks no spans
        slotsHeading.setVisible(reconciles);
        slots.setVisible(reconciles);
        if (reconciles) {
            slots.setItems(exercises.slotsToJudge(exerciseId));
        }
        loadArticle();
    }

    private void loadArticle() {
        ArticleRef ref = article.getValue();
        if (ref == null) {
            return;
        }
        AttemptArticle a = exercises.attemptArticle(exerciseId, ref.id());
        editor.setText(a.text());
        current = new ArrayList<>(a.spans());
        suggested = new ArrayList<>(a.suggestions());
        suggestionHint.setVisible(!suggested.isEmpty());
        refreshChecks();
        sendPalette();
        sendSpans();
    }

    private Select<ReconcilerVerdict> verdictPicker(SlotToJudge slot) {
        Select<ReconcilerVerdict> pick = new Select<>();
        pick.setItems(ReconcilerVerdict.values());
        pick.setItemLabelGenerator(v -> v == null ? "" : v.caption());
        pick.setEmptySelectionAllowed(true);
        pick.setEmptySelectionCaption("No verdict");
        pick.setPlaceholder("No verdict");
        pick.setValue(slot.given());
        pick.setAriaLabel("Verdict on " + slot.title());
        pick.setId("verdict-" + slot.slotId());
        AttemptDocument doc = document;
        pick.setReadOnly(doc == null || doc.readOnly());
        pick.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    exercises.giveVerdict(exerciseId, slot.slotId(), e.getValue());
                } catch (ExerciseValidationException | NotFoundOrNotAllowedException ex) {
                    Notifications.error(ex);
                }
            }
        });
        return pick;
    }

    private void showRescoring(AttemptDocument doc) {
        rescore.removeAll();
        if (doc.feedbackReleased()) {
            exercises.myFeedback(exerciseId).map(f -> f.rescored()).ifPresent(r -> {
                if (r != null) {
                    rescore.add(FeedbackPanel.rescoreNotice(r, true, getLocale()));
                }
            });
        }
    }

    private void goldChanged() {
        AttemptDocument doc = document;
        if (doc == null) {
            return;
        }
        showRescoring(doc);
        if (perItem(doc)) {
            refreshChecks();
            sendSpans();
        }
    }

    /** Feedback "at once, per item" while the attempt is open: each span is checked as soon as it is marked. */
    private static boolean perItem(AttemptDocument doc) {
        return doc.feedback() == FeedbackTiming.AT_ONCE && doc.attemptId() != null && !doc.readOnly();
    }

    private void refreshChecks() {
        AttemptDocument doc = document;
        ArticleRef ref = article.getValue();
        Map<Long, SpanCheck> byId = new HashMap<>();
        if (doc != null && ref != null && perItem(doc)) {
            exercises.checkSpans(exerciseId, ref.id()).forEach(c -> byId.put(c.spanId(), c));
        }
        checks = byId;
    }

    private void sendPalette() {
        AttemptDocument doc = document;
        Layer active = layer.getValue();
        if (doc == null || active == null) {
            return;
        }
        editor.setLabels(SpanEditing.palette(
                doc.labels().stream().filter(l -> l.layer() == active).toList()));
    }

    private void sendSpans() {
        AttemptDocument doc = document;
        List<EditorSpan> shown = new ArrayList<>();
        for (StudentSpan s : current) {
            String color = doc == null
                    ? "#0072b2"
                    : doc.labels().stream()
                            .filter(l -> l.layer() == s.layer() && l.code().equals(s.label()))
                            .map(ProjectLabel::color)
                            .findFirst()
                            .orElse("#0072b2");
            SpanCheck check = checks.get(s.id());
            shown.add(new EditorSpan(
                    String.valueOf(s.id()),
                    s.start(),
                    s.end(),
                    s.layer().code(),
                    s.label(),
                    color,
                    null,
                    false,
                    check == null
                            ? s.label()
                            : s.label() + " — " + check.verdict().caption()));
        }
        for (int i = 0; i < suggested.size(); i++) {
            SuggestedSpan s = suggested.get(i);
            shown.add(new EditorSpan(
                    SUGGESTION + i,
                    s.start(),
                    s.end(),
                    s.layer().code(),
                    s.label(),
                    colorOf(s.layer(), s.label()),
                    null,
                    true,
                    "suggested: " + s.label()));
        }
        editor.setSpans(shown);
        spans.setItems(current);
    }

    private String colorOf(Layer spanLayer, String label) {
        AttemptDocument doc = document;
        return doc == null
                ? "#0072b2"
                : doc.labels().stream()
                        .filter(l -> l.layer() == spanLayer && l.code().equals(label))
                        .map(ProjectLabel::color)
                        .findFirst()
                        .orElse("#0072b2");
    }

    private Optional<SuggestedSpan> suggestion(String spanId) {
        if (!spanId.startsWith(SUGGESTION)) {
            return Optional.empty();
        }
        int index = Integer.parseInt(spanId.substring(SUGGESTION.length()));
        return index < suggested.size() ? Optional.of(suggested.get(index)) : Optional.empty();
    }

    private void create(int startOffset, int endOffset, LabelChoice label) {
        ArticleRef ref = article.getValue();
        if (ref == null) {
            return;
        }
        try {
            StudentSpan made =
                    exercises.addSpan(exerciseId, ref.id(), label.layer(), label.code(), startOffset, endOffset);
            current.add(made);
            refreshChecks();
            SpanCheck check = checks.get(made.id());
            if (check != null) {
                spanCheck.setText("“" + made.text() + "”: " + check.verdict().caption() + "."
                        + (check.explanation().isEmpty() ? "" : " " + check.explanation()));
            }
        } catch (ExerciseValidationException ex) {
            Notifications.error(ex);
        }
        sendSpans();
    }

    private void delete(long spanId) {
        try {
            exercises.deleteSpan(exerciseId, spanId);
            current.removeIf(s -> s.id() == spanId);
            refreshChecks();
        } catch (ExerciseValidationException | NotFoundOrNotAllowedException ex) {
            Notifications.error(ex);
        }
        sendSpans();
    }

    private void confirmSubmit() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Submit your attempt?");
        dialog.add(new Paragraph("You have marked " + current.size() + " spans in this article. After submitting "
                + "you can no longer change this attempt."));
        Button confirm = new Button("Submit", e -> {
            dialog.close();
            act(() -> exercises.submit(exerciseId));
            Notifications.success("Submitted.");
        });
        confirm.setId("confirm-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }
}
