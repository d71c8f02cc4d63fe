package org.corroborate.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class AttributionDetectorTest extends DetectorContract {

    @Override
    Detector detector() {
        return new AttributionDetector();
    }

    /** The parts of the frame whose cue reads {@code cue}, as "label:text". */
    private List<String> frameOf(String text, String cue) {
        List<Suggestion> found = detect(text);
        Suggestion c = found.stream()
                .filter(s -> s.label().equals(Labels.CUE) && s.text(text).equals(cue))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cue «" + cue + "» in "
                        + found.stream().map(s -> describe(s, text)).toList()));
        String frame = Objects.requireNonNull(c.frameId(), "a cue starts a frame");
        return found.stream()
                .filter(s -> frame.equals(s.frameId()))
                .map(s -> s.label() + ":" + s.text(text))
                .toList();
    }

    @Test
    void according_to_names_the_source_and_the_rest_of_the_sentence_is_the_content() {
        String text = "The airline lost $2 billion last year, according to the company's annual report.";
        assertThat(frameOf(text, "according to"))
                .containsExactlyInAnyOrder(
                        "cue:according to",
                        "source:the company's annual report",
                        "content:The airline lost $2 billion last year");
    }

    @Test
    void according_to_at_the_start_takes_the_clause_after_the_comma() {
        String text = "According to U.S. officials, the ceasefire will hold until Friday.";
        assertThat(frameOf(text, "According to"))
                .containsExactlyInAnyOrder(
                        "cue:According to", "source:U.S. officials", "content:the ceasefire will hold until Friday");
    }

    @Test
    void told_reporters_is_one_cue_with_the_source_before_it() {
        String text = "The governor told reporters that the bridge would reopen in May.";
        assertThat(frameOf(text, "told reporters"))
                .containsExactlyInAnyOrder(
                        "cue:told reporters", "source:The governor", "content:the bridge would reopen in May");
    }

    @Test
    void said_on_a_weekday_that_takes_the_clause_after_that_as_content() {
        String text = "The health minister said on Tuesday that hospitals were running out of beds.";
        assertThat(frameOf(text, "said"))
                .containsExactlyInAnyOrder(
                        "cue:said", "source:The health minister", "content:hospitals were running out of beds");
    }

    @Test
    void a_quotation_before_an_inverted_cue_is_the_content_and_the_name_after_it_the_source() {
        String text = "“We will not back down,” said Maria Gonzalez, the union's leader.";
        assertThat(frameOf(text, "said"))
                .containsExactlyInAnyOrder("cue:said", "source:Maria Gonzalez", "content:We will not back down");
    }

    @Test
    void a_quotation_that_goes_on_after_the_cue_is_a_second_content_part() {
        String text = "“The money is gone,” the auditor said. “Nobody can tell us where it went.”";
        assertThat(frameOf(text, "said"))
                .containsExactlyInAnyOrder(
                        "cue:said",
                        "source:the auditor",
                        "content:The money is gone",
                        "content:Nobody can tell us where it went.");
    }

    @Test
    void a_direct_quotation_is_asserted_and_a_paraphrase_is_reported_speech() {
        String quoted = "“Prices will fall,” the central bank governor said.";
        String paraphrase = "The central bank governor said that prices would fall.";
        assertThat(only(quoted, Layer.ATTRIBUTION, "said").attributes())
                .containsEntry(Attributes.CERTAINTY, "asserted");
        assertThat(only(paraphrase, Layer.ATTRIBUTION, "said").attributes())
                .containsEntry(Attributes.CERTAINTY, "reported-speech");
    }

    @Test
    void suggested_and_may_have_before_the_cue_are_hedged() {
        String suggested = "Economists suggested that the recession was over.";
        String mayHave = "The minister may have told colleagues that the figures were wrong.";
        assertThat(only(suggested, Layer.ATTRIBUTION, "suggested").attributes())
                .containsEntry(Attributes.CERTAINTY, "hedged");
        assertThat(only(mayHave, Layer.ATTRIBUTION, "told").attributes()).containsEntry(Attributes.CERTAINTY, "hedged");
    }

    @Test
    void a_reporting_verb_inside_a_quotation_is_not_a_cue() {
        String text = "“Nobody said that it would be easy,” the coach said.";
        assertThat(quotes(text, Layer.ATTRIBUTION, Labels.CUE)).containsExactly("said");
        assertThat(frameOf(text, "said")).contains("source:the coach");
    }

    @Test
    void a_verb_that_does_not_report_speech_without_that_is_not_a_cue() {
        String text = "The company announced plans for a new factory in Ohio.";
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void each_attribution_has_its_own_frame() {
        String text = "The mayor said that taxes would rise. The opposition leader said that they would not.";
        List<Suggestion> cues =
                detect(text).stream().filter(s -> s.label().equals(Labels.CUE)).toList();
        assertThat(cues).hasSize(2);
        assertThat(cues.get(0).frameId()).isNotEqualTo(cues.get(1).frameId());
    }

    @Test
    void trying_the_pattern_only_at_word_starts_finds_exactly_what_a_full_scan_finds() {
        List<String> texts = new java.util.ArrayList<>(List.of(
                NEWS,
                "U.S. officials, US officials and EU diplomats; "
                        + "high-ranking officers, well-placed sources, White House aides, 3 officials, Two spokesmen, "
                        + "ACCORDING TO officials, Said, unsaid, résaid, 5said, _said, according to"));
        hostileTexts().forEach(texts::add);
        SeedArticles.load().forEach(seed -> texts.add(seed.text()));
        texts.addAll(DetectorBenchmark.generated(5, 400, 7));
        for (String text : texts) {
            assertThat(FigureDetectorTest.spans(AttributionDetector.CUE_SCAN.matches(text)))
                    .as(text.substring(0, Math.min(60, text.length())))
                    .isEqualTo(FigureDetectorTest.spans(AttributionDetector.CUE_SCAN.matchesByFullScan(text)));
        }
    }

    @Test
    void a_participle_cue_after_a_quotation_is_said_by_the_source_of_the_cue_before_it() {
        String text = "“We are ready,” the coach told reporters, adding that two players were injured.";
        assertThat(frameOf(text, "adding"))
                .containsExactlyInAnyOrder("cue:adding", "source:the coach", "content:two players were injured");
    }

    @Test
    void saying_pledged_and_denies_are_cues() {
        assertThat(frameOf("The mayor resigned on Friday, saying that she had lost the council's trust.", "saying"))
                .contains("source:The mayor", "content:she had lost the council's trust");
        assertThat(frameOf("The governor pledged that no school would close.", "pledged"))
                .contains("source:The governor", "content:no school would close");
        assertThat(frameOf("The company denies that it broke the law.", "denies"))
                .contains("source:The company");
    }

    @Test
    void a_relative_clause_cue_is_said_by_its_antecedent_and_its_content_ends_with_the_clause() {
        String text = "The plan worried Ottawa, which has long argued that the tariffs were illegal, and others.";
        assertThat(frameOf(text, "argued"))
                .containsExactlyInAnyOrder("cue:argued", "source:Ottawa", "content:the tariffs were illegal");
    }

    @Test
    void a_that_less_clause_with_a_subject_and_an_auxiliary_is_content_even_after_a_verb_that_needs_that() {
        String text = "Leaked documents suggested the minister had known about the losses.";
        assertThat(frameOf(text, "suggested"))
                .containsExactlyInAnyOrder(
                        "cue:suggested", "source:Leaked documents", "content:the minister had known about the losses");
    }

    @Test
    void a_cue_in_a_second_verb_phrase_is_said_by_the_subject_of_the_sentence() {
        String text = "The central bank welcomed the budget but warned that inflation would stay high.";
        assertThat(frameOf(text, "warned"))
                .containsExactlyInAnyOrder(
                        "cue:warned", "source:The central bank", "content:inflation would stay high");
    }
}
