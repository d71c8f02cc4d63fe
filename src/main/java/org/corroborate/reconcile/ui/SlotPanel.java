package org.corroborate.reconcile.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import org.corroborate.reconcile.ReconcileService;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.corroborate.reconcile.ReconciliationBoard;
import org.corroborate.ui.DateTimes;
import org.corroborate.ui.Notifications;

/**
 * The reconciliation board's side panel for the selected slot: its title, the verdict with the accepted value and
 * the rationale, its figures (move, split off, remove) and merging it into another slot. Every change goes through
 * the board's guard (a clash is reported, never overwritten) and then reloads the board at the slot it concerns.
 */
class SlotPanel extends VerticalLayout {

    private final ReconcileService service;
    private final Consumer<Runnable> guarded;
    private final LongConsumer reloadAt;
    private final LongFunction<String> articleLabel;
    /** The user typed or chose something that is not saved yet. */
    private boolean edited;

    /**
     * @param guarded      runs a change, reporting a refused or clashing one
     * @param reloadAt     reloads the board with this slot selected
     * @param articleLabel an article's column label on the board ("A3")
     */
    SlotPanel(
            ReconcileService service,
            Consumer<Runnable> guarded,
            LongConsumer reloadAt,
            LongFunction<String> articleLabel) {
        this.service = service;
        this.guarded = guarded;
        this.reloadAt = reloadAt;
        this.articleLabel = articleLabel;
        setId("slot-panel");
        setPadding(false);
        // The panel fills its side of the split (a fixed width overflowed it on a 1280-pixel screen).
        setWidthFull();
    }

    /** Whether the panel holds changes not saved yet (a reload must then leave it as it is). */
    boolean edited() {
        return edited;
    }

    /** No slot selected: says what selecting one offers. */
    void showNone() {
        removeAll();
        edited = false;
        add(new Paragraph("Select a slot to record a verdict, move its figures or merge it."));
    }

    /** Shows slot {@code r} of board {@code b} of project {@code projectId}. */
    void show(long projectId, ReconciliationBoard b, ReconciliationBoard.Row r) {
        removeAll();
        edited = false;
        H3 heading = new H3(r.title());
        TextField name = new TextField("Title: what its figures measure");
        name.setId("slot-title");
        name.setValue(r.title());
        Button rename = new Button(
                "Rename",
                e -> guarded.accept(() -> {
                    service.rename(projectId, r.id(), r.version(), name.getValue());
                    reloadAt.accept(r.id());
                }));
        rename.setId("rename-slot");

        Select<ReconcilerVerdict> verdict = new Select<>();
        verdict.setId("verdict");
        verdict.setLabel("Verdict");
        verdict.setItems(ReconcilerVerdict.values());
        verdict.setItemLabelGenerator(v -> v == null ? "" : v.key() + "  " + v.caption());
        verdict.setEmptySelectionAllowed(true);
        verdict.setEmptySelectionCaption(
                "— none yet (automatic: " + r.automatic().caption() + ")");
        verdict.setValue(r.verdict());
        Select<ReconciliationBoard.Column> errorArticle = new Select<>();
        errorArticle.setId("error-article");
        errorArticle.setLabel("Article in error");
        errorArticle.setItems(b.articles());
        errorArticle.setItemLabelGenerator(c -> c.label() + ": " + c.title());
        b.articles().stream()
                .filter(c -> Objects.equals(c.articleId(), r.errorArticleId()))
                .findFirst()
                .ifPresent(errorArticle::setValue);
        errorArticle.setVisible(r.verdict() == ReconcilerVerdict.ERROR_IN_ARTICLE);
        verdict.addValueChangeListener(
                e -> errorArticle.setVisible(e.getValue() == ReconcilerVerdict.ERROR_IN_ARTICLE));
        TextField accepted = new TextField("Accepted value");
        accepted.setId("accepted-value");
        accepted.setValue(r.acceptedValue());
        accepted.setWidthFull();
        accepted.setHelperText("e.g. “more than 1,000,000 killed or wounded”");
        TextArea rationale = new TextArea("Rationale");
        rationale.setId("rationale");
        rationale.setValue(r.rationale());
        rationale.setWidthFull();
        rationale.setHelperText("Why: who said each number, which source you trust, what differs in scope");
        // Typing reaches the server as it happens, so a colleague's change arriving meanwhile knows to keep it.
        name.setValueChangeMode(ValueChangeMode.EAGER);
        accepted.setValueChangeMode(ValueChangeMode.EAGER);
        rationale.setValueChangeMode(ValueChangeMode.EAGER);
        Span unsaved = new Span("Unsaved changes");
        unsaved.setId("panel-unsaved");
        unsaved.setVisible(false);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(name, verdict, errorArticle, accepted, rationale)) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    edited = true;
                    unsaved.setVisible(true);
                }
            });
        }
        Button save = new Button(
                "Save verdict",
                e -> guarded.accept(() -> {
                    ReconciliationBoard.Column wrong = errorArticle.getValue();
                    service.decide(
                            projectId,
                            r.id(),
                            r.version(),
                            verdict.getValue(),
                            wrong == null ? null : wrong.articleId(),
                            accepted.getValue(),
                            rationale.getValue());
                    Notifications.success("Verdict saved.");
                    reloadAt.accept(r.id());
                }));
        save.setId("save-verdict");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph decided = new Paragraph(
                r.decidedBy() == null
                        ? ""
                        : "Decided by " + r.decidedBy()
                                + (r.decidedAt() == null ? "" : " on " + DateTimes.medium(r.decidedAt(), getLocale())));
        decided.setId("slot-decided");
        decided.addClassName("slot-decided");

        List<ReconciliationBoard.Row> others =
                b.slots().stream().filter(o -> o.id() != r.id()).toList();
        HorizontalLayout naming = new HorizontalLayout(name, rename);
        naming.setAlignItems(FlexComponent.Alignment.BASELINE);
        naming.setWidthFull();
        naming.setWrap(true); // a narrow panel puts the button under the field
        naming.expand(name);
        add(
                heading,
                naming,
                verdict,
                errorArticle,
                accepted,
                rationale,
                save,
                unsaved,
                decided,
                new H3("Figures"),
                figures(projectId, r, others),
                mergeInto(projectId, r, others));
    }

    /** The slot's figures, each with moving it to another slot, splitting it off into a slot of its own, removing it. */
    private VerticalLayout figures(long projectId, ReconciliationBoard.Row r, List<ReconciliationBoard.Row> others) {
        VerticalLayout figures = new VerticalLayout();
        figures.setPadding(false);
        figures.setSpacing(false);
        for (ReconciliationBoard.Figure f : r.figures()) {
            Span what = new Span(articleLabel.apply(f.articleId()) + " “" + f.quote() + "”"
                    + (f.source().isEmpty() ? "" : " — " + f.source()) + " · " + f.reading());
            ComboBox<ReconciliationBoard.Row> moveTo = new ComboBox<>();
            moveTo.setPlaceholder("Move to…");
            moveTo.setItems(others);
            moveTo.setItemLabelGenerator(ReconciliationBoard.Row::title);
            moveTo.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    guarded.accept(() -> reloadAt.accept(service.moveFigure(
                            projectId,
                            f.id(),
                            r.version(),
                            e.getValue().id(),
                            e.getValue().version())));
                }
            });
            Button alone = new Button(
                    "Split off",
                    e -> guarded.accept(
                            () -> reloadAt.accept(service.moveFigure(projectId, f.id(), r.version(), null, null))));
            alone.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button(
                    "Remove",
                    e -> guarded.accept(() -> {
                        service.removeFigure(projectId, f.id(), r.version());
                        reloadAt.accept(r.id());
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(moveTo, alone, remove);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            actions.setWrap(true);
            Div item = new Div(what, actions);
            item.addClassName("panel-figure");
            figures.add(item);
        }
        return figures;
    }

    private ComboBox<ReconciliationBoard.Row> mergeInto(
            long projectId, ReconciliationBoard.Row r, List<ReconciliationBoard.Row> others) {
        ComboBox<ReconciliationBoard.Row> mergeInto = new ComboBox<>("Merge this slot into…");
        mergeInto.setId("merge-into");
        mergeInto.setItems(others);
        mergeInto.setItemLabelGenerator(ReconciliationBoard.Row::title);
        mergeInto.setWidthFull();
        mergeInto.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                ReconciliationBoard.Row into = e.getValue();
                guarded.accept(() -> {
                    service.merge(projectId, r.id(), r.version(), into.id(), into.version());
                    reloadAt.accept(into.id());
                });
            }
        });
        return mergeInto;
    }
}
