package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class BioTaggerTest {

    private static ExportSpan span(long id, Layer layer, String label, String text, String part) {
        int start = text.indexOf(part);
        return new ExportSpan(id, "ann", layer, label, start, start + part.length(), part, Map.of(), null, null, null);
    }

    @Test
    void spans_become_begin_inside_and_outside_tags_per_sentence() {
        String text = "Officials said 40 people died. Nobody else spoke.";
        List<BioTagger.Sentence> sentences = BioTagger.tag(
                text,
                List.of(
                        span(1, Layer.ATTRIBUTION, "source", text, "Officials"),
                        span(2, Layer.ATTRIBUTION, "cue", text, "said"),
                        span(3, Layer.FIGURE, "count", text, "40 people")),
                List.of(Layer.ATTRIBUTION, Layer.FIGURE));
        assertThat(sentences).hasSize(2);
        List<BioTagger.Token> first = sentences.getFirst().tokens();
        assertThat(first.stream().map(BioTagger.Token::text)).startsWith("Officials", "said", "40", "people", "died");
        assertThat(first.stream().map(t -> t.tags().get(Layer.ATTRIBUTION))).startsWith("B-source", "B-cue", "O", "O");
        assertThat(first.stream().map(t -> t.tags().get(Layer.FIGURE))).startsWith("O", "O", "B-count", "I-count", "O");
        assertThat(sentences.get(1).index()).isEqualTo(1);
        assertThat(sentences.get(1).tokens())
                .allSatisfy(t -> assertThat(t.tags().get(Layer.FIGURE)).isEqualTo("O"));
    }

    @Test
    void adjacent_spans_of_the_same_label_each_begin() {
        String text = "Paris London Berlin";
        List<BioTagger.Sentence> sentences = BioTagger.tag(
                text,
                List.of(
                        span(1, Layer.SOURCE, "named-organisation", text, "Paris"),
                        span(2, Layer.SOURCE, "named-organisation", text, "London Berlin")),
                List.of(Layer.SOURCE));
        assertThat(sentences.getFirst().tokens().stream().map(t -> t.tags().get(Layer.SOURCE)))
                .containsExactly("B-named-organisation", "B-named-organisation", "I-named-organisation");
    }

    @Test
    void of_overlapping_spans_the_one_starting_first_wins() {
        String text = "the senior US official said";
        List<BioTagger.Sentence> sentences = BioTagger.tag(
                text,
                List.of(
                        span(1, Layer.SOURCE, "named-organisation", text, "US"),
                        span(2, Layer.SOURCE, "unnamed-individual", text, "the senior US official")),
                List.of(Layer.SOURCE));
        assertThat(sentences.getFirst().tokens().stream().map(t -> t.tags().get(Layer.SOURCE)))
                .containsExactly(
                        "B-unnamed-individual",
                        "I-unnamed-individual",
                        "I-unnamed-individual",
                        "I-unnamed-individual",
                        "O");
    }
}
