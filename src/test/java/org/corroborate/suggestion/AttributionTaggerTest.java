package org.corroborate.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.junit.jupiter.api.Test;

class AttributionTaggerTest {

    private static final String DOUBLED_APOSTROPHES = "The mayor spoke at length on Monday. ''If he has broken the law,"
            + " I think that is terrible,'' Mr. Jensen said. ''But this is not the same thing.''";

    @Test
    void the_trained_tagger_ships_with_the_application() {
        assertThat(AttributionTagger.standard()).isPresent();
    }

    @Test
    void a_statement_in_doubled_apostrophes_that_the_rules_miss_is_suggested_as_one_whole_frame() {
        assertThat(new AttributionDetector(false).detect(ArticleAnalysis.of(DOUBLED_APOSTROPHES)))
                .isEmpty();

        List<Suggestion> frame = new AttributionDetector().detect(ArticleAnalysis.of(DOUBLED_APOSTROPHES));

        assertThat(frame)
                .extracting(s -> s.label() + ":" + s.text(DOUBLED_APOSTROPHES))
                .containsExactly(
                        "cue:said",
                        "source:Mr. Jensen",
                        "content:''If he has broken the law, I think that is terrible,''",
                        "content:''But this is not the same thing.''");
        assertThat(frame)
                .extracting(Suggestion::frameId)
                .containsOnly(frame.get(0).frameId());
        assertThat(frame.get(0).attributes()).containsEntry(Attributes.CERTAINTY, "asserted");
    }

    @Test
    void every_tagged_frame_has_a_cue_and_content_inside_one_paragraph() {
        AttributionTagger tagger = AttributionTagger.standard().orElseThrow();
        for (SeedArticles.Seed seed : SeedArticles.load()) {
            String text = seed.text();
            List<AttributionTagger.TaggedFrame> frames = tagger.frames(ArticleAnalysis.of(text));
            assertThat(frames).as(seed.file()).isNotEmpty();
            for (AttributionTagger.TaggedFrame f : frames) {
                assertThat(f.contents()).isNotEmpty();
                int paragraphStart = text.lastIndexOf('\n', f.cue().start()) + 1;
                int paragraphEnd = text.indexOf('\n', f.cue().start());
                int end = paragraphEnd < 0 ? text.length() : paragraphEnd;
                List<TextSpan> parts = new java.util.ArrayList<>(f.contents());
                f.source().ifPresent(parts::add);
                for (TextSpan part : parts) {
                    assertThat(part.start()).as(seed.file() + " " + f).isGreaterThanOrEqualTo(paragraphStart);
                    assertThat(part.end()).as(seed.file() + " " + f).isLessThanOrEqualTo(end);
                }
            }
        }
    }

    @Test
    void tokens_keep_abbreviations_and_inner_apostrophes_whole_and_split_off_punctuation() {
        String text = "Mr. Trump’s aide said: “U.S. policy won't change.”";
        assertThat(AttributionTagger.tokens(text, 0, text.length()))
                .extracting(t -> t.of(text))
                .containsExactly(
                        "Mr.", "Trump’s", "aide", "said", ":", "“", "U.S.", "policy", "won't", "change", ".", "”");
    }

    @Test
    void the_tag_inside_a_role_must_follow_the_start_of_the_same_role() {
        assertThat(AttributionTagger.allowed("I-" + AttributionTagger.CUE, "B-" + AttributionTagger.CUE))
                .isTrue();
        assertThat(AttributionTagger.allowed("I-" + AttributionTagger.CUE, "I-" + AttributionTagger.CUE))
                .isTrue();
        assertThat(AttributionTagger.allowed("I-" + AttributionTagger.CUE, "B-" + AttributionTagger.SOURCE))
                .isFalse();
        assertThat(AttributionTagger.allowed("I-" + AttributionTagger.CUE, AttributionTagger.O))
                .isFalse();
        assertThat(AttributionTagger.allowed("B-" + AttributionTagger.CONTENT, AttributionTagger.O))
                .isTrue();
        assertThat(Labels.CUE).isEqualTo(AttributionTagger.CUE);
    }
}
