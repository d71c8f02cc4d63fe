package org.corroborate.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextAnchoringTest {

    private static final String TEXT = "Officials said the talks failed. Later, officials said the talks resumed.";

    @Test
    void a_quote_still_at_its_place_stays_there() {
        TextQuote quote = TextQuote.capture(TEXT, 0, 9);
        assertThat(TextAnchoring.reanchor(quote, TEXT)).contains(quote);
    }

    @Test
    void text_inserted_before_a_span_moves_it_with_its_quote() {
        TextQuote quote = TextQuote.capture(TEXT, TEXT.indexOf("the talks resumed"), TEXT.length() - 1);
        String changed = "Share this: Facebook\n" + TEXT;
        TextQuote moved = TextAnchoring.reanchor(quote, changed).orElseThrow();
        assertThat(changed.substring(moved.start(), moved.end())).isEqualTo("the talks resumed");
        assertThat(moved.start()).isEqualTo(quote.start() + "Share this: Facebook\n".length());
    }

    @Test
    void among_repeated_quotes_the_one_with_matching_context_wins() {
        int second = TEXT.lastIndexOf("said");
        TextQuote quote = TextQuote.capture(TEXT, second, second + 4);
        // Shifting the text makes the first "said" nearer the old offset; its context still points at the second.
        String changed = TEXT.substring(0, 33) + "x".repeat(40) + TEXT.substring(33);
        TextQuote found = TextAnchoring.reanchor(quote, changed).orElseThrow();
        assertThat(found.start()).isEqualTo(changed.lastIndexOf("said"));
    }

    @Test
    void a_quote_that_is_gone_cannot_be_reanchored() {
        TextQuote quote = TextQuote.capture(TEXT, TEXT.indexOf("failed"), TEXT.indexOf("failed") + 6);
        assertThat(TextAnchoring.reanchor(quote, TEXT.replace("failed", "stalled")))
                .isEmpty();
    }

    @Test
    void capture_refuses_empty_and_outside_spans() {
        assertThatThrownBy(() -> TextQuote.capture(TEXT, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextQuote.capture(TEXT, 5, TEXT.length() + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void context_is_kept_on_both_sides_up_to_its_limit() {
        TextQuote quote = TextQuote.capture(TEXT, TEXT.indexOf("Later"), TEXT.indexOf("Later") + 5);
        assertThat(quote.prefix()).hasSize(TextQuote.CONTEXT).isEqualTo("fficials said the talks failed. ");
        assertThat(quote.suffix()).hasSize(TextQuote.CONTEXT).startsWith(", officials said");
    }
}
