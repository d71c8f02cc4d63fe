package org.corroborate.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Label references and span positions are written and read one way. */
class ReferencesTest {

    @Test
    void a_label_reference_reads_back_what_it_writes() {
        LabelRef ref = new LabelRef(Layer.SOURCE, "unnamed-individual");
        assertThat(ref.format()).isEqualTo("source:unnamed-individual");
        assertThat(LabelRef.parse(ref.format())).isEqualTo(ref);
        assertThat(LabelRef.parse("attribution:cue")).isEqualTo(new LabelRef(Layer.ATTRIBUTION, Labels.CUE));
    }

    @Test
    void a_label_code_may_itself_hold_a_colon() {
        assertThat(LabelRef.parse("claim:a:b")).isEqualTo(new LabelRef(Layer.CLAIM, "a:b"));
    }

    @Test
    void text_that_is_no_label_reference_is_refused() {
        assertThatThrownBy(() -> LabelRef.parse("factual")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelRef.parse("rumour:factual")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LabelRef.tryParse("rumour:factual")).isEmpty();
    }

    @Test
    void a_span_position_reads_back_what_it_writes() {
        TextPosition at = new TextPosition(Layer.FIGURE, 120, 134);
        assertThat(at.format()).isEqualTo("figure:120-134");
        assertThat(TextPosition.parse(at.format())).contains(at);
    }

    @Test
    void text_that_is_no_span_position_reads_as_nothing() {
        assertThat(TextPosition.parse("120-134")).isEmpty();
        assertThat(TextPosition.parse("rumour:1-2")).isEmpty();
        assertThat(TextPosition.parse("claim:1-")).isEmpty();
        assertThat(TextPosition.parse("claim:99999999999-1")).isEmpty();
    }
}
