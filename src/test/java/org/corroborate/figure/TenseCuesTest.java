package org.corroborate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseCuesTest {

    /** The tense around the first "Friday" of the sentence. */
    private static Tense aroundFriday(String sentence) {
        int start = sentence.indexOf("Friday");
        return TenseCues.around(sentence, start, start + "Friday".length());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Trump will meet Putin in Alaska on Friday.|FUTURE",
                "The two leaders are set to meet on Friday in Anchorage.|FUTURE",
                "Ahead of Friday's summit, European leaders held a call.|FUTURE",
                "Officials say they'll announce the plan on Friday.|FUTURE",
                "Trump met Putin in Alaska on Friday.|PAST",
                "On Friday, Trump met Putin in Alaska.|PAST",
                "The talks, which ended on Friday, produced no deal.|PAST",
                "He said on Friday that talks would resume.|PAST",
                "Much depends on the outcome of Friday's meeting in Alaska.|UNMARKED",
                "The U.S. president spoke. Friday's meeting is the first since 2021.|UNMARKED",
            })
    void the_nearest_cue_in_the_clause_decides(String sentence, Tense expected) {
        assertThat(aroundFriday(sentence)).isEqualTo(expected);
    }

    @Test
    void a_cue_in_another_sentence_does_not_count() {
        assertThat(aroundFriday("Trump will travel to Europe. Friday's meeting is the first since 2021."))
                .isEqualTo(Tense.UNMARKED);
    }

    @Test
    void only_the_eight_words_either_side_of_the_figure_are_read() {
        assertThat(aroundFriday("Trump will a b c d e f g Friday")).isEqualTo(Tense.FUTURE);
        assertThat(aroundFriday("Trump will a b c d e f g h Friday")).isEqualTo(Tense.UNMARKED);
        assertThat(aroundFriday("On Friday a b c d e f g Trump met Putin")).isEqualTo(Tense.UNMARKED);
        assertThat(aroundFriday("On Friday a b c d e f Trump met Putin")).isEqualTo(Tense.PAST);
        assertThat(aroundFriday("On Friday a b c d e f g set to meet")).isEqualTo(Tense.FUTURE);
    }

    @Test
    void a_clause_without_breaks_is_read_near_the_figure_only() {
        String filler = "the talks went on and on, ".repeat(8_000);
        assertThat(aroundFriday(filler + "and Trump will meet Putin on Friday, " + filler))
                .isEqualTo(Tense.FUTURE);
    }

    @Test
    void adjectives_ending_in_ed_are_not_taken_for_past_verbs() {
        assertThat(aroundFriday("The United Nations session on Friday")).isEqualTo(Tense.UNMARKED);
    }

    @Test
    void the_tense_decides_which_friday_a_bare_friday_is() {
        LocalDate thursday = LocalDate.of(2025, 8, 14);
        FigureNormaliser normaliser = FigureNormaliser.withoutProject();
        assertThat(normaliser.read("Friday", thursday).lowerDate()).contains(LocalDate.of(2025, 8, 8));
        assertThat(normaliser.read("Friday", thursday, Tense.PAST).lowerDate()).contains(LocalDate.of(2025, 8, 8));
        assertThat(normaliser.read("Friday", thursday, Tense.FUTURE).lowerDate())
                .contains(LocalDate.of(2025, 8, 15));
        // No tense: the nearer Friday, tomorrow rather than six days back.
        assertThat(normaliser.read("Friday's", thursday, Tense.UNMARKED).lowerDate())
                .contains(LocalDate.of(2025, 8, 15));
        // Published on a Monday, the nearer Friday is three days back.
        assertThat(normaliser
                        .read("Friday", LocalDate.of(2025, 8, 18), Tense.UNMARKED)
                        .lowerDate())
                .contains(LocalDate.of(2025, 8, 15));
        // Published on a Tuesday, Friday is four days back or three ahead: news tells what happened.
        assertThat(normaliser
                        .read("Friday", LocalDate.of(2025, 8, 19), Tense.UNMARKED)
                        .lowerDate())
                .contains(LocalDate.of(2025, 8, 15));
        // Published on a Wednesday, Friday two days ahead is clearly the nearer one.
        assertThat(normaliser
                        .read("Friday", LocalDate.of(2025, 8, 13), Tense.UNMARKED)
                        .lowerDate())
                .contains(LocalDate.of(2025, 8, 15));
    }

    @Test
    void a_bare_month_looks_forward_only_when_the_sentence_does() {
        LocalDate august = LocalDate.of(2025, 8, 19);
        FigureNormaliser normaliser = FigureNormaliser.withoutProject();
        assertThat(normaliser.read("in February", august, Tense.UNMARKED).lowerDate())
                .contains(LocalDate.of(2025, 2, 1));
        assertThat(normaliser.read("in February", august, Tense.FUTURE).lowerDate())
                .contains(LocalDate.of(2026, 2, 1));
        assertThat(normaliser.read("in September", august, Tense.FUTURE).lowerDate())
                .contains(LocalDate.of(2025, 9, 1));
    }
}
