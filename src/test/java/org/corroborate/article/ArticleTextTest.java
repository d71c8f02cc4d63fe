package org.corroborate.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void a_short_first_line_is_the_headline() {
        ArticleText.Title title = ArticleText.title("Trump Pledges Support\nBody text here.");
        assertThat(title.text()).isEqualTo("Trump Pledges Support");
        assertThat(title.fromHeadline()).isTrue();
    }

    @Test
    void a_paragraph_as_first_line_is_body_and_the_title_is_made_from_its_first_sentence() {
        String paragraph = "The recent summit in Alaska between the two presidents has triggered a wave of concern. "
                + "For Ukraine and its allies, this raised fresh concerns that Washington might be prepared to endorse"
                + " conditions that were long rejected by Kyiv and by most of its European partners in the alliance.";
        ArticleText.Title title = ArticleText.title(paragraph + "\nMore.");
        assertThat(title.fromHeadline()).isFalse();
        assertThat(title.text())
                .isEqualTo("The recent summit in Alaska between the two presidents has triggered a wave of concern.");
    }

    @Test
    void a_long_first_sentence_is_shortened_at_a_word_boundary() {
        String words = "word ".repeat(60).strip();
        ArticleText.Title title = ArticleText.title(words);
        assertThat(title.text()).endsWith("…").hasSizeLessThanOrEqualTo(ArticleText.DERIVED_TITLE_LENGTH + 1);
        assertThat(title.text()).doesNotContain("wor…");
    }

    @Test
    void words_are_counted_with_contractions_and_numbers_as_one() {
        assertThat(ArticleText.wordCount("Ukraine’s war, now in its fourth year, cost $90.5 billion."))
                .isEqualTo(10);
        assertThat(ArticleText.wordCount("")).isZero();
    }

    @Test
    void the_fingerprint_ignores_rewrapping_but_not_wording() {
        assertThat(ArticleText.fingerprint("A  b\nc\n")).isEqualTo(ArticleText.fingerprint("A b c"));
        assertThat(ArticleText.fingerprint("A b c")).isNotEqualTo(ArticleText.fingerprint("A b d"));
    }

    @Test
    void a_derived_title_does_not_stop_at_initials_or_titles_inside_the_first_sentence() {
        String paragraph =
                "On Monday, U.S. President Donald Trump told Mr. Zelenskyy that the United States would help."
                        + " Then more happened in a long paragraph that goes on and on.".repeat(4);
        assertThat(ArticleText.title(paragraph + "\nMore.").text())
                .isEqualTo(
                        "On Monday, U.S. President Donald Trump told Mr. Zelenskyy that the United States would help.");
    }
}
