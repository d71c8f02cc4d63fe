package org.corroborate.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.corroborate.annotation.AnchorState;
import org.corroborate.annotation.AnnotationValidationException;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.CanonicalSources;
import org.corroborate.annotation.ReasonSpan;
import org.corroborate.annotation.SuggestionReview;
import org.corroborate.figure.NumberWords;
import org.corroborate.labels.LabelSet;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.scheme.Attribute;
import org.corroborate.scheme.AttributeType;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.FormField;
import org.corroborate.scheme.Layer;
import org.corroborate.ui.LayerTabs;
import org.corroborate.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The selected annotation's label and attributes, editable; the fields are the scheme's declared attributes
 * of the annotation's layer and label ({@code Layer.attributesOf}), in their order.
 */
class AnnotationForm extends VerticalLayout {

    private final BiConsumer<String, Map<String, String>> onSave;
    private final Runnable onDelete;
    private final Consumer<SuggestionReview> onReview;
    private final Runnable onAcceptAll;
    private final H4 heading = new H4();
    private final Paragraph quote = new Paragraph();
    private final Span provenance = new Span();
    private final FormLayout fields = new FormLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Select<String> label = new Select<>();
    private final Map<String, Component> attributeFields = new LinkedHashMap<>();
    private final Map<String, Component> fieldCache = new HashMap<>();
    private @Nullable Layer labelLayer;
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete");
    private final Button accept = new Button("Accept");
    private final Button reject = new Button("Reject");
    private final Button acceptAll = new Button("Accept all like this");
    private final TextField reasonText = new TextField("Reason as written");
    private final Select<String> reportedBy = new Select<>();
    private LabelSet labels = LabelSet.defaults();
    private Supplier<String> articleText = () -> "";
    private Supplier<Map<String, String>> frameCaptions = Map::of;
    private final ComboBox<CanonicalSources.Choice> canonical = new ComboBox<>("Canonical source");
    private @Nullable CanonicalSources sources;
    private long projectId;
    private @Nullable AnnotationView shown;

    AnnotationForm(
            BiConsumer<String, Map<String, String>> onSave,
            Runnable onDelete,
            Consumer<SuggestionReview> onReview,
            Runnable onAcceptAll) {
        this.onSave = onSave;
        this.onDelete = onDelete;
        this.onReview = onReview;
        this.onAcceptAll = onAcceptAll;
        setId("annotation-form");
        setPadding(false);
        setSpacing(false);
        addClassName("annotation-form");
        quote.addClassName("annotation-quote");
        provenance.addClassName("annotation-provenance");
        canonical.addCustomValueSetListener(e -> addCanonical(e.getDetail()));
        label.setId("form-label");
        label.setLabel("Label");
        reasonText.setId("form-reasonText");
        reasonText.setHelperText("Type it as written near the mention, e.g. “speaking anonymously”");
        reasonText.setClearButtonVisible(true);
        reportedBy.setId("form-reportedBy");
        reportedBy.setLabel("Reported by");
        canonical.setId("form-canonicalSource");
        canonical.setItemLabelGenerator(CanonicalSources.Choice::name);
        canonical.setAllowCustomValue(true);
        canonical.setClearButtonVisible(true);
        save.setId("form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setId("form-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        accept.setId("form-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        reject.setId("form-reject");
        acceptAll.setId("form-accept-all");
        acceptAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickListener(e -> saveShown());
        delete.addClickListener(e -> onDelete.run());
        accept.addClickListener(e -> onReview.accept(SuggestionReview.ACCEPTED));
        reject.addClickListener(e -> onReview.accept(SuggestionReview.REJECTED));
        acceptAll.addClickListener(e -> onAcceptAll.run());
        actions.add(save, delete, accept, reject, acceptAll);
        actions.setWrap(
                true); // the side panel is narrow: "Accept all like this" goes to a second line, not out of view
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        add(heading, quote, provenance, fields, actions);
        show(null);
    }

    void setLabels(LabelSet labels) {
        this.labels = labels;
    }

    /** The project's source registry, for linking mentions to canonical sources. */
    void setSources(CanonicalSources sources, long projectId) {
        this.sources = sources;
        this.projectId = projectId;
    }

    /** The article text (for the reason span) and the user's attribution frames by id (to link figures). */
    void setContext(Supplier<String> articleText, Supplier<Map<String, String>> frameCaptions) {
        this.articleText = articleText;
        this.frameCaptions = frameCaptions;
    }

    /**
     * Shows an annotation. The field components are made once per attribute and reused, and the layout is
     * only rebuilt when the set of fields changes: showing the next claim after a claim sends values, not
     * new components, which keeps creating a span well inside one frame of the browser's time.
     */
    void show(@Nullable AnnotationView view) {
        shown = view;
        if (view == null) {
            heading.setText("No annotation selected");
            quote.setText("Select text and press a number key (or click a label) then Enter to annotate."
                    + " Tab moves between annotations; Delete removes; Ctrl+Z undoes. Alt+1…4 switch layers.");
            provenance.setText("");
            showFields(List.of());
            actions.setVisible(false);
            return;
        }
        heading.setText(LayerTabs.caption(view.layer()));
        quote.setText("“" + view.text() + "”");
        provenance.setText(provenanceOf(view));

        if (view.layer() != labelLayer) {
            labelLayer = view.layer();
            List<ProjectLabel> choices = labels.of(view.layer());
            label.setItems(choices.stream().map(ProjectLabel::code).toList());
            label.setItemLabelGenerator(code ->
                    labels.find(view.layer(), code).map(ProjectLabel::caption).orElse(code));
        }
        label.setValue(view.label());
        List<Component> shownFields = new ArrayList<>();
        shownFields.add(label);
        attributeFields.clear();
        for (Attribute attribute : view.layer().attributesOf(view.label())) {
            switch (attribute.form()) {
                case FIELD -> {
                    Component input = fieldFor(attribute);
                    setValue(input, view.attribute(attribute.name()));
                    attributeFields.put(attribute.name(), input);
                    shownFields.add(input);
                }
                case WIDGET -> widgetFor(attribute, view).ifPresent(shownFields::add);
                case NONE -> {
                    // filled by another attribute's widget
                }
            }
        }
        showFields(shownFields);
        actions.setVisible(true);
        boolean pending = view.pendingSuggestion();
        accept.setVisible(pending);
        reject.setVisible(pending);
        acceptAll.setVisible(pending);
    }

    /** The form's own widget for an attribute the scheme shows by {@link FormField#WIDGET}, filled for the view. */
    private Optional<Component> widgetFor(Attribute attribute, AnnotationView view) {
        switch (attribute.name()) {
            case Attributes.REASON_START -> {
                reasonText.setValue(reasonOf(view));
                return Optional.of(reasonText);
            }
            case Attributes.CANONICAL_SOURCE -> {
                if (sources == null) {
                    return Optional.empty();
                }
                showCanonical(view);
                return Optional.of(canonical);
            }
            case Attributes.REPORTED_BY -> {
                Map<String, String> frames = frameCaptions.get();
                List<String> items = new ArrayList<>();
                items.add("");
                items.addAll(frames.keySet());
                String current = view.attribute(Attributes.REPORTED_BY);
                if (!current.isEmpty() && !items.contains(current)) {
                    items.add(current);
                }
                reportedBy.setItems(items);
                reportedBy.setItemLabelGenerator(
                        id -> id.isEmpty() ? "—" : frames.getOrDefault(id, "(a removed attribution)"));
                reportedBy.setValue(current);
                return Optional.of(reportedBy);
            }
            default ->
                throw new IllegalStateException("The form has no widget for the attribute " + attribute.name()
                        + "; show it as a field in the scheme (Attributes) or add its widget here.");
        }
    }

    /** Puts these components in the form, touching the layout only when they differ from what it holds. */
    private void showFields(List<Component> wanted) {
        if (fields.getChildren().toList().equals(wanted)) {
            return;
        }
        fields.removeAll();
        wanted.forEach(fields::add);
        for (Component wide : List.of(reasonText, canonical)) {
            if (wanted.contains(wide)) {
                fields.setColspan(wide, 2);
            }
        }
    }

    private Component fieldFor(Attribute attribute) {
        return fieldCache.computeIfAbsent(
                attribute.name(), n -> attribute.values().isEmpty() ? textField(attribute) : select(attribute));
    }

    @SuppressWarnings("unchecked")
    private static void setValue(Component field, String value) {
        if (field instanceof TextField t) {
            t.setValue(value);
        } else if (field instanceof Select<?> s) {
            ((Select<String>) s).setValue(value);
        }
    }

    private void saveShown() {
        if (shown != null) {
            save(shown);
        }
    }

    private void save(AnnotationView view) {
        Map<String, String> values = values();
        for (Attribute attribute : view.layer().attributesOf(view.label())) {
            if (attribute.form() != FormField.WIDGET) {
                continue;
            }
            switch (attribute.name()) {
                case Attributes.REPORTED_BY ->
                    values.put(Attributes.REPORTED_BY, reportedBy.getValue() == null ? "" : reportedBy.getValue());
                case Attributes.CANONICAL_SOURCE ->
                    values.put(
                            Attributes.CANONICAL_SOURCE,
                            canonical.getValue() == null
                                    ? ""
                                    : canonical.getValue().id());
                case Attributes.REASON_START -> {
                    String phrase = reasonText.getValue().strip();
                    values.remove(Attributes.REASON_START);
                    values.remove(Attributes.REASON_END);
                    if (!phrase.isEmpty()) {
                        Optional<int[]> at = ReasonSpan.locate(articleText.get(), phrase, view.start(), view.end());
                        if (at.isEmpty()) {
                            Notifications.error("“" + phrase + "” is not written within " + ReasonSpan.REACH
                                    + " characters of this mention; type it exactly as in the text.");
                            return;
                        }
                        values.put(Attributes.REASON_START, Integer.toString(at.get()[0]));
                        values.put(Attributes.REASON_END, Integer.toString(at.get()[1]));
                        values.put(Attributes.ANONYMITY_REASON, "yes");
                    }
                }
                default -> throw new IllegalStateException("The form has no widget for " + attribute.name());
            }
        }
        onSave.accept(label.getValue(), values);
    }

    /** The linked source, or the one the registry suggests for the mention's text (kept only on Save). */
    private void showCanonical(AnnotationView view) {
        CanonicalSources registry = sources;
        if (registry == null) {
            return;
        }
        canonical.setHelperText("Type a new name and press Enter to add it to the registry");
        List<CanonicalSources.Choice> choices = new ArrayList<>(registry.choices(projectId));
        canonical.setItems(choices);
        String linked = view.attribute(Attributes.CANONICAL_SOURCE);
        Optional<CanonicalSources.Choice> current =
                choices.stream().filter(c -> c.id().equals(linked)).findFirst();
        if (current.isEmpty() && linked.isEmpty()) {
            current = registry.suggest(projectId, view.text());
            current.ifPresent(c -> canonical.setHelperText("Suggested from the registry: Save to keep it"));
        }
        canonical.setValue(current.orElse(null));
    }

    private void addCanonical(String name) {
        CanonicalSources registry = sources;
        AnnotationView view = shown;
        if (registry == null || view == null || name.isBlank()) {
            return;
        }
        try {
            CanonicalSources.Choice added = registry.add(projectId, name.strip(), label.getValue());
            canonical.setItems(registry.choices(projectId));
            canonical.setValue(added);
            Notifications.success("Added “" + added.name() + "” to the source registry. Save to link this mention.");
        } catch (AnnotationValidationException | AccessRefusedException e) {
            Notifications.error(e);
        }
    }

    private String reasonOf(AnnotationView view) {
        try {
            int start = Integer.parseInt(view.attribute(Attributes.REASON_START));
            int end = Integer.parseInt(view.attribute(Attributes.REASON_END));
            String text = articleText.get();
            return start >= 0 && start < end && end <= text.length() ? text.substring(start, end) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private Map<String, String> values() {
        Map<String, String> values = new HashMap<>(shown == null ? Map.of() : shown.attributes());
        attributeFields.forEach((name, field) -> {
            String value = field instanceof TextField t
                    ? t.getValue()
                    : field instanceof TextArea a
                            ? a.getValue()
                            : field instanceof Select<?> s && s.getValue() != null ? String.valueOf(s.getValue()) : "";
            values.put(name, value.trim());
        });
        return values;
    }

    private static Component textField(Attribute attribute) {
        TextField field = new TextField(attribute.caption());
        field.setId("form-" + attribute.name());
        field.setClearButtonVisible(true);
        if (attribute.type() == AttributeType.NUMBER) {
            // Bounds are stored as plain numbers; beside them, the number as people read it ("81 billion").
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> field.setHelperText(NumberWords.ofTyped(e.getValue())
                    .filter(words -> !words.equals(e.getValue().strip()))
                    .orElse(null)));
        }
        return field;
    }

    private static Component select(Attribute attribute) {
        Select<String> select = new Select<>();
        select.setId("form-" + attribute.name());
        select.setLabel(attribute.caption());
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(attribute.values());
        select.setItems(items);
        select.setItemLabelGenerator(v -> v.isEmpty() ? "—" : v);
        return select;
    }

    private static String provenanceOf(AnnotationView view) {
        StringBuilder text = new StringBuilder();
        if (view.suggestedBy() != null) {
            text.append("Suggested by ").append(view.suggestedBy());
            if (view.review() == SuggestionReview.ACCEPTED) {
                text.append(", accepted by ").append(view.reviewedBy());
            } else {
                text.append(": Enter accepts, Backspace rejects");
            }
        }
        if (view.anchorState() == AnchorState.ORPHANED) {
            text.append(text.isEmpty() ? "" : ". ").append("The text under this span changed; check or delete it.");
        } else if (view.anchorState() == AnchorState.MOVED) {
            text.append(text.isEmpty() ? "" : ". ").append("Moved with its text after the article changed.");
        }
        if (view.layer() == Layer.ATTRIBUTION && view.frameId() != null) {
            text.append(text.isEmpty() ? "" : ". ").append("Press A in the text to add parts to this attribution.");
        }
        return text.toString();
    }
}
