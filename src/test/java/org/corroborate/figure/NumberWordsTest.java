package org.corroborate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void a_million_or_more_reads_in_words_when_exact_to_two_decimals() {
        assertThat(NumberWords.of(new BigDecimal("81000000000"))).isEqualTo("81 billion");
        assertThat(NumberWords.of(new BigDecimal("1500000"))).isEqualTo("1.5 million");
        assertThat(NumberWords.of(new BigDecimal("2250000000000"))).isEqualTo("2.25 trillion");
        assertThat(NumberWords.of(new BigDecimal("-3000000"))).isEqualTo("-3 million");
    }

    @Test
    void other_numbers_keep_every_digit_grouped_whatever_the_default_locale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(NumberWords.of(new BigDecimal("1234567"))).isEqualTo("1,234,567");
            assertThat(NumberWords.of(new BigDecimal("999999.5"))).isEqualTo("999,999.5");
            assertThat(NumberWords.of(new BigDecimal("0.25"))).isEqualTo("0.25");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_typed_bound_is_read_with_or_without_commas_and_anything_else_is_not_a_number() {
        assertThat(NumberWords.ofTyped(" 81,000,000,000 ")).contains("81 billion");
        assertThat(NumberWords.ofTyped("about ten")).isEmpty();
        assertThat(NumberWords.ofTyped("")).isEmpty();
    }
}
