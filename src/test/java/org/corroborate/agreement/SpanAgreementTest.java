package org.corroborate.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class SpanAgreementTest {

    private static final String TEXT = "Officials said the talks stalled. A source said $90 billion was offered.";
    private static final List<String> RATERS = List.of("ann", "bob", "cat");

    private static AgreementSpan span(String who, Layer layer, String label, String quote) {
        int start = TEXT.indexOf(quote);
        return new AgreementSpan(who, 7, layer, label, start, start + quote.length(), null);
    }

    private static AgreementSpan part(String who, String frame, String label, String quote) {
        int start = TEXT.indexOf(quote);
        return new AgreementSpan(who, 7, Layer.ATTRIBUTION, label, start, start + quote.length(), frame);
    }

    @Test
    void spans_match_only_at_the_same_layer_and_offsets() {
        List<AgreementSpan> spans = List.of(
                span("ann", Layer.SOURCE, "named-organisation", "Officials"),
                span("bob", Layer.SOURCE, "unnamed-group", "Officials"),
                span("ann", Layer.SOURCE, "unnamed-individual", "A source"),
                span("bob", Layer.SOURCE, "unnamed-individual", "A source said"), // other end: another position
                span("ann", Layer.FIGURE, "money", "$90 billion"));

        LabelStudy study = LabelStudy.of(
                List.of("ann", "bob"),
                spans.stream().filter(s -> s.layer() == Layer.SOURCE).toList());

        assertThat(study.units()).hasSize(3);
        assertThat(study.completeUnits())
                .singleElement()
                .satisfies(u -> assertThat(u.labels()).containsExactly("named-organisation", "unnamed-group"));
    }

    @Test
    void report_has_a_pair_per_two_raters_counts_per_label_and_lists_each_disagreement_with_its_text() {
        List<AgreementSpan> spans = List.of(
                span("ann", Layer.SOURCE, "unnamed-group", "Officials"),
                span("bob", Layer.SOURCE, "unnamed-group", "Officials"),
                span("cat", Layer.SOURCE, "unnamed-group", "Officials"),
                span("ann", Layer.SOURCE, "unnamed-individual", "A source"),
                span("bob", Layer.SOURCE, "unnamed-individual", "A source"),
                span("cat", Layer.SOURCE, "unnamed-group", "A source"),
                span("ann", Layer.SOURCE, "document", "the talks"));

        SpanAgreement.Report report = new SpanAgreement().analyse(Layer.SOURCE, RATERS, spans, Map.of(7L, TEXT));

        assertThat(report.units()).isEqualTo(3);
        assertThat(report.pairs())
                .extracting(p -> p.a() + "-" + p.b())
                .containsExactly("ann-bob", "ann-cat", "bob-cat");
        assertThat(report.pairs().getFirst().cohen().value()).isCloseTo(1.0, within(1e-9));
        assertThat(report.labels())
                .extracting(SpanAgreement.LabelRow::label)
                .containsExactly("document", "unnamed-group", "unnamed-individual");
        assertThat(report.labels().get(1).countsByRater())
                .containsEntry("cat", 2L)
                .containsEntry("ann", 1L);
        assertThat(report.disagreements())
                .extracting(SpanAgreement.Disagreement::text)
                .containsExactly("the talks", "A source");
        assertThat(report.disagreements().get(1).labelsByRater())
                .containsEntry("cat", "unnamed-group")
                .containsEntry("bob", "unnamed-individual");
        assertThat(report.disagreements().getFirst().labelsByRater()).containsOnlyKeys("ann");
        assertThat(report.articles())
                .singleElement()
                .satisfies(a -> assertThat(a.units()).isEqualTo(3));
        assertThat(report.unitizing().defined()).isTrue();
        assertThat(report.frames()).isNull();
    }

    @Test
    void frames_agree_only_when_cue_source_and_content_all_match() {
        List<AgreementSpan> spans = List.of(
                part("ann", "f1", "cue", "said"),
                part("ann", "f1", "source", "Officials"),
                part("ann", "f1", "content", "the talks stalled"),
                part("bob", "g1", "cue", "said"),
                part("bob", "g1", "source", "Officials"),
                part("bob", "g1", "content", "the talks stalled"),
                part("ann", "f2", "cue", "said $90"),
                part("ann", "f2", "source", "A source"),
                part("bob", "g2", "cue", "said $90"),
                part("bob", "g2", "source", "A source said"));

        SpanAgreement.Report report =
                new SpanAgreement().analyse(Layer.ATTRIBUTION, List.of("ann", "bob"), spans, Map.of(7L, TEXT));

        SpanAgreement.FrameAgreement frames = Objects.requireNonNull(report.frames());
        assertThat(frames.frames()).isEqualTo(2);
        assertThat(frames.fullyMatched()).isEqualTo(1);
    }

    @Test
    void identical_spans_of_two_raters_have_unitizing_alpha_one() {
        List<AgreementSpan> spans = List.of(
                span("ann", Layer.CLAIM, "factual", "the talks stalled"),
                span("bob", Layer.CLAIM, "factual", "the talks stalled"),
                span("ann", Layer.CLAIM, "factual", "$90 billion was offered"),
                span("bob", Layer.CLAIM, "factual", "$90 billion was offered"));

        SpanAgreement.Report report =
                new SpanAgreement().analyse(Layer.CLAIM, List.of("ann", "bob"), spans, Map.of(7L, TEXT));

        assertThat(report.unitizing().value()).isCloseTo(1.0, within(1e-9));
        assertThat(report.disagreements()).isEmpty();
    }
}
