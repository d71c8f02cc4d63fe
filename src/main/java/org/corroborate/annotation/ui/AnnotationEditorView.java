package org.corroborate.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.annotation.AnchorState;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotationValidationException;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.CanonicalSources;
import org.corroborate.annotation.EditorDocument;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.annotation.SuggestionReview;
import org.corroborate.annotation.ui.SpanEditing.LabelChoice;
import org.corroborate.annotation.ui.SpanEditing.TextAt;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.ConcurrentEdits;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.LayerTabs;
import org.corroborate.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The annotation editor: the article's cleaned text with the user's own spans, a palette per layer,
 * a side list of annotations and a form for the selected one. Every change is saved at once through
 * {@link AnnotationService}; undo and redo replay changes through the same service.
 */
@Route("projects/:projectId/articles/:articleId/annotate")
@PermitAll
class AnnotationEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AnnotationService service;
    private final AnnotationEditor editor = new AnnotationEditor();
    private final H1 title = new H1();
    private final Anchor back = InAppLink.unset();
    private final LayerTabs layerTabs = new LayerTabs("layer-");
    private final Select<AnnotationSetStatus> status = new Select<>();
    private final Button undo = new Button(VaadinIcon.ROTATE_LEFT.create());
    private final Button redo = new Button(VaadinIcon.ROTATE_RIGHT.create());
    private final Button suggest = new Button("Suggest", VaadinIcon.MAGIC.create());
    private final Button nextArticle = new Button("Next article", VaadinIcon.ARROW_FORWARD.create());
    private final Span frameHint = new Span();
    private final Select<Optional<Layer>> layerFilter = new Select<>();
    private final Checkbox pendingOnly = new Checkbox("Pending ✦");
    private final Grid<AnnotationView> list = new Grid<>();
    /** The rows the list shows, kept in place so that one change refreshes one row, not the whole grid. */
    private final List<AnnotationView> rows = new ArrayList<>();

    private final GridListDataView<AnnotationView> rowsView = list.setItems(rows);
    private final AnnotationForm form;
    private final EditHistory history = new EditHistory();
    private final Map<Long, SpanRef> refs = new HashMap<>();

    private long projectId;
    private long articleId;
    private @Nullable EditorDocument document;
    private Layer activeLayer = Layer.CLAIM;
    private @Nullable String activeFrame;
    private @Nullable SpanRef selected;

    private final CanonicalSources sources;

    AnnotationEditorView(AnnotationService service, CanonicalSources sources) {
        this.service = service;
        this.sources = sources;
        this.form = new AnnotationForm(
                this::saveSelected, this::deleteSelected, this::reviewSelected, this::acceptAllLikeSelected);
        form.setContext(() -> document == null ? "" : document.text(), this::frameCaptions);
        setSizeFull();
        setPadding(true);
        setSpacing(false);
        addClassName("annotation-editor-view");

        title.setId("editor-title");
        title.addClassName("editor-title");
        back.setText("← Article");
        status.setId("set-status");
        status.setLabel("My status");
        status.setItems(AnnotationSetStatus.values());
        status.setItemLabelGenerator(AnnotationSetStatus::caption);
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                guarded(() -> {
                    service.setStatus(projectId, articleId, e.getValue());
                    boolean offerNext = inAnnotatorPool() && done(e.getValue());
                    Notifications.success("Marked " + e.getValue().caption().toLowerCase(java.util.Locale.ROOT) + "."
                            + (offerNext ? " \u201cNext article\u201d opens the one that needs you next." : ""));
                    nextArticle.setVisible(offerNext);
                });
            }
        });
        undo.setId("undo");
        undo.setTooltipText("Undo (Ctrl+Z)");
        undo.setAriaLabel("Undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.addClickListener(e -> undo());
        redo.setId("redo");
        redo.setTooltipText("Redo (Ctrl+Shift+Z)");
        redo.setAriaLabel("Redo");
        redo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        redo.addClickListener(e -> redo());

        suggest.setId("suggest");
        suggest.setTooltipText(
                "Let the detectors propose attributions, sources and figures: Enter accepts, Backspace rejects");
        suggest.addClickListener(e -> suggest());

        layerTabs.onLayerChange(layer -> {
            activeLayer = layer;
            sendPalette();
        });
        // Alt+1..4 switch layers from anywhere in the view.
        layerTabs.addAltShortcuts(this);

        nextArticle.setId("editor-next-article");
        nextArticle.setTooltipText("The article that needs you next: your unfinished ones first");
        nextArticle.addClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/next-article")));
        nextArticle.setVisible(false);

        HorizontalLayout header = new HorizontalLayout(title, suggest, status, nextArticle, undo, redo);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(title);

        frameHint.setId("frame-hint");
        frameHint.addClassName("frame-hint");
        HorizontalLayout layerBar = new HorizontalLayout(layerTabs, frameHint);
        layerBar.setAlignItems(FlexComponent.Alignment.CENTER);
        layerBar.setWidthFull();

        editor.setId("annotation-editor");
        editor.setSizeFull();
        SpanEditing.onNewSpan(editor, this::create);
        editor.addSpanSelectedListener(e -> select(idOf(e.spanId()), false));
        editor.addDeleteListener(e -> {
            select(idOf(e.spanId()), false);
            deleteSelected();
        });
        editor.addRelabelListener(e ->
                LabelChoice.parse(e.labelId()).ifPresent(label -> relabel(idOf(e.spanId()), label)));
        editor.addAcceptListener(e -> {
            select(idOf(e.spanId()), false);
            reviewSelected(SuggestionReview.ACCEPTED);
        });
        editor.addRejectListener(e -> {
            select(idOf(e.spanId()), false);
            reviewSelected(SuggestionReview.REJECTED);
        });
        editor.addUndoListener(e -> undo());
        editor.addRedoListener(e -> redo());
        editor.addActivateFrameListener(e -> {
            SpanRef ref = refFor(idOf(e.spanId()));
            if (ref != null && ref.view.frameId() != null) {
                setActiveFrame(ref.view.frameId());
            }
        });

        SplitLayout split = new SplitLayout(editor, sidePanel());
        split.setWidthFull();
        // Takes the height left under the header and no more: at its content's height it ran below the window,
        // cutting off the editor's hint bar and the side form.
        split.setMinHeight("0");
        split.getStyle().set("flex-basis", "0");
        split.setSplitterPosition(64);
        add(back, header, layerBar, split);
        expand(split);
    }

    private VerticalLayout sidePanel() {
        layerFilter.setId("list-layer-filter");
        layerFilter.setLabel("Show");
        List<Optional<Layer>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        for (Layer layer : Layer.values()) {
            choices.add(Optional.of(layer));
        }
        layerFilter.setItems(choices);
        layerFilter.setItemLabelGenerator(o -> o.map(LayerTabs::caption).orElse("All layers"));
        layerFilter.setValue(Optional.empty());
        layerFilter.addValueChangeListener(e -> refreshList());
        pendingOnly.setId("list-pending-only");
        pendingOnly.addValueChangeListener(e -> refreshList());

        list.setId("annotation-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        rowsView.setIdentifierProvider(AnnotationView::id); // an edited span is the same row
        // A Lit template, not a component per row: rendering stays on the client and costs no round trip.
        list.addColumn(LitRenderer.<AnnotationView>of(
                                "<span class=\"label-badge\" style=\"--label-color:${item.color}\" title=\"${item.tip}\">"
                                        + "${item.caption}</span>")
                        .withProperty("caption", this::badgeCaption)
                        .withProperty(
                                "color", v -> document == null ? SpanEditing.UNKNOWN_LABEL_COLOR : colorOf(document, v))
                        .withProperty(
                                "tip",
                                v -> v.pendingSuggestion()
                                        ? "Suggested by " + v.suggestedBy() + ": Enter accepts, Backspace rejects"
                                        : ""))
                .setHeader("Label")
                .setWidth("10.5rem")
                .setFlexGrow(0);
        list.addColumn(AnnotationView::text).setHeader("Text").setFlexGrow(1);
        list.setSelectionMode(Grid.SelectionMode.SINGLE);
        list.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                select(e.getValue().id(), true);
            }
        });

        HorizontalLayout filters = new HorizontalLayout(layerFilter, pendingOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        Scroller formScroller = new Scroller(form);
        formScroller.setScrollDirection(Scroller.ScrollDirection.VERTICAL);
        formScroller.setWidthFull();
        list.setMinHeight("8rem");
        VerticalLayout panel = new VerticalLayout(filters, list, formScroller);
        panel.setPadding(false);
        panel.addClassName("editor-side-panel");
        panel.setSizeFull();
        panel.setFlexGrow(1, list);
        panel.setFlexGrow(1.4, formScroller);
        return panel;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        articleId = event.getRouteParameters().getLong("articleId").orElseThrow(NotFoundOrNotAllowedException::new);
        back.setHref("projects/" + projectId + "/articles/" + articleId);
        form.setSources(sources, projectId);
        load();
        // "?at=120-134": opened from another page (the reconciliation board) at a stretch of the text.
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("at")
                .flatMap(TextAt::parse)
                .ifPresent(at -> editor.revealRange(at.start(), at.end()));
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "Annotate" : "Annotate: " + document.title()) + " · Corroborate";
    }

    /** Students and instructors take no annotator places: "next article" is not for them. */
    private boolean inAnnotatorPool() {
        return document != null && document.inAnnotatorPool();
    }

    private void load() {
        EditorDocument doc = service.open(projectId, articleId);
        document = doc;
        refs.clear();
        history.clear();
        selected = null;
        for (AnnotationView view : doc.annotations()) {
            refs.put(view.id(), new SpanRef(view));
        }
        title.setText(doc.title());
        status.setValue(doc.status());
        nextArticle.setVisible(doc.inAnnotatorPool() && done(doc.status()));
        editor.setText(doc.text());
        form.setLabels(doc.labels());
        sendPalette();
        sendSpans();
        refreshList();
        form.show(null);
        setActiveFrame(null);
        updateUndoButtons();
    }

    // --- edits ---------------------------------------------------------------------------------------

    private void create(int start, int end, LabelChoice label, @Nullable String frameId) {
        SpanRequest request = label.request(start, end, frameId, activeFrame);
        SpanRef ref = new SpanRef(null);
        guarded(() -> history.perform(new EditHistory.Edit() {
            @Override
            public String description() {
                return "new " + label.code();
            }

            @Override
            public void apply() {
                ref.view = service.create(projectId, articleId, request);
                track(ref);
                if (ref.view.layer() == Layer.ATTRIBUTION) {
                    setActiveFrame(ref.view.frameId());
                }
                changed(ref);
            }

            @Override
            public void revert() {
                service.delete(projectId, articleId, ref.view.id(), ref.view.version());
                untrack(ref);
                changed(null);
            }
        }));
    }

    private void relabel(@Nullable Long id, LabelChoice label) {
        SpanRef ref = id == null ? null : refFor(id); // no id: a span the server has not saved yet
        if (ref == null) {
            return;
        }
        if (label.layer() != ref.view.layer()) {
            Notifications.error("That label belongs to another layer; delete the span and mark it again.");
            return;
        }
        update(ref, label.code(), ref.view.attributes());
    }

    private void saveSelected(String label, Map<String, String> attributes) {
        if (selected != null) {
            update(selected, label, attributes);
        }
    }

    private void update(SpanRef ref, String label, Map<String, String> attributes) {
        String beforeLabel = ref.view.label();
        Map<String, String> beforeAttributes = ref.view.attributes();
        guarded(() -> history.perform(new EditHistory.Edit() {
            @Override
            public String description() {
                return "edit of “" + ref.view.text() + "”";
            }

            @Override
            public void apply() {
                ref.view = service.update(projectId, articleId, ref.view.id(), ref.view.version(), label, attributes);
                track(ref);
                changed(ref);
            }

            @Override
            public void revert() {
                ref.view = service.update(
                        projectId, articleId, ref.view.id(), ref.view.version(), beforeLabel, beforeAttributes);
                track(ref);
                changed(ref);
            }
        }));
    }

    private void deleteSelected() {
        SpanRef ref = selected;
        if (ref == null) {
            return;
        }
        guarded(() -> history.perform(new EditHistory.Edit() {
            @Override
            public String description() {
                return "deletion of “" + ref.view.text() + "”";
            }

            @Override
            public void apply() {
                service.delete(projectId, articleId, ref.view.id(), ref.view.version());
                untrack(ref);
                changed(null);
            }

            @Override
            public void revert() {
                ref.view = service.restore(projectId, articleId, ref.view);
                track(ref);
                changed(ref);
            }
        }));
    }

    private void reviewSelected(SuggestionReview decision) {
        SpanRef ref = selected;
        if (ref == null || !ref.view.pendingSuggestion()) {
            return;
        }
        // A suggested frame is decided whole (the service says which parts): one step to undo.
        List<SpanRef> decided = new ArrayList<>();
        guarded(() -> history.perform(new EditHistory.Edit() {
            @Override
            public String description() {
                return (decision == SuggestionReview.ACCEPTED ? "acceptance" : "rejection") + " of “" + ref.view.text()
                        + "”" + (decided.size() > 1 ? " and its frame" : "");
            }

            @Override
            public void apply() {
                List<AnnotationView> changed =
                        service.review(projectId, articleId, ref.view.id(), ref.view.version(), decision);
                decided.clear();
                for (AnnotationView view : changed) {
                    SpanRef part = view.id() == ref.view.id() ? ref : refs.getOrDefault(view.id(), new SpanRef(view));
                    part.view = view;
                    decided.add(part);
                    if (decision == SuggestionReview.REJECTED) {
                        untrack(part);
                    } else {
                        track(part);
                    }
                }
                changed(decision == SuggestionReview.REJECTED ? null : ref);
                selectNextSuggestion(ref);
            }

            @Override
            public void revert() {
                for (SpanRef part : decided) {
                    part.view = service.review(
                                    projectId, articleId, part.view.id(), part.view.version(), SuggestionReview.PENDING)
                            .getFirst();
                    track(part);
                }
                changed(ref);
            }
        }));
    }

    private void suggest() {
        guarded(() -> {
            List<AnnotationView> added = service.suggest(projectId, articleId);
            added.forEach(view -> track(new SpanRef(view)));
            changed(selected);
            if (added.isEmpty()) {
                Notifications.success("No new suggestions: the detectors found nothing you do not already have.");
            } else {
                pendingOnly.setValue(true);
                Notifications.success(added.size() + " suggestion" + (added.size() == 1 ? "" : "s")
                        + " added (✦). Tab to one, Enter accepts, Backspace rejects.");
            }
        });
    }

    private void acceptAllLikeSelected() {
        SpanRef ref = selected;
        if (ref == null) {
            return;
        }
        guarded(() -> {
            List<AnnotationView> accepted = service.acceptAll(projectId, articleId, ref.view.layer(), ref.view.label());
            accepted.forEach(view -> {
                SpanRef r = refs.get(view.id());
                if (r != null) {
                    r.view = view;
                    track(r);
                }
            });
            // A bulk acceptance is not undone step by step: the list is cleared to keep undo honest.
            history.clear();
            changed(ref);
            Notifications.success(
                    "Accepted " + accepted.size() + " suggestion" + (accepted.size() == 1 ? "" : "s") + ".");
        });
    }

    private void undo() {
        guarded(() -> history.undo()
                .ifPresentOrElse(
                        what -> Notifications.success("Undid the " + what + "."),
                        () -> Notifications.success("Nothing to undo.")));
    }

    private void redo() {
        guarded(() -> history.redo()
                .ifPresentOrElse(
                        what -> Notifications.success("Redid the " + what + "."),
                        () -> Notifications.success("Nothing to redo.")));
    }

    /** Runs a change; a refused change is explained and, when someone else moved first, the editor reloads. */
    private void guarded(Runnable change) {
        try {
            ConcurrentEdits.run(
                    change,
                    "This annotation was changed or deleted elsewhere (another window or session)."
                            + " Nothing was overwritten; the editor now shows the saved state.",
                    this::load);
        } catch (AnnotationValidationException | AccessRefusedException e) {
            Notifications.error(e);
        }
        updateUndoButtons();
    }

    // --- view state ----------------------------------------------------------------------------------

    /** Shows a span as saved now: the editor gets only this span, not the whole list again. */
    private void track(SpanRef ref) {
        refs.put(ref.view.id(), ref);
        if (document != null) {
            editor.updateSpan(editorSpan(document, ref.view));
        }
    }

    private void untrack(SpanRef ref) {
        refs.remove(ref.view.id());
        editor.removeSpan(String.valueOf(ref.view.id()));
        if (selected == ref) {
            selected = null;
        }
    }

    private void changed(@Nullable SpanRef nowSelected) {
        if (status.getValue() == AnnotationSetStatus.NOT_STARTED) {
            status.setValue(AnnotationSetStatus.IN_PROGRESS); // as the service does on the first change
        }
        refreshList();
        selected = nowSelected;
        form.show(nowSelected == null ? null : nowSelected.view);
        editor.setSelectedSpan(nowSelected == null ? null : String.valueOf(nowSelected.view.id()));
        if (nowSelected != null) {
            list.select(nowSelected.view);
        } else {
            list.deselectAll();
        }
    }

    private void select(@Nullable Long id, boolean fromList) {
        SpanRef ref = id == null ? null : refs.get(id);
        selected = ref;
        form.show(ref == null ? null : ref.view);
        if (fromList) {
            editor.setSelectedSpan(ref == null ? null : String.valueOf(ref.view.id()));
        } else if (ref != null) {
            list.select(ref.view);
            list.scrollToItem(ref.view);
        } else {
            list.deselectAll();
        }
    }

    private void selectNextSuggestion(SpanRef after) {
        sortedViews().stream()
                .filter(v -> v.pendingSuggestion() && v.start() >= after.view.start() && v.id() != after.view.id())
                .findFirst()
                .ifPresent(v -> changed(refs.get(v.id())));
    }

    private @Nullable SpanRef refFor(@Nullable Long id) {
        return id == null ? null : refs.get(id);
    }

    private void setActiveFrame(@Nullable String frameId) {
        activeFrame = frameId;
        editor.setActiveFrame(frameId);
        if (frameId == null) {
            frameHint.setText("");
            return;
        }
        String cue = refs.values().stream()
                .map(r -> r.view)
                .filter(v -> frameId.equals(v.frameId()) && Labels.CUE.equals(v.label()))
                .map(AnnotationView::text)
                .findFirst()
                .orElse("…");
        frameHint.setText("Building attribution “" + cue + "”: select text, then S for its source, C for its content");
    }

    /** The user's attribution frames, by id: "said — a senior U.S. official: the meeting could…". */
    private Map<String, String> frameCaptions() {
        Map<String, String> captions = new LinkedHashMap<>();
        Map<String, List<AnnotationView>> frames = new LinkedHashMap<>();
        sortedViews().stream()
                .filter(v -> v.layer() == Layer.ATTRIBUTION && v.frameId() != null)
                .forEach(v -> frames.computeIfAbsent(v.frameId(), f -> new ArrayList<>())
                        .add(v));
        frames.forEach((id, parts) -> {
            String cue = part(parts, Labels.CUE);
            String source = part(parts, Labels.SOURCE);
            String content = part(parts, Labels.CONTENT);
            captions.put(
                    id,
                    "“" + cue + "”" + (source.isEmpty() ? "" : " — " + source)
                            + (content.isEmpty()
                                    ? ""
                                    : ": " + (content.length() > 50 ? content.substring(0, 50) + "…" : content)));
        });
        return captions;
    }

    private static String part(List<AnnotationView> parts, String label) {
        return parts.stream()
                .filter(v -> label.equals(v.label()))
                .map(AnnotationView::text)
                .findFirst()
                .orElse("");
    }

    private void sendPalette() {
        if (document == null) {
            return;
        }
        editor.setLabels(SpanEditing.palette(document.labels().of(activeLayer)));
    }

    private void sendSpans() {
        if (document == null) {
            return;
        }
        EditorDocument doc = document;
        editor.setSpans(sortedViews().stream().map(v -> editorSpan(doc, v)).toList());
    }

    private static EditorSpan editorSpan(EditorDocument doc, AnnotationView v) {
        return new EditorSpan(
                String.valueOf(v.id()),
                v.start(),
                v.end(),
                v.layer().code(),
                v.label(),
                colorOf(doc, v),
                v.frameId(),
                v.pendingSuggestion(),
                tooltip(doc, v));
    }

    private void refreshList() {
        Optional<Layer> layer = layerFilter.getValue() == null ? Optional.empty() : layerFilter.getValue();
        List<AnnotationView> shown = sortedViews().stream()
                .filter(v -> layer.isEmpty() || v.layer() == layer.get())
                .filter(v -> !pendingOnly.getValue() || v.pendingSuggestion())
                .toList();
        if (sameRowsInOrder(shown)) {
            for (int i = 0; i < shown.size(); i++) {
                if (!shown.get(i).equals(rows.get(i))) {
                    rows.set(i, shown.get(i));
                    rowsView.refreshItem(shown.get(i));
                }
            }
        } else {
            rows.clear();
            rows.addAll(shown);
            rowsView.refreshAll();
        }
    }

    private boolean sameRowsInOrder(List<AnnotationView> shown) {
        if (shown.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() != rows.get(i).id()) {
                return false;
            }
        }
        return true;
    }

    private List<AnnotationView> sortedViews() {
        return refs.values().stream()
                .map(r -> r.view)
                .sorted(Comparator.comparingInt(AnnotationView::start).thenComparingInt(AnnotationView::end))
                .toList();
    }

    private String badgeCaption(AnnotationView view) {
        String caption =
                document == null ? view.label() : SpanEditing.caption(document.labels(), view.layer(), view.label());
        return caption
                + (view.pendingSuggestion() ? " ✦" : "")
                + (view.anchorState() == AnchorState.ORPHANED ? " ⚠" : "");
    }

    private static String colorOf(EditorDocument doc, AnnotationView view) {
        return SpanEditing.color(doc.labels(), view.layer(), view.label());
    }

    private static String tooltip(EditorDocument doc, AnnotationView view) {
        String caption = SpanEditing.caption(doc.labels(), view.layer(), view.label());
        StringBuilder text =
                new StringBuilder(LayerTabs.caption(view.layer())).append(": ").append(caption);
        if (view.pendingSuggestion()) {
            text.append(" (suggested by ").append(view.suggestedBy()).append(")");
        }
        if (view.anchorState() == AnchorState.ORPHANED) {
            text.append(" (its text changed: check it)");
        }
        return text.toString();
    }

    private static @Nullable Long idOf(@Nullable String spanId) {
        if (spanId == null || spanId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(spanId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean done(AnnotationSetStatus status) {
        return status == AnnotationSetStatus.FINISHED || status == AnnotationSetStatus.SKIPPED;
    }

    private void updateUndoButtons() {
        undo.setEnabled(history.canUndo());
        redo.setEnabled(history.canRedo());
    }

    /** The current saved state of one logical annotation; its id changes when an undo brings it back. */
    private static final class SpanRef {
        private AnnotationView view;

        SpanRef(@Nullable AnnotationView view) {
            this.view = view == null ? PLACEHOLDER : view;
        }
    }

    private static final AnnotationView PLACEHOLDER = new AnnotationView(
            -1, 0, Layer.CLAIM, "", 0, 0, "", Map.of(), null, null, null, null, AnchorState.ANCHORED, "");
}
