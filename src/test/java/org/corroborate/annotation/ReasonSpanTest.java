package org.corroborate.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonSpanTest {

    private static final String TEXT = "Officials spoke anonymously last year. Much later in the story, a diplomat, "
            + "speaking anonymously because the talks were private, said the deal was close.";

    @Test
    void the_occurrence_nearest_the_mention_is_chosen() {
        int mention = TEXT.indexOf("a diplomat");
        int[] span = ReasonSpan.locate(TEXT, "speaking anonymously", mention, mention + "a diplomat".length())
                .orElseThrow();
        assertThat(TEXT.substring(span[0], span[1])).isEqualTo("speaking anonymously");
        assertThat(span[0]).isGreaterThan(mention);
    }

    @Test
    void a_phrase_far_from_the_mention_or_absent_is_not_found() {
        String far = "a source said it. " + "Filler words here. ".repeat(40) + "He spoke on condition of anonymity.";
        assertThat(ReasonSpan.locate(far, "on condition of anonymity", 0, 8)).isEmpty();
        assertThat(ReasonSpan.locate(TEXT, "not in the text", 0, 9)).isEmpty();
        assertThat(ReasonSpan.locate(TEXT, "   ", 0, 9)).isEmpty();
    }
}
