package org.corroborate.curation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.corroborate.annotation.AnnotationValidationException;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.annotation.ui.AnnotationEditor;
import org.corroborate.annotation.ui.EditorSpan;
import org.corroborate.annotation.ui.SpanEditing;
import org.corroborate.annotation.ui.SpanEditing.LabelChoice;
import org.corroborate.annotation.ui.SpanEditing.TextAt;
import org.corroborate.curation.ComparedSpan;
import org.corroborate.curation.CurationDocument;
import org.corroborate.curation.CurationLogEntry;
import org.corroborate.curation.CurationService;
import org.corroborate.curation.MergeStrategy;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.live.TeamEvent;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.ConcurrentEdits;
import org.corroborate.ui.GridTooltips;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.LayerTabs;
import org.corroborate.ui.LiveUpdates;
import org.corroborate.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * Curating one article: the annotators' spans compared position by position (differences marked), the gold
 * version drawn on the text, and the ways to build it: accept one annotator's span, pre-fill by a merge strategy,
 * relabel or delete gold spans, mark new ones in the text (select, number key, Enter), declare the article curated.
 * Curators and managers only. {@code ?at=layer:start-end} (or {@code start-end}) opens it at one position.
 */
@Route("projects/:projectId/articles/:articleId/curate")
@PermitAll
class CurationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private static final String GOLD_CHANGED_MEANWHILE =
            "Someone changed this gold span meanwhile. Nothing was overwritten; the page now shows the saved state.";

    private final CurationService curation;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final Anchor back = InAppLink.unset();
    private final Span curatedBadge = new Span();
    private final Button markCurated = new Button();
    private final Select<MergeStrategy> strategy = new Select<>();
    private final IntegerField threshold = new IntegerField();
    private final Button prefill = new Button("Pre-fill gold", VaadinIcon.MAGIC.create());
    private final LayerTabs layerTabs = new LayerTabs("curate-layer-");
    private final Checkbox differencesOnly = new Checkbox("Differences only");
    private final Span counts = new Span();
    private final AnnotationEditor editor = new AnnotationEditor();
    private final Grid<ComparedSpan> comparison = new Grid<>();
    private final Grid<CurationLogEntry> log = new Grid<>();
    private final Details logDetails = new Details();
    private final Span frameHint = new Span();

    private long projectId;
    private long articleId;
    private @Nullable CurationDocument document;
    private List<String> annotatorColumns = List.of();
    private Layer activeLayer = Layer.CLAIM;
    private @Nullable String activeFrame;
    private @Nullable String pendingAt;

    CurationView(CurationService curation, ProjectService projects, LiveUpdates live) {
        this.curation = curation;
        this.projects = projects;
        setSizeFull();
        live.follow(this, () -> projectId, this::teammateChanged);
        setSpacing(false);
        addClassName("curation-view");

        back.setText("← Article");
        title.setId("curation-title");
        title.addClassName("editor-title");
        curatedBadge.setId("curation-status");
        markCurated.setId("mark-curated");
        markCurated.addClickListener(e -> toggleCurated());

        strategy.setId("merge-strategy");
        strategy.setAriaLabel("Merge strategy");
        strategy.setTooltipText("Merge strategy for pre-filling gold");
        strategy.setWidth("11rem");
        strategy.setItems(MergeStrategy.values());
        strategy.setItemLabelGenerator(MergeStrategy::caption);
        strategy.setValue(MergeStrategy.MAJORITY);
        strategy.addValueChangeListener(e -> threshold.setVisible(e.getValue() == MergeStrategy.THRESHOLD));
        threshold.setId("merge-threshold");
        threshold.setMin(1);
        threshold.setValue(2);
        threshold.setStepButtonsVisible(true);
        threshold.setVisible(false);
        threshold.setWidth("8rem");
        threshold.setAriaLabel("Votes needed");
        threshold.setSuffixComponent(new Span("votes"));
        prefill.setId("prefill-gold");
        prefill.setTooltipText("Copies into gold what the strategy chooses; spans gold already has stay as they are");
        prefill.addClickListener(e -> prefill());

        HorizontalLayout header = new HorizontalLayout(title, curatedBadge, markCurated);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(title);

        layerTabs.onLayerChange(layer -> {
            activeLayer = layer;
            sendPalette();
            showComparison();
        });
        differencesOnly.setId("differences-only");
        differencesOnly.addValueChangeListener(e -> showComparison());
        counts.setId("curation-counts");
        counts.addClassName("muted");
        frameHint.addClassName("frame-hint");
        HorizontalLayout layerBar =
                new HorizontalLayout(layerTabs, differencesOnly, counts, frameHint, strategy, threshold, prefill);
        layerBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        layerBar.setWidthFull();
        layerBar.expand(frameHint);
        layerBar.addClassName("curation-toolbar");

        editor.setId("gold-editor");
        editor.setSizeFull();
        SpanEditing.onNewSpan(editor, this::addGold);
        editor.addRelabelListener(e -> goldById(e.spanId())
                .ifPresent(g -> LabelChoice.parse(e.labelId()).ifPresent(label -> relabel(g, label))));
        editor.addDeleteListener(e -> goldById(e.spanId()).ifPresent(this::deleteGold));
        editor.addSpanSelectedListener(e -> goldById(e.spanId())
                .ifPresent(g -> selectRow(
                        g.annotation().layer(),
                        g.annotation().start(),
                        g.annotation().end(),
                        false)));
        editor.addActivateFrameListener(e -> goldById(e.spanId())
                .ifPresent(g -> setActiveFrame(g.annotation().frameId())));
        editor.addUndoListener(e -> Notifications.success("Curation has no undo: the log below keeps every change."));
        editor.addRedoListener(e -> Notifications.success("Curation has no redo: the log below keeps every change."));

        comparison.setId("comparison-grid");
        comparison.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        comparison.setPartNameGenerator(row -> row.disputed() ? "disputed" : null);
        comparison.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                editor.revealRange(e.getValue().start(), e.getValue().end());
            }
        });

        log.setId("curation-log");
        log.addThemeVariants(GridVariant.LUMO_COMPACT);
        log.addColumn(entry -> WHEN.format(entry.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        log.addColumn(CurationLogEntry::curator)
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        log.addColumn(CurationLogEntry::action)
                .setHeader("Did")
                .setAutoWidth(true)
                .setFlexGrow(0);
        log.addColumn(CurationLogEntry::detail).setHeader("What").setFlexGrow(1);
        log.setAllRowsVisible(true);
        logDetails.setSummaryText("Curation log");
        logDetails.add(log);
        logDetails.setWidthFull();

        VerticalLayout side = new VerticalLayout(comparison, logDetails);
        side.setPadding(false);
        side.setSizeFull();
        side.addClassName("editor-side-panel");
        side.setFlexGrow(1, comparison);
        SplitLayout split = new SplitLayout(editor, side);
        split.setSizeFull();
        split.setSplitterPosition(36);
        add(back, header, layerBar, split);
        expand(split);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        articleId = event.getRouteParameters().getLong("articleId").orElseThrow(NotFoundOrNotAllowedException::new);
        if (!projects.get(projectId).canCurate()) {
            throw new NotFoundOrNotAllowedException();
        }
        back.setHref("projects/" + projectId + "/articles/" + articleId);
        pendingAt = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("at")
                .orElse(null);
        load();
        String at = pendingAt;
        pendingAt = null;
        if (at != null) {
            openAt(at);
        } else {
            openAtFirstDifference();
        }
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "Curate" : "Curate: " + document.title()) + " · Corroborate";
    }

    /** Reads the article's comparison, gold and log again; the text only when it changed. */
    void load() {
        CurationDocument doc = curation.open(projectId, articleId);
        boolean textChanged = document == null || !document.text().equals(doc.text());
        document = doc;
        title.setText(doc.title());
        curatedBadge.setText(doc.curated() ? "Curated" : "Not curated yet");
        curatedBadge.getElement().getThemeList().clear();
        curatedBadge.getElement().getThemeList().add("badge");
        curatedBadge.getElement().getThemeList().add(doc.curated() ? "success" : "contrast");
        markCurated.setText(doc.curated() ? "Reopen for curation" : "Mark curated");
        markCurated.setIcon(doc.curated() ? VaadinIcon.UNLOCK.create() : VaadinIcon.CHECK.create());
        markCurated.getElement().getThemeList().clear();
        if (!doc.curated()) {
            markCurated.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (textChanged) {
            editor.setText(doc.text());
        }
        sendPalette();
        editor.setSpans(doc.gold().stream().map(this::editorSpan).toList());
        if (!doc.annotators().equals(annotatorColumns)) {
            buildColumns(doc.annotators());
        }
        showComparison();
        log.setItems(doc.log());
        logDetails.setSummaryText("Curation log (" + doc.log().size() + ")");
    }

    /** Another curator changed gold, or an annotator finished this article: show it now (Vaadin Push). */
    private void teammateChanged(TeamEvent event) {
        if (event.articleId() == null || event.articleId() != articleId) {
            return;
        }
        switch (event.kind()) {
            case GOLD_CHANGED, ARTICLE_CURATED -> {
                load();
                Notifications.teamNews(event.message() + ": gold changed, this page shows it now.");
            }
            case SET_FINISHED -> {
                load();
                Notifications.teamNews(
                        event.actor() + " finished this article: the comparison shows their " + "final version.");
            }
            default -> {
                // assignments and slots are not on this page
            }
        }
    }

    // --- the comparison grid ----------------------------------------------------------------------

    private void buildColumns(List<String> annotators) {
        annotatorColumns = List.copyOf(annotators);
        comparison.removeAllColumns();
        comparison
                .addColumn(row -> row.text())
                .setHeader("Text")
                .setWidth("8rem")
                .setFlexGrow(1)
                .setTooltipGenerator(row -> row.text() + " (" + row.start() + "–" + row.end() + ")");
        comparison
                .addColumn(row -> row.agreed() ? "=" : "≠")
                .setHeader("")
                .setWidth("2.5rem")
                .setFlexGrow(0)
                .setPartNameGenerator(row -> row.agreed() ? null : "differs")
                .setTooltipGenerator(row -> row.agreed()
                        ? "Every annotator marked it with the same label"
                        : "Annotators differ here (a label, or someone did not mark it)");
        // Gold before the annotators: it stays in sight however many annotators there are.
        comparison
                .addComponentColumn(this::goldCell)
                .setHeader("Gold")
                .setWidth("10rem")
                .setFlexGrow(0);
        for (String annotator : annotators) {
            comparison
                    .addComponentColumn(row -> annotatorCell(row, annotator))
                    .setHeader(annotator)
                    .setWidth("9rem")
                    .setFlexGrow(0);
        }
        GridTooltips.nullSafe(comparison);
    }

    private void showComparison() {
        CurationDocument doc = document;
        if (doc == null) {
            return;
        }
        List<ComparedSpan> ofLayer =
                doc.comparison().stream().filter(r -> r.layer() == activeLayer).toList();
        List<ComparedSpan> shown = differencesOnly.getValue()
                ? ofLayer.stream().filter(ComparedSpan::disputed).toList()
                : ofLayer;
        ComparedSpan selected = comparison.asSingleSelect().getValue();
        comparison.setItems(shown);
        if (selected != null) {
            shown.stream()
                    .filter(r -> r.slot().equals(selected.slot()))
                    .findFirst()
                    .ifPresent(comparison::select);
        }
        long disputed = ofLayer.stream().filter(ComparedSpan::disputed).count();
        long inGold = ofLayer.stream().filter(ComparedSpan::inGold).count();
        counts.setText(ofLayer.size() + (ofLayer.size() == 1 ? " position · " : " positions · ") + disputed
                + (disputed == 1 ? " differs · " : " differ · ") + inGold + " in gold · "
                + doc.annotators().size() + " annotator" + (doc.annotators().size() == 1 ? "" : "s"));
    }

    private Component annotatorCell(ComparedSpan row, String annotator) {
        AnnotationView span = row.byAnnotator().get(annotator);
        if (span == null) {
            Span none = new Span("—");
            none.addClassName("muted");
            return none;
        }
        HorizontalLayout cell = new HorizontalLayout(labelBadge(span.layer(), span.label()));
        cell.setSpacing(false);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        GoldSpan gold = row.gold();
        boolean goldHasIt = gold != null && gold.annotation().label().equals(span.label());
        if (!goldHasIt) {
            Button accept = new Button(VaadinIcon.CHECK.create(), e -> accept(span, annotator));
            accept.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            accept.setAriaLabel(
                    "Accept " + annotator + "’s " + caption(span.layer(), span.label()) + " “" + row.text() + "”");
            accept.setTooltipText("Accept into gold");
            cell.add(accept);
        }
        return cell;
    }

    private Component goldCell(ComparedSpan row) {
        GoldSpan gold = row.gold();
        if (gold == null) {
            Span none = new Span("—");
            none.addClassName("muted");
            return none;
        }
        AnnotationView a = gold.annotation();
        Select<String> label = new Select<>();
        label.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.LUMO_SMALL);
        List<String> codes = new ArrayList<>(
                labelsOf(a.layer()).stream().map(ProjectLabel::code).toList());
        if (!codes.contains(a.label())) {
            codes.add(a.label());
        }
        label.setItems(codes);
        label.setItemLabelGenerator(code -> caption(a.layer(), code));
        label.setValue(a.label());
        label.setAriaLabel("Gold label of “" + row.text() + "”");
        label.setWidth("7.5rem");
        label.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(a.label())) {
                relabel(gold, new LabelChoice(a.layer(), e.getValue()));
            }
        });
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> deleteGold(gold));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Remove “" + row.text() + "” from gold");
        HorizontalLayout cell = new HorizontalLayout(label, delete);
        cell.setSpacing(false);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.getElement().setAttribute("title", provenance(gold));
        return cell;
    }

    private static String provenance(GoldSpan gold) {
        String made =
                (gold.origin() == null ? "added by " + gold.createdBy() : gold.origin() + ", by " + gold.createdBy())
                        + " on " + WHEN.format(gold.createdAt());
        return gold.updatedBy() == null || gold.updatedAt().equals(gold.createdAt())
                ? made
                : made + "; changed by " + gold.updatedBy() + " on " + WHEN.format(gold.updatedAt());
    }

    private Component labelBadge(Layer layer, String code) {
        Span badge = new Span(caption(layer, code));
        badge.addClassName("label-badge");
        badge.addClassName("compact");
        // Long labels ("Named organisation") wrap inside the narrow annotator columns instead of being cut off.
        badge.getStyle().set("white-space", "normal").set("max-width", "none").set("overflow", "visible");
        badge.getElement().setAttribute("title", caption(layer, code));
        badge.getStyle().set("--label-color", colorOf(layer, code));
        return badge;
    }

    // --- changes ------------------------------------------------------------------------------------

    private void accept(AnnotationView span, String annotator) {
        change(() -> {
            List<GoldSpan> added = curation.accept(projectId, articleId, span.id(), annotator);
            return added.isEmpty() ? "Gold already has it." : "Accepted " + annotator + "’s “" + span.text() + "”.";
        });
    }

    private void prefill() {
        MergeStrategy chosen = strategy.getValue();
        if (chosen == null) {
            return;
        }
        int votes = threshold.getValue() == null ? 1 : threshold.getValue();
        change(() -> {
            List<GoldSpan> added = curation.prefill(projectId, articleId, activeLayer, chosen, votes);
            return added.isEmpty()
                    ? "Nothing new to add: gold already has what "
                            + chosen.caption().toLowerCase(Locale.ROOT) + " chooses."
                    : added.size() + " span" + (added.size() == 1 ? "" : "s") + " added to gold ("
                            + chosen.caption().toLowerCase(Locale.ROOT) + ").";
        });
    }

    private void addGold(int start, int end, LabelChoice label, @Nullable String frameId) {
        SpanRequest request = label.request(start, end, frameId, activeFrame);
        change(() -> {
            GoldSpan added = curation.add(projectId, articleId, request);
            if (added.annotation().layer() == Layer.ATTRIBUTION) {
                setActiveFrame(added.annotation().frameId());
            }
            pendingAt = TextAt.of(
                    added.annotation().layer(),
                    added.annotation().start(),
                    added.annotation().end());
            return "Added “" + added.annotation().text() + "” to gold.";
        });
    }

    private void relabel(GoldSpan gold, LabelChoice choice) {
        AnnotationView a = gold.annotation();
        if (choice.layer() != a.layer()) {
            Notifications.error("That label belongs to another layer; remove the span and mark it again.");
            return;
        }
        String label = choice.code();
        change(() -> {
            curation.update(projectId, articleId, gold, label, a.attributes());
            return "Gold “" + a.text() + "” is now " + caption(a.layer(), label) + ".";
        });
    }

    private void deleteGold(GoldSpan gold) {
        change(() -> {
            curation.delete(projectId, articleId, gold);
            return "Removed “" + gold.annotation().text() + "” from gold.";
        });
    }

    private void toggleCurated() {
        CurationDocument doc = document;
        if (doc == null) {
            return;
        }
        boolean curated = !doc.curated();
        long open = doc.unresolvedDifferences();
        if (curated && open > 0) {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("confirm-mark-curated");
            confirm.setHeader("Differences not resolved");
            confirm.setText(open + (open == 1 ? " difference is" : " differences are") + " not resolved. "
                    + "Mark curated anyway?");
            confirm.setCancelable(true);
            confirm.setConfirmText("Mark curated anyway");
            confirm.addConfirmListener(e -> markCurated(true));
            confirm.open();
            return;
        }
        markCurated(curated);
    }

    private void markCurated(boolean curated) {
        change(() -> {
            curation.markCurated(projectId, articleId, curated);
            return curated ? "Marked curated: gold is final and annotators may now see it." : "Reopened for curation.";
        });
    }

    /** Runs a change, reports it and shows the saved state; a change someone made first is never overwritten. */
    private void change(Supplier<String> work) {
        try {
            ConcurrentEdits.run(() -> Notifications.success(work.get()), GOLD_CHANGED_MEANWHILE, () -> {});
        } catch (AnnotationValidationException | AccessRefusedException e) {
            Notifications.error(e);
        } catch (NotFoundOrNotAllowedException e) {
            // the span was deleted meanwhile: the same news as a concurrent change
            Notifications.error(GOLD_CHANGED_MEANWHILE);
        }
        load();
        String at = pendingAt;
        if (at != null) {
            pendingAt = null;
            openAt(at);
        }
    }

    // --- selection and the text -----------------------------------------------------------------------

    /** Opens the page at "layer:start-end" or "start-end": that layer's tab, the row selected, the text shown. */
    private void openAt(String at) {
        TextAt.parse(at).ifPresent(position -> {
            selectRow(position.layer(), position.start(), position.end(), true);
            editor.revealRange(position.start(), position.end());
        });
    }

    /** Starts on the first layer where annotators differ, else the first with any spans. */
    private void openAtFirstDifference() {
        CurationDocument doc = document;
        if (doc == null || doc.comparison().isEmpty()) {
            return;
        }
        Layer layer = doc.comparison().stream()
                .filter(ComparedSpan::disputed)
                .map(ComparedSpan::layer)
                .findFirst()
                .orElse(doc.comparison().getFirst().layer());
        layerTabs.selectLayer(layer);
    }

    private void selectRow(@Nullable Layer layer, int start, int end, boolean scroll) {
        CurationDocument doc = document;
        if (doc == null) {
            return;
        }
        Optional<ComparedSpan> row = doc.comparison().stream()
                .filter(r -> (layer == null || r.layer() == layer) && r.start() == start && r.end() == end)
                .findFirst();
        if (row.isEmpty()) {
            return;
        }
        if (row.get().layer() != activeLayer) {
            layerTabs.selectLayer(row.get().layer());
        }
        if (differencesOnly.getValue() && !row.get().disputed()) {
            differencesOnly.setValue(false);
        }
        comparison.select(row.get());
        if (scroll) {
            comparison.scrollToItem(row.get());
        }
    }

    private Optional<GoldSpan> goldById(@Nullable String spanId) {
        CurationDocument doc = document;
        if (doc == null || spanId == null) {
            return Optional.empty();
        }
        return doc.gold().stream()
                .filter(g -> String.valueOf(g.annotation().id()).equals(spanId))
                .findFirst();
    }

    private void setActiveFrame(@Nullable String frameId) {
        activeFrame = frameId;
        editor.setActiveFrame(frameId);
        frameHint.setText(
                frameId == null
                        ? ""
                        : "Building a gold attribution: select text, then S for its source, " + "C for its content");
    }

    private void sendPalette() {
        editor.setLabels(SpanEditing.palette(labelsOf(activeLayer)));
    }

    private EditorSpan editorSpan(GoldSpan gold) {
        AnnotationView a = gold.annotation();
        return new EditorSpan(
                String.valueOf(a.id()),
                a.start(),
                a.end(),
                a.layer().code(),
                a.label(),
                colorOf(a.layer(), a.label()),
                a.frameId(),
                false,
                "Gold · " + LayerTabs.caption(a.layer()) + ": " + caption(a.layer(), a.label()) + " ("
                        + provenance(gold) + ")");
    }

    private List<ProjectLabel> labelsOf(Layer layer) {
        CurationDocument doc = document;
        return doc == null ? List.of() : doc.labels().of(layer);
    }

    private String caption(Layer layer, String code) {
        CurationDocument doc = document;
        return doc == null ? code : SpanEditing.caption(doc.labels(), layer, code);
    }

    private String colorOf(Layer layer, String code) {
        CurationDocument doc = document;
        return doc == null ? SpanEditing.UNKNOWN_LABEL_COLOR : SpanEditing.color(doc.labels(), layer, code);
    }
}
