package org.corroborate.labels;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class LabelSetRulesTest {

    private static final LabelSet WITHOUT_OPINION = new LabelSet(LabelSet.defaults().labels().stream()
            .filter(l -> !(l.layer() == Layer.CLAIM && l.code().equals(Labels.OPINION)))
            .toList());

    @Test
    void the_default_labels_pass_the_rules() {
        assertThatCode(() -> LabelSetRules.check(LabelSet.defaults())).doesNotThrowAnyException();
    }

    @Test
    void removing_a_used_label_is_refused_and_names_it_with_its_count() {
        assertThatThrownBy(() ->
                        LabelSetRules.checkRemovals(LabelSet.defaults(), WITHOUT_OPINION, Map.of("claim:opinion", 3L)))
                .hasMessage("Labels in use cannot be removed: the claim label 'opinion' (3 annotations). "
                        + "Relabel those annotations first.");
    }

    @Test
    void removing_an_unused_label_or_keeping_a_used_one_is_fine() {
        assertThatCode(() ->
                        LabelSetRules.checkRemovals(LabelSet.defaults(), WITHOUT_OPINION, Map.of("claim:factual", 3L)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_code_with_capitals_is_refused() {
        LabelSet bad = new LabelSet(List.of(new ProjectLabel(Layer.CLAIM, "Rumour", "Rumour", "#123456")));
        assertThatThrownBy(() -> LabelSetRules.check(bad)).hasMessageContaining("lower-case letters");
    }
}
