package org.corroborate.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void a_paragraph_no_longer_than_the_limit_is_one_block() {
        assertThat(TextBlocks.split("one two", 10)).containsExactly("one two");
        assertThat(TextBlocks.split("", 10)).containsExactly("");
    }

    @Test
    void a_long_paragraph_is_cut_after_white_space_and_the_blocks_joined_are_the_paragraph() {
        String text = "alpha beta gamma delta epsilon zeta eta theta";
        List<String> blocks = TextBlocks.split(text, 12);
        assertThat(blocks).containsExactly("alpha beta ", "gamma delta ", "epsilon ", "zeta eta ", "theta");
        assertThat(String.join("", blocks)).isEqualTo(text);
    }

    @Test
    void without_white_space_it_is_cut_at_the_limit_but_never_inside_a_surrogate_pair() {
        String emoji = "🎉".repeat(10);
        List<String> blocks = TextBlocks.split(emoji, 7);
        assertThat(blocks)
                .allSatisfy(b -> assertThat(Character.isHighSurrogate(b.charAt(b.length() - 1)))
                        .isFalse())
                .allSatisfy(b -> assertThat(b.length()).isLessThanOrEqualTo(7));
        assertThat(String.join("", blocks)).isEqualTo(emoji);
    }

    @Test
    void a_five_megabyte_line_becomes_blocks_of_at_most_the_limit() {
        String line = "officials said the ministry reported ".repeat(140_000);
        List<String> blocks = TextBlocks.split(line, TextBlocks.MAX_BLOCK);
        assertThat(blocks)
                .hasSizeGreaterThan(line.length() / TextBlocks.MAX_BLOCK)
                .allSatisfy(b -> assertThat(b.length()).isLessThanOrEqualTo(TextBlocks.MAX_BLOCK));
        assertThat(String.join("", blocks)).isEqualTo(line);
    }
}
