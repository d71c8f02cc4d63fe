package org.corroborate.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Test-only page for the editor component: a fixed text and palette, spans kept in memory, and the last
 * event shown in {@code #last-event} so browser tests can assert what the server received.
 * {@code ?text=hostile} loads hostile text, {@code ?spans=demo} some overlapping spans, {@code ?spans=bench}
 * 1,000 spans on a 10,000-word text.
 */
@Route("test/editor-harness")
@PermitAll
class EditorHarnessView extends VerticalLayout implements BeforeEnterObserver {

    static final String ARTICLE = """
            Ukraine's allies pledge security guarantees
            President Zelensky said on Monday that 26 countries had committed to a reassurance force, \
            according to a statement from his office.
            "We will not leave Ukraine alone," a senior European official told reporters, speaking on \
            condition of anonymity because talks were continuing.
            The United States would provide air support and intelligence, officials said, while the cost \
            of the first year was estimated at $3.5 billion, or about 0.1% of allied GDP.""";

    /** Markup, an entity, emoji (surrogate pairs), an RTL mark, combining accents and CRLF line breaks. */
    static final String HOSTILE = "<script>document.title='pwned'</script> opens the text &amp; more\r\n"
            + "<img src=x onerror=\"document.title='pwned'\"> tag 🎉🇺🇦 party after emoji\r\n"
            + "Cafe\u0301 na\u0308ive \u200Fright-to-left mark \u05E9\u05DC\u05D5\u05DD then ascii\r\n";

    static final List<EditorLabel> LABELS = List.of(
            new EditorLabel("claim/factual", "claim", "factual", "Factual", "#2563eb", "1"),
            new EditorLabel("claim/statistical", "claim", "statistical", "Statistical", "#0d9488", "2"),
            new EditorLabel("claim/quote", "claim", "quote", "Quote", "#7c3aed", "3"),
            new EditorLabel("claim/opinion", "claim", "opinion", "Opinion", "#ea580c", "4"),
            new EditorLabel("attribution/cue", "attribution", "cue", "Cue", "#db2777", "5"),
            new EditorLabel("attribution/source", "attribution", "source", "Source", "#16a34a", "6"),
            new EditorLabel("attribution/content", "attribution", "content", "Content", "#0891b2", "7"),
            new EditorLabel("source/named-person", "source", "named-person", "Named person", "#65a30d", "8"),
            new EditorLabel(
                    "source/unnamed-individual", "source", "unnamed-individual", "Unnamed individual", "#dc2626", "9"),
            new EditorLabel("figure/money", "figure", "money", "Money", "#ca8a04", "0"));

    private final AnnotationEditor editor = new AnnotationEditor();
    private final Span lastEvent = new Span("none");
    private final Span spanCount = new Span();
    private final List<EditorSpan> spans = new ArrayList<>();
    private int nextId = 1;

    EditorHarnessView() {
        editor.setId("editor");
        editor.setWidthFull();
        editor.setHeight("460px");
        editor.setLabels(LABELS);
        lastEvent.setId("last-event");
        spanCount.setId("span-count");

        editor.addCreateListener(e -> {
            editor.settleProvisional(); // as the real view does: the saved span replaces the one drawn at once
            EditorLabel label = label(e.labelId());
            add(new EditorSpan(
                    "s" + nextId++,
                    e.start(),
                    e.end(),
                    label.layer(),
                    label.label(),
                    label.color(),
                    null,
                    false,
                    null));
            show("create " + e.start() + " " + e.end() + " " + e.labelId());
        });
        editor.addAttachToFrameListener(e -> {
            EditorLabel label = label("attribution/" + e.role());
            add(new EditorSpan(
                    "s" + nextId++,
                    e.start(),
                    e.end(),
                    "attribution",
                    e.role(),
                    label.color(),
                    e.frameId(),
                    false,
                    null));
            show("attach " + e.frameId() + " " + e.start() + " " + e.end() + " " + e.role());
        });
        editor.addDeleteListener(e -> {
            remove(e.spanId());
            show("delete " + e.spanId());
        });
        editor.addRelabelListener(e -> {
            EditorLabel label = label(e.labelId());
            find(e.spanId())
                    .ifPresent(s -> replace(new EditorSpan(
                            s.id(),
                            s.start(),
                            s.end(),
                            label.layer(),
                            label.label(),
                            label.color(),
                            s.frameId(),
                            s.suggestion(),
                            s.tooltip())));
            show("relabel " + e.spanId() + " " + e.labelId());
        });
        editor.addAcceptListener(e -> {
            find(e.spanId())
                    .ifPresent(s -> replace(new EditorSpan(
                            s.id(),
                            s.start(),
                            s.end(),
                            s.layer(),
                            s.label(),
                            s.color(),
                            s.frameId(),
                            false,
                            s.tooltip())));
            show("accept " + e.spanId());
        });
        editor.addRejectListener(e -> {
            remove(e.spanId());
            show("reject " + e.spanId());
        });
        editor.addSpanSelectedListener(e -> show("selected " + e.spanId()));
        editor.addUndoListener(e -> show("undo"));
        editor.addRedoListener(e -> show("redo"));
        editor.addActivateFrameListener(e -> {
            find(e.spanId()).map(EditorSpan::frameId).ifPresent(editor::setActiveFrame);
            show("activate-frame " + e.spanId());
        });

        Button selectLast = new Button(
                "Select last span",
                e -> editor.setSelectedSpan(
                        spans.isEmpty() ? null : spans.getLast().id()));
        selectLast.setId("select-last");
        Button frame = new Button("Activate frame f1", e -> editor.setActiveFrame("f1"));
        frame.setId("activate-f1");
        Button readOnly = new Button("Toggle read-only", e -> editor.setReadOnly(!editor.isReadOnly()));
        readOnly.setId("toggle-read-only");
        for (Button b : List.of(selectLast, frame, readOnly)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout tools = new HorizontalLayout(
                new Span("Last event:"), lastEvent, new Span("Spans:"), spanCount, selectLast, frame, readOnly);
        tools.setAlignItems(Alignment.BASELINE);
        add(editor, tools);
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        String which = query.getOrDefault("text", List.of("article")).getFirst();
        String spanSet = query.getOrDefault("spans", List.of("none")).getFirst();
        String text = switch (which) {
            case "hostile" -> HOSTILE;
            case "bench" -> BenchmarkText.text();
            default -> ARTICLE;
        };
        editor.setText(text);
        spans.clear();
        switch (spanSet) {
            case "demo" -> spans.addAll(demoSpans());
            case "bench" -> spans.addAll(BenchmarkText.spans(text, LABELS));
            default -> {}
        }
        editor.setSpans(spans);
        spanCount.setText(String.valueOf(spans.size()));
    }

    /** Overlapping and nested spans of several layers, a suggestion and one attribution frame. */
    static List<EditorSpan> demoSpans() {
        List<EditorSpan> list = new ArrayList<>();
        list.add(span("d1", "26 countries had committed to a reassurance force", "claim/statistical", null, false));
        list.add(span("d2", "26 countries", "figure/money", null, true));
        list.add(span("d3", "President Zelensky", "source/named-person", null, false));
        list.add(span("d4", "President Zelensky", "attribution/source", "f1", false));
        list.add(span("d5", "said", "attribution/cue", "f1", false));
        list.add(span("d6", "26 countries had committed to a reassurance force", "attribution/content", "f1", false));
        list.add(span("d7", "\"We will not leave Ukraine alone,\"", "claim/quote", null, false));
        list.add(span("d8", "a senior European official", "source/unnamed-individual", null, false));
        list.add(span("d9", "$3.5 billion", "figure/money", null, false));
        list.add(span(
                "d10", "the cost of the first year was estimated at $3.5 billion", "claim/statistical", null, true));
        return list;
    }

    private static EditorSpan span(
            String id, String quote, String labelId, @Nullable String frameId, boolean suggestion) {
        int start = ARTICLE.indexOf(quote);
        EditorLabel label = label(labelId);
        return new EditorSpan(
                id,
                start,
                start + quote.length(),
                label.layer(),
                label.label(),
                label.color(),
                frameId,
                suggestion,
                suggestion ? label.caption() + " (suggested)" : null);
    }

    private static EditorLabel label(String id) {
        return LABELS.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private void add(EditorSpan span) {
        spans.add(span);
        editor.addSpan(span);
        spanCount.setText(String.valueOf(spans.size()));
    }

    private void replace(EditorSpan span) {
        spans.replaceAll(s -> s.id().equals(span.id()) ? span : s);
        editor.updateSpan(span);
    }

    private void remove(String id) {
        spans.removeIf(s -> s.id().equals(id));
        editor.removeSpan(id);
        spanCount.setText(String.valueOf(spans.size()));
    }

    private Optional<EditorSpan> find(String id) {
        return spans.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private void show(String event) {
        lastEvent.setText(event);
    }
}
