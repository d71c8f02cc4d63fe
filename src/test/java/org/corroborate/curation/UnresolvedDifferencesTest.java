package org.corroborate.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.corroborate.annotation.AnchorState;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.labels.LabelSet;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

/** What "Mark curated" warns about: positions where annotators differ and gold has nothing yet. */
class UnresolvedDifferencesTest {

    private static final String TEXT = "Trump met Zelenskiy and Macron in Washington on Monday.";
    private long ids = 1;

    private AnnotationView span(Layer layer, String label, String phrase) {
        int start = TEXT.indexOf(phrase);
        return new AnnotationView(
                ids++,
                0,
                layer,
                label,
                start,
                start + phrase.length(),
                phrase,
                Map.of(),
                null,
                null,
                null,
                null,
                AnchorState.ANCHORED,
                "someone");
    }

    private CurationDocument document(Map<String, List<AnnotationView>> byAnnotator, List<GoldSpan> gold) {
        return new CurationDocument(
                1,
                1,
                "t",
                TEXT,
                false,
                List.copyOf(byAnnotator.keySet()),
                byAnnotator,
                CurationService.compare(TEXT, byAnnotator, gold),
                gold,
                LabelSet.defaults(),
                List.of());
    }

    @Test
    void differences_on_every_layer_count_until_gold_settles_them() {
        AnnotationView trumpA = span(Layer.SOURCE, "named-person", "Trump");
        AnnotationView trumpB = span(Layer.SOURCE, "named-person", "Trump");
        AnnotationView zelenskiyA = span(Layer.SOURCE, "named-person", "Zelenskiy");
        AnnotationView zelenskiyB = span(Layer.SOURCE, "named-organisation", "Zelenskiy");
        AnnotationView macronB = span(Layer.SOURCE, "named-person", "Macron");
        AnnotationView mondayA = span(Layer.FIGURE, "date", "Monday");
        Map<String, List<AnnotationView>> byAnnotator = Map.of(
                "a", List.of(trumpA, zelenskiyA, mondayA),
                "b", List.of(trumpB, zelenskiyB, macronB));

        // Zelenskiy's label, Macron marked once, Monday marked once; Trump is agreed.
        assertThat(document(byAnnotator, List.of()).unresolvedDifferences()).isEqualTo(3);

        GoldSpan zelenskiyGold = new GoldSpan(zelenskiyA, "curator", Instant.EPOCH, null, Instant.EPOCH, null);
        assertThat(document(byAnnotator, List.of(zelenskiyGold)).unresolvedDifferences())
                .isEqualTo(2);
    }
}
