package org.corroborate.annotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thin wrapper of {@code <corroborate-annotation-editor>} (frontend/src/annotation-editor.ts): shows an
 * article's text with spans and reports the user's gestures as events. It decides nothing: a create event
 * changes nothing until the server answers with {@link #addSpan}/{@link #setSpans}.
 * <p>
 * Give it a height (e.g. {@code setHeight("70vh")} or flex-grow): the text scrolls inside it.
 */
@Tag("corroborate-annotation-editor")
@JsModule("./src/annotation-editor.ts")
public class AnnotationEditor extends Component implements HasSize, Focusable<AnnotationEditor> {

    private final Map<String, EditorSpan> spans = new LinkedHashMap<>();
    private String text = "";
    private List<EditorLabel> labels = List.of();
    private @Nullable String selectedSpanId;
    private @Nullable String activeFrameId;
    private boolean readOnly;

    public AnnotationEditor() {
        // Track the client's selection so a re-attached editor shows it again.
        addSpanSelectedListener(e -> selectedSpanId = e.spanId());
    }

    /** The article's cleaned text; offsets of spans and events index into exactly this string. */
    public void setText(String text) {
        this.text = Objects.requireNonNull(text, "text");
        selectedSpanId = null;
        getElement().setProperty("text", text);
    }

    public String getText() {
        return text;
    }

    /** The palette, grouped by layer in the order given; keys are the number-key shortcuts. */
    public void setLabels(List<EditorLabel> labels) {
        this.labels = List.copyOf(labels);
        getElement().setPropertyList("labels", this.labels);
    }

    public List<EditorLabel> getLabels() {
        return labels;
    }

    /** Replaces all spans; the client keeps its scroll position and selection (if the span is still there). */
    public void setSpans(List<EditorSpan> spans) {
        this.spans.clear();
        spans.forEach(s -> this.spans.put(s.id(), s));
        if (selectedSpanId != null && !this.spans.containsKey(selectedSpanId)) {
            selectedSpanId = null;
        }
        getElement().callJsFunction("setSpans", new ArrayList<>(this.spans.values()));
    }

    /** Adds one span; only the paragraphs it touches are re-rendered. */
    public void addSpan(EditorSpan span) {
        spans.put(span.id(), span);
        getElement().callJsFunction("addSpan", span);
    }

    /** Replaces the span with the same id (new offsets, label, colour…). */
    public void updateSpan(EditorSpan span) {
        spans.put(span.id(), span);
        getElement().callJsFunction("updateSpan", span);
    }

    /** Scrolls to {@code [start, end)} and selects it: the span there, or the text ready to be labelled. */
    public void revealRange(int start, int end) {
        getElement().callJsFunction("revealRange", start, end);
    }

    /**
     * Takes away the spans the component drew on create before the server answered; call it in the same
     * round trip as the saved span (or the refusal), so the user never sees both or a refused one stay.
     */
    public void settleProvisional() {
        getElement().callJsFunction("settleProvisional");
    }

    public void removeSpan(String id) {
        if (spans.remove(id) != null) {
            if (id.equals(selectedSpanId)) {
                selectedSpanId = null;
            }
            getElement().callJsFunction("removeSpan", id);
        }
    }

    public List<EditorSpan> getSpans() {
        return List.copyOf(spans.values());
    }

    /** Selects a span and scrolls it into view (e.g. from a side list); null deselects. Fires no event. */
    public void setSelectedSpan(@Nullable String id) {
        selectedSpanId = id;
        getElement().callJsFunction("selectSpan", id);
    }

    public Optional<String> getSelectedSpan() {
        return Optional.ofNullable(selectedSpanId);
    }

    /** The attribution frame that {@code s}/{@code c} attach source and content to; null for none. */
    public void setActiveFrame(@Nullable String frameId) {
        activeFrameId = frameId;
        getElement().setProperty("activeFrame", frameId == null ? "" : frameId);
    }

    public Optional<String> getActiveFrame() {
        return Optional.ofNullable(activeFrameId);
    }

    /** Read-only: selecting and moving still work, nothing that would change annotations is sent. */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        getElement().setProperty("readOnly", readOnly);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Properties survive a detach/attach; the spans and the selection went by function call: send them again.
        if (!attachEvent.isInitialAttach()) {
            getElement().callJsFunction("setSpans", new ArrayList<>(spans.values()));
            if (selectedSpanId != null) {
                getElement().callJsFunction("selectSpan", selectedSpanId);
            }
        }
    }

    public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    /**
     * Source/content attached to the active frame ({@code s}/{@code c}). Not {@code addAttachListener}: that
     * name is {@link Component#addAttachListener}'s, and an overload with the same erasure cannot compile.
     */
    public Registration addAttachToFrameListener(ComponentEventListener<AttachToFrameEvent> listener) {
        return addListener(AttachToFrameEvent.class, listener);
    }

    public Registration addSpanSelectedListener(ComponentEventListener<SpanSelectedEvent> listener) {
        return addListener(SpanSelectedEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addRelabelListener(ComponentEventListener<RelabelEvent> listener) {
        return addListener(RelabelEvent.class, listener);
    }

    public Registration addAcceptListener(ComponentEventListener<AcceptEvent> listener) {
        return addListener(AcceptEvent.class, listener);
    }

    public Registration addRejectListener(ComponentEventListener<RejectEvent> listener) {
        return addListener(RejectEvent.class, listener);
    }

    public Registration addUndoListener(ComponentEventListener<UndoEvent> listener) {
        return addListener(UndoEvent.class, listener);
    }

    public Registration addRedoListener(ComponentEventListener<RedoEvent> listener) {
        return addListener(RedoEvent.class, listener);
    }

    public Registration addActivateFrameListener(ComponentEventListener<ActivateFrameEvent> listener) {
        return addListener(ActivateFrameEvent.class, listener);
    }

    /** The user selected [start, end) and chose a label (number key + Enter, or a palette click). */
    @DomEvent("editor-create")
    public static class CreateEvent extends ComponentEvent<AnnotationEditor> {
        private final int start;
        private final int end;
        private final String labelId;

        public CreateEvent(
                AnnotationEditor source,
                boolean fromClient,
                @EventData("event.detail.start") int start,
                @EventData("event.detail.end") int end,
                @EventData("event.detail.labelId") String labelId) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
            this.labelId = labelId;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public String labelId() {
            return labelId;
        }
    }

    /** While a frame is active the user selected [start, end) and pressed s (role "source") or c ("content"). */
    @DomEvent("editor-attach")
    public static class AttachToFrameEvent extends ComponentEvent<AnnotationEditor> {
        public static final String SOURCE = "source";
        public static final String CONTENT = "content";

        private final String frameId;
        private final int start;
        private final int end;
        private final String role;

        public AttachToFrameEvent(
                AnnotationEditor source,
                boolean fromClient,
                @EventData("event.detail.frameId") String frameId,
                @EventData("event.detail.start") int start,
                @EventData("event.detail.end") int end,
                @EventData("event.detail.role") String role) {
            super(source, fromClient);
            this.frameId = frameId;
            this.start = start;
            this.end = end;
            this.role = role;
        }

        public String frameId() {
            return frameId;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public String role() {
            return role;
        }
    }

    /** The user selected a span (click, Tab) or deselected (spanId null). */
    @DomEvent("editor-span-selected")
    public static class SpanSelectedEvent extends ComponentEvent<AnnotationEditor> {
        private final @Nullable String spanId;

        public SpanSelectedEvent(
                AnnotationEditor source,
                boolean fromClient,
                @EventData("event.detail.spanId") @Nullable String spanId) {
            super(source, fromClient);
            this.spanId = spanId;
        }

        public @Nullable String spanId() {
            return spanId;
        }
    }

    /** Base of the events about one selected span. */
    public abstract static class SpanEvent extends ComponentEvent<AnnotationEditor> {
        private final String spanId;

        protected SpanEvent(AnnotationEditor source, boolean fromClient, String spanId) {
            super(source, fromClient);
            this.spanId = spanId;
        }

        public String spanId() {
            return spanId;
        }
    }

    /** Delete (or Backspace on a non-suggestion) on the selected span. */
    @DomEvent("editor-delete")
    public static class DeleteEvent extends SpanEvent {
        public DeleteEvent(
                AnnotationEditor source, boolean fromClient, @EventData("event.detail.spanId") String spanId) {
            super(source, fromClient, spanId);
        }
    }

    /** A number key (or palette click) while a span is selected. */
    @DomEvent("editor-relabel")
    public static class RelabelEvent extends SpanEvent {
        private final String labelId;

        public RelabelEvent(
                AnnotationEditor source,
                boolean fromClient,
                @EventData("event.detail.spanId") String spanId,
                @EventData("event.detail.labelId") String labelId) {
            super(source, fromClient, spanId);
            this.labelId = labelId;
        }

        public String labelId() {
            return labelId;
        }
    }

    /** Enter on a selected suggestion. */
    @DomEvent("editor-accept")
    public static class AcceptEvent extends SpanEvent {
        public AcceptEvent(
                AnnotationEditor source, boolean fromClient, @EventData("event.detail.spanId") String spanId) {
            super(source, fromClient, spanId);
        }
    }

    /** Backspace on a selected suggestion. */
    @DomEvent("editor-reject")
    public static class RejectEvent extends SpanEvent {
        public RejectEvent(
                AnnotationEditor source, boolean fromClient, @EventData("event.detail.spanId") String spanId) {
            super(source, fromClient, spanId);
        }
    }

    /** Key a on a selected attribution span: make its frame the active one. */
    @DomEvent("editor-activate-frame")
    public static class ActivateFrameEvent extends SpanEvent {
        public ActivateFrameEvent(
                AnnotationEditor source, boolean fromClient, @EventData("event.detail.spanId") String spanId) {
            super(source, fromClient, spanId);
        }
    }

    /** Ctrl/Cmd+Z inside the editor. */
    @DomEvent("editor-undo")
    public static class UndoEvent extends ComponentEvent<AnnotationEditor> {
        public UndoEvent(AnnotationEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** Ctrl/Cmd+Shift+Z or Ctrl+Y inside the editor. */
    @DomEvent("editor-redo")
    public static class RedoEvent extends ComponentEvent<AnnotationEditor> {
        public RedoEvent(AnnotationEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
