package org.corroborate.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.annotation.ui.SpanEditing.LabelChoice;
import org.corroborate.annotation.ui.SpanEditing.TextAt;
import org.corroborate.labels.LabelSet;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class SpanEditingTest {

    @Test
    void the_first_ten_labels_of_a_layer_get_the_number_keys_one_to_zero_and_the_rest_none() {
        List<ProjectLabel> labels = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            labels.add(new ProjectLabel(Layer.SOURCE, "kind-" + i, "Kind " + i, "#112233"));
        }
        List<EditorLabel> palette = SpanEditing.palette(labels);
        assertThat(palette)
                .extracting(EditorLabel::key)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", null, null);
        assertThat(palette.getFirst())
                .isEqualTo(new EditorLabel("source:kind-0", "source", "kind-0", "Kind 0", "#112233", "1"));
    }

    @Test
    void a_palette_id_names_its_layer_and_label_and_a_malformed_one_names_none() {
        assertThat(LabelChoice.parse("figure:money")).contains(new LabelChoice(Layer.FIGURE, "money"));
        assertThat(LabelChoice.parse("source:named-person")).contains(new LabelChoice(Layer.SOURCE, "named-person"));
        assertThat(LabelChoice.parse("claim")).isEmpty();
        assertThat(LabelChoice.parse("nolayer:x")).isEmpty();
    }

    @Test
    void attribution_sources_and_contents_join_the_frame_being_built_and_a_cue_starts_its_own() {
        LabelChoice source = new LabelChoice(Layer.ATTRIBUTION, Labels.SOURCE);
        assertThat(source.request(3, 9, null, "frame-1"))
                .isEqualTo(
                        SpanRequest.of(Layer.ATTRIBUTION, Labels.SOURCE, 3, 9).inFrame("frame-1"));
        assertThat(source.request(3, 9, "frame-2", "frame-1").frameId()).isEqualTo("frame-2");
        assertThat(new LabelChoice(Layer.ATTRIBUTION, Labels.CUE)
                        .request(3, 9, null, "frame-1")
                        .frameId())
                .isNull();
        assertThat(new LabelChoice(Layer.CLAIM, Labels.FACTUAL).request(3, 9, null, "frame-1"))
                .isEqualTo(SpanRequest.of(Layer.CLAIM, Labels.FACTUAL, 3, 9));
    }

    @Test
    void an_at_position_names_a_stretch_with_or_without_its_layer_and_nothing_else_opens_one() {
        assertThat(TextAt.parse("120-134")).contains(new TextAt(null, 120, 134));
        assertThat(TextAt.parse("figure:120-134")).contains(new TextAt(Layer.FIGURE, 120, 134));
        assertThat(TextAt.parse("nolayer:120-134")).contains(new TextAt(null, 120, 134));
        assertThat(TextAt.parse(TextAt.of(Layer.CLAIM, 5, 7))).contains(new TextAt(Layer.CLAIM, 5, 7));
        assertThat(TextAt.parse(TextAt.of(5, 7))).contains(new TextAt(null, 5, 7));
        assertThat(TextAt.parse("120")).isEmpty();
        assertThat(TextAt.parse("1-2<script>")).isEmpty();
        assertThat(TextAt.parse("1234567890-1234567891")).isEqualTo(Optional.empty());
    }

    @Test
    void a_label_the_project_no_longer_has_shows_its_code_in_grey() {
        LabelSet labels = LabelSet.defaults();
        assertThat(SpanEditing.caption(labels, Layer.FIGURE, Labels.MONEY)).isEqualTo("Money");
        assertThat(SpanEditing.color(labels, Layer.FIGURE, Labels.MONEY)).isEqualTo("#621931");
        assertThat(SpanEditing.caption(labels, Layer.FIGURE, "gone")).isEqualTo("gone");
        assertThat(SpanEditing.color(labels, Layer.FIGURE, "gone")).isEqualTo("#64748b");
    }
}
