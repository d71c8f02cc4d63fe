package org.corroborate.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class SourceMentionDetectorTest extends DetectorContract {

    @Override
    Detector detector() {
        return new SourceMentionDetector();
    }

    @Test
    void a_senior_official_who_speaks_is_one_unnamed_government_source() {
        String text = "A senior U.S. official said the talks would resume next month.";
        Suggestion s = only(text, Layer.SOURCE, "A senior U.S. official");
        assertThat(s.label()).isEqualTo(Labels.UNNAMED_INDIVIDUAL);
        assertThat(s.attributes())
                .containsEntry(Attributes.AFFILIATION, "government")
                .containsEntry(Attributes.PEOPLE, "1")
                .containsEntry(Attributes.ANONYMITY_REASON, "no");
    }

    @Test
    void sources_familiar_with_the_matter_are_an_unnamed_group() {
        String text = "The merger is expected to be announced on Monday, sources familiar with the matter said.";
        assertThat(only(text, Layer.SOURCE, "sources familiar with the matter").label())
                .isEqualTo(Labels.UNNAMED_GROUP);
    }

    @Test
    void officials_placed_by_their_cities_are_an_unnamed_government_group() {
        String text = "Officials in Berlin and Paris said the proposal went too far.";
        Suggestion s = only(text, Layer.SOURCE, "Officials in Berlin and Paris");
        assertThat(s.label()).isEqualTo(Labels.UNNAMED_GROUP);
        assertThat(s.attributes()).containsEntry(Attributes.AFFILIATION, "government");
    }

    @Test
    void a_stated_reason_for_anonymity_is_recorded_with_its_span_and_the_number_of_people() {
        String text = "Two people briefed on the talks, who spoke on condition of anonymity, said a deal was close.";
        Suggestion s = only(text, Layer.SOURCE, "Two people briefed on the talks");
        assertThat(s.label()).isEqualTo(Labels.UNNAMED_GROUP);
        assertThat(s.attributes())
                .containsEntry(Attributes.ANONYMITY_REASON, "yes")
                .containsEntry(Attributes.PEOPLE, "2");
        int reasonStart = Integer.parseInt(s.attributes().get(Attributes.REASON_START));
        int reasonEnd = Integer.parseInt(s.attributes().get(Attributes.REASON_END));
        assertThat(text.substring(reasonStart, reasonEnd)).contains("condition of anonymity");
    }

    @Test
    void an_anonymous_source_after_according_to_is_found() {
        String text = "The strike will start on Monday, according to a union official.";
        assertThat(only(text, Layer.SOURCE, "a union official").label()).isEqualTo(Labels.UNNAMED_INDIVIDUAL);
    }

    @Test
    void officials_who_give_no_information_are_not_sources() {
        String text = "Officials visited the flooded town on Sunday and met families.";
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void a_named_person_an_organisation_and_a_pronoun_are_told_apart() {
        String person = "Prime Minister Karl Jensen said that the budget was balanced.";
        String organisation = "The World Health Organization said that cases had doubled.";
        String pronoun = "“It is over,” she said.";
        assertThat(only(person, Layer.SOURCE, "Prime Minister Karl Jensen").label())
                .isEqualTo(Labels.NAMED_PERSON);
        assertThat(only(organisation, Layer.SOURCE, "The World Health Organization")
                        .label())
                .isEqualTo(Labels.NAMED_ORGANISATION);
        assertThat(only(pronoun, Layer.SOURCE, "she").label()).isEqualTo(Labels.PRONOUN);
    }

    @Test
    void a_report_cited_as_a_source_is_a_document() {
        String text = "Unemployment rose to 6%, according to a government report.";
        assertThat(only(text, Layer.SOURCE, "a government report").label()).isEqualTo(Labels.DOCUMENT);
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
            assertThat(FigureDetectorTest.spans(SourceMentionDetector.ANONYMOUS_SCAN.matches(text)))
                    .as(text.substring(0, Math.min(60, text.length())))
                    .isEqualTo(FigureDetectorTest.spans(SourceMentionDetector.ANONYMOUS_SCAN.matchesByFullScan(text)));
        }
    }

    @Test
    void a_count_may_come_with_any_description_of_the_unnamed_group() {
        String text = "Several key Western leaders said the offer was not enough.";
        Suggestion s = only(text, Layer.SOURCE, "Several key Western leaders");
        assertThat(s.label()).isEqualTo(Labels.UNNAMED_GROUP);
        assertThat(s.attributes()).containsEntry(Attributes.AFFILIATION, "government");
    }
}
