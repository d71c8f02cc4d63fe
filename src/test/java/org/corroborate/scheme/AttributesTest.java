package org.corroborate.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scheme's attributes are declared once, each with the export column that carries it. */
class AttributesTest {

    @Test
    void every_declared_attribute_has_an_export_column_and_every_column_a_declared_attribute() {
        for (Layer layer : Layer.values()) {
            Set<String> carried = new HashSet<>();
            for (AttributeColumn column : layer.columns()) {
                for (String name : column.attributes()) {
                    assertThat(layer.attribute(name))
                            .as("%s › %s carries %s, an attribute of the layer", layer.code(), column.name(), name)
                            .isPresent();
                    carried.add(name);
                }
            }
            assertThat(carried)
                    .as("the %s layer's attributes with a column", layer.code())
                    .containsExactlyInAnyOrderElementsOf(
                            layer.attributes().stream().map(Attribute::name).toList());
        }
    }

    @Test
    void attribute_names_are_unique_across_layers_and_found_by_name() {
        List<String> names = Attributes.all().stream().map(Attribute::name).toList();
        assertThat(names).doesNotHaveDuplicates();
        names.forEach(name -> assertThat(Attributes.named(name)).as(name).isPresent());
        assertThat(Attributes.named("no-such-attribute")).isEmpty();
    }

    @Test
    void choices_and_only_choices_have_closed_values() {
        for (Attribute attribute : Attributes.all()) {
            assertThat(attribute.values().isEmpty())
                    .as(attribute.name())
                    .isEqualTo(attribute.type() != AttributeType.CHOICE);
            assertThat(attribute.allows(""))
                    .as("a blank %s means not given, so only choices refuse it", attribute.name())
                    .isEqualTo(attribute.type() != AttributeType.CHOICE);
        }
    }

    @Test
    void attributes_may_belong_to_some_labels_of_their_layer_only() {
        assertThat(Layer.ATTRIBUTION.attributesOf(Labels.CUE))
                .extracting(Attribute::name)
                .containsExactly(Attributes.CERTAINTY);
        assertThat(Layer.ATTRIBUTION.attributesOf(Labels.CONTENT)).isEmpty();
        assertThat(Layer.CLAIM.attributesOf(Labels.FACTUAL))
                .extracting(Attribute::name)
                .containsExactly(Attributes.CHECK_WORTHY, Attributes.NOTE);
    }

    @Test
    void the_reason_for_anonymity_is_the_only_pair_of_text_offsets() {
        assertThat(Attributes.textOffsets()).containsExactly(Attributes.REASON_START, Attributes.REASON_END);
    }
}
