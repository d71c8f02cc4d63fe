package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void words_are_lower_cased_with_possessives_and_typographic_apostrophes_folded() {
        assertThat(Words.all("Ukraine’s U.S. high-stakes Summit, don't"))
                .containsExactly("ukraine", "u.s", "high-stakes", "summit", "don't");
    }

    @Test
    void content_words_leave_out_stop_words_reporting_verbs_and_single_characters() {
        assertThat(Words.content("Trump said that the guarantees would be a major step, x 2"))
                .containsExactly("trump", "guarantees", "major", "step");
    }

    @Test
    void letters_of_any_script_and_digits_are_words() {
        assertThat(Words.all("Зеленський — 90 billion, Ελλάδα"))
                .containsExactly("зеленський", "90", "billion", "ελλάδα");
    }
}
