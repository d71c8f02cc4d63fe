package org.corroborate.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.annotation.AnchorState;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.labels.LabelSet;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.scheme.Attribute;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.FormField;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

/** The form shows the scheme's declared attributes of the selected annotation's layer and label. */
class AnnotationFormTest {

    /** The form's own widgets, by the attribute they fill (the canonical source needs a registry: none here). */
    private static final Map<String, String> WIDGETS = Map.of(
            Attributes.REASON_START, "form-reasonText",
            Attributes.REPORTED_BY, "form-reportedBy");

    @Test
    void every_declared_attribute_of_a_layer_and_label_has_its_field_in_the_declared_order() {
        AnnotationForm form = new AnnotationForm((label, values) -> {}, () -> {}, review -> {}, () -> {});
        LabelSet labels = LabelSet.defaults();
        form.setLabels(labels);
        for (Layer layer : Layer.values()) {
            for (ProjectLabel label : labels.of(layer)) {
                form.show(new AnnotationView(
                        1,
                        0,
                        layer,
                        label.code(),
                        0,
                        4,
                        "text",
                        Map.of(),
                        null,
                        null,
                        null,
                        null,
                        AnchorState.ANCHORED,
                        "alice"));
                List<String> expected = new ArrayList<>(List.of("form-label"));
                for (Attribute attribute : layer.attributesOf(label.code())) {
                    if (attribute.form() == FormField.FIELD) {
                        expected.add("form-" + attribute.name());
                    } else if (attribute.form() == FormField.WIDGET && WIDGETS.containsKey(attribute.name())) {
                        expected.add(WIDGETS.get(attribute.name()));
                    }
                }
                assertThat(shownIds(form)).as("%s", label.id()).containsExactlyElementsOf(expected);
            }
        }
    }

    private static List<String> shownIds(AnnotationForm form) {
        FormLayout fields = form.getChildren()
                .filter(FormLayout.class::isInstance)
                .map(FormLayout.class::cast)
                .findFirst()
                .orElseThrow();
        return fields.getChildren()
                .map(Component::getId)
                .map(id -> id.orElse("?"))
                .toList();
    }
}
