package org.corroborate.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.figure.FigureNormaliser;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class ParagraphBoundsTest {

    private static final String TEXT = "Officials said\n\nthe talks, which “went well.\nThey will go on,” he added.";

    private static Suggestion part(String label, String exact, String frame) {
        int start = TEXT.indexOf(exact);
        return new Suggestion("attributions", Layer.ATTRIBUTION, label, start, start + exact.length(), Map.of(), frame);
    }

    private static List<String> texts(List<Suggestion> suggestions) {
        return suggestions.stream()
                .map(s -> s.label() + ":" + s.text(TEXT))
                .sorted()
                .toList();
    }

    @Test
    void no_suggestion_on_the_seed_articles_crosses_a_paragraph() {
        List<String> crossing = new ArrayList<>();
        Detectors detectors = Detectors.standard(FigureNormaliser.withoutProject());
        for (SeedArticles.Seed seed : SeedArticles.load()) {
            for (Suggestion s : detectors.detect(seed.text(), seed.published())) {
                if (s.text(seed.text()).contains("\n")) {
                    crossing.add(seed.file() + " " + s.layer().code() + ":" + s.label() + " "
                            + s.text(seed.text()).replace("\n", "⏎"));
                }
            }
        }
        assertThat(crossing).isEmpty();
    }

    @Test
    void a_source_across_a_paragraph_break_keeps_the_piece_in_its_cues_paragraph() {
        List<Suggestion> clipped = ParagraphBounds.apply(
                TEXT,
                List.of(part(Labels.CUE, "said", "a1"), part(Labels.SOURCE, "Officials said\n\nthe talks", "a1")));
        assertThat(texts(clipped)).containsExactly("cue:said", "source:Officials said");
    }

    @Test
    void a_content_across_paragraphs_becomes_one_content_per_paragraph() {
        List<Suggestion> clipped = ParagraphBounds.apply(
                TEXT,
                List.of(part(Labels.CUE, "added", "a1"), part(Labels.CONTENT, "went well.\nThey will go on,", "a1")));
        assertThat(texts(clipped)).containsExactly("content:They will go on,", "content:went well.", "cue:added");
        assertThat(clipped).allMatch(s -> "a1".equals(s.frameId()));
    }

    @Test
    void a_source_mention_is_cut_like_the_attribution_source_at_its_span_and_blank_pieces_go() {
        Suggestion source = part(Labels.SOURCE, "Officials said\n\nthe talks", "a1");
        Suggestion mention = new Suggestion(
                "sources", Layer.SOURCE, Labels.UNNAMED_GROUP, source.start(), source.end(), Map.of(), null);
        int blank = TEXT.indexOf("\n\n");
        Suggestion onlyBreaks = new Suggestion("figures", Layer.FIGURE, Labels.COUNT, blank, blank + 2, Map.of(), null);
        List<Suggestion> clipped =
                ParagraphBounds.apply(TEXT, List.of(mention, part(Labels.CUE, "said", "a1"), source, onlyBreaks));
        assertThat(texts(clipped)).containsExactly("cue:said", "source:Officials said", "unnamed-group:Officials said");
    }

    @Test
    void suggestions_within_a_paragraph_are_left_as_they_are() {
        List<Suggestion> within = List.of(part(Labels.CUE, "added", "a1"), part(Labels.SOURCE, "he", "a1"));
        assertThat(ParagraphBounds.apply(TEXT, within)).isSameAs(within);
    }
}
