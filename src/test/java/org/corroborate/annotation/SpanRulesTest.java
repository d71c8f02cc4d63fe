package org.corroborate.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.corroborate.labels.LabelSet;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.scheme.Attribute;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class SpanRulesTest {

    private static final String TEXT = "A senior U.S. official said 😀 talks  went well.";
    private static final LabelSet LABELS = LabelSet.defaults();

    @Test
    void surrounding_white_space_is_trimmed_from_a_span() {
        int start = TEXT.indexOf(" talks");
        SpanRequest checked =
                SpanRules.check(SpanRequest.of(Layer.CLAIM, Labels.FACTUAL, start, start + 7), TEXT, LABELS);
        assertThat(TEXT.substring(checked.start(), checked.end())).isEqualTo("talks");
    }

    @Test
    void spans_outside_the_text_are_refused_with_the_text_length() {
        assertThatThrownBy(() -> SpanRules.check(SpanRequest.of(Layer.CLAIM, Labels.FACTUAL, 40, 400), TEXT, LABELS))
                .isInstanceOf(AnnotationValidationException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> SpanRules.check(SpanRequest.of(Layer.CLAIM, Labels.FACTUAL, -1, 3), TEXT, LABELS))
                .isInstanceOf(AnnotationValidationException.class);
    }

    @Test
    void empty_and_blank_spans_are_refused() {
        int gap = TEXT.indexOf("  ");
        assertThatThrownBy(() -> SpanRules.check(SpanRequest.of(Layer.CLAIM, Labels.FACTUAL, 3, 3), TEXT, LABELS))
                .hasMessageContaining("empty span");
        assertThatThrownBy(
                        () -> SpanRules.check(SpanRequest.of(Layer.CLAIM, Labels.FACTUAL, gap, gap + 2), TEXT, LABELS))
                .hasMessageContaining("empty span");
    }

    @Test
    void a_span_that_splits_an_emoji_is_refused() {
        int emoji = TEXT.indexOf("😀");
        assertThatThrownBy(() -> SpanRules.check(
                        SpanRequest.of(Layer.CLAIM, Labels.FACTUAL, emoji + 1, emoji + 8), TEXT, LABELS))
                .hasMessageContaining("in half");
    }

    @Test
    void a_label_outside_the_projects_set_is_refused() {
        assertThatThrownBy(() -> SpanRules.check(SpanRequest.of(Layer.SOURCE, "rumour", 0, 5), TEXT, LABELS))
                .hasMessageContaining("'rumour' is not a label of the source layer");
        assertThatThrownBy(() -> SpanRules.check(SpanRequest.of(Layer.FIGURE, Labels.FACTUAL, 0, 5), TEXT, LABELS))
                .isInstanceOf(AnnotationValidationException.class);
    }

    @Test
    void closed_attribute_values_are_checked_and_blank_ones_dropped() {
        SpanRequest source = SpanRequest.of(Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, 0, 22);
        SpanRequest ok = SpanRules.check(
                source.withAttributes(Map.of(Attributes.AFFILIATION, "government", Attributes.NOTE, " ")),
                TEXT,
                LABELS);
        assertThat(ok.attributes()).containsExactly(Map.entry(Attributes.AFFILIATION, "government"));
        assertThatThrownBy(() ->
                        SpanRules.check(source.withAttributes(Map.of(Attributes.AFFILIATION, "aliens")), TEXT, LABELS))
                .hasMessageContaining("'aliens' is not a valid affiliation");
    }

    @Test
    void every_declared_choice_refuses_a_value_outside_its_closed_set_and_open_attributes_take_any() {
        int start = TEXT.indexOf("talks");
        for (Layer layer : Layer.values()) {
            for (Attribute attribute : layer.attributes()) {
                String label = LABELS.of(layer).stream()
                        .map(ProjectLabel::code)
                        .filter(attribute::appliesTo)
                        .findFirst()
                        .orElseThrow();
                SpanRequest outside = new SpanRequest(
                        layer, label, start, start + 5, Map.of(attribute.name(), "not-a-declared-value"), null);
                if (attribute.values().isEmpty()) {
                    assertThat(SpanRules.check(outside, TEXT, LABELS).attributes())
                            .as(attribute.name())
                            .containsEntry(attribute.name(), "not-a-declared-value");
                } else {
                    assertThatThrownBy(() -> SpanRules.check(outside, TEXT, LABELS))
                            .as(attribute.name())
                            .isInstanceOf(AnnotationValidationException.class)
                            .hasMessageContaining(String.join(", ", attribute.values()));
                    SpanRequest inside = new SpanRequest(
                            layer,
                            label,
                            start,
                            start + 5,
                            Map.of(attribute.name(), attribute.values().getLast()),
                            null);
                    assertThat(SpanRules.check(inside, TEXT, LABELS).attributes())
                            .as(attribute.name())
                            .containsEntry(attribute.name(), attribute.values().getLast());
                }
            }
        }
    }
}
