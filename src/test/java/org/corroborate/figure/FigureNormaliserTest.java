package org.corroborate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.corroborate.scheme.Attributes;
import org.jspecify.annotations.Nullable;
import org.corroborate.scheme.Labels;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureNormaliserTest {

    private static final LocalDate TUESDAY_19_AUGUST_2025 = LocalDate.of(2025, 8, 19);
    private final FigureNormaliser normaliser = new FigureNormaliser();

    private FigureReading read(String written) {
        return normaliser.read(written, TUESDAY_19_AUGUST_2025);
    }

    private static void assertInterval(FigureReading r, @Nullable String lower, @Nullable String upper) {
        assertThat(r.understood()).isTrue();
        if (lower == null) {
            assertThat(r.lower()).isNull();
        } else {
            assertThat(r.lower()).isEqualByComparingTo(lower);
        }
        if (upper == null) {
            assertThat(r.upper()).isNull();
        } else {
            assertThat(r.upper()).isEqualByComparingTo(upper);
        }
    }

    @Test
    void dimensions_and_bounds_are_the_codes_of_the_annotation_scheme() {
        assertThat(java.util.List.of(Dimensions.MONEY, Dimensions.PERCENT, Dimensions.COUNT, Dimensions.LENGTH,
                Dimensions.DURATION, Dimensions.DATE)).isSubsetOf(Labels.DEFAULTS.get(org.corroborate.scheme.Layer.FIGURE));
        assertThat(java.util.List.of(FigureReading.EXACT, FigureReading.APPROXIMATE, FigureReading.AT_LEAST,
                FigureReading.AT_MOST, FigureReading.RANGE)).containsExactlyElementsOf(Attributes.BOUNDS);
    }

    @Nested
    class Amounts {

        @Test
        void money_with_a_currency_sign_and_a_scale_word_is_exact_in_that_currency() {
            FigureReading r = read("$90 billion");
            assertInterval(r, "90000000000", "90000000000");
            assertThat(r.dimension()).isEqualTo(Labels.MONEY);
            assertThat(r.currency()).isEqualTo("USD");
            assertThat(r.bound()).isEqualTo(FigureReading.EXACT);
        }

        @Test
        void money_with_a_currency_word_after_the_number_has_its_iso_code() {
            FigureReading r = read("85 million euros");
            assertInterval(r, "85000000", "85000000");
            assertThat(r.currency()).isEqualTo("EUR");
        }

        @Test
        void an_abbreviated_scale_multiplies() {
            assertInterval(read("1.5m"), "1500000", "1500000");
            assertInterval(read("£2bn"), "2000000000", "2000000000");
        }

        @Test
        void number_words_are_counts() {
            FigureReading r = read("seven");
            assertInterval(r, "7", "7");
            assertThat(r.dimension()).isEqualTo(Labels.COUNT);
            assertInterval(read("twenty-five"), "25", "25");
            assertInterval(read("a dozen"), "12", "12");
            assertInterval(read("1,500"), "1500", "1500");
        }

        @Test
        void percentages_in_signs_or_words_are_percent() {
            assertThat(read("20%").dimension()).isEqualTo(Labels.PERCENT);
            assertInterval(read("20 per cent"), "20", "20");
        }

        @Test
        void fractions_are_percentages() {
            FigureReading r = read("two-thirds");
            assertThat(r.dimension()).isEqualTo(Labels.PERCENT);
            assertInterval(r, "66.67", "66.67");
            assertInterval(read("a quarter"), "25", "25");
            assertInterval(read("half"), "50", "50");
        }

        @Test
        void lengths_and_durations_carry_their_unit() {
            FigureReading km = read("10 kilometres");
            assertThat(km.dimension()).isEqualTo(Labels.LENGTH);
            assertThat(km.unit()).isEqualTo("km");
            FigureReading years = read("80 years");
            assertThat(years.dimension()).isEqualTo(Labels.DURATION);
            assertThat(years.unit()).isEqualTo("year");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "several", "many", "5 pounds", "a few", "$5 euros", "banana",
                "10 to 9", "12 points", "seven wonders"})
        void unknown_or_ambiguous_wording_is_not_understood(String written) {
            assertThat(read(written).understood()).isFalse();
        }
    }

    @Nested
    class Qualifiers {

        @Test
        void over_and_more_than_are_exclusive_lower_bounds() {
            for (String written : new String[] {"over a million", "more than a million"}) {
                FigureReading r = read(written);
                assertInterval(r, "1000000", null);
                assertThat(r.bound()).isEqualTo(FigureReading.AT_LEAST);
                assertThat(r.lowerInclusive()).isFalse();
            }
        }

        @Test
        void at_least_is_an_inclusive_lower_bound_and_keeps_the_unit() {
            FigureReading r = read("at least eight times");
            assertInterval(r, "8", null);
            assertThat(r.lowerInclusive()).isTrue();
            assertThat(r.unit()).isEqualTo("times");
        }

        @Test
        void up_to_and_fewer_than_are_upper_bounds() {
            FigureReading upTo = read("up to 40");
            assertThat(upTo.bound()).isEqualTo(FigureReading.AT_MOST);
            assertThat(upTo.upperInclusive()).isTrue();
            FigureReading fewer = read("fewer than 40");
            assertInterval(fewer, null, "40");
            assertThat(fewer.upperInclusive()).isFalse();
        }

        @Test
        void approximate_wording_widens_by_ten_percent_by_default() {
            FigureReading r = read("roughly 20%");
            assertInterval(r, "18", "22");
            assertThat(r.approximate()).isTrue();
            assertThat(r.bound()).isEqualTo(FigureReading.APPROXIMATE);
            assertInterval(read("about 40"), "36", "44");
            assertInterval(read("approximately $90 billion"), "81000000000", "99000000000");
        }

        @Test
        void the_approximate_width_is_configurable() {
            assertInterval(new FigureNormaliser(new BigDecimal("0.25")).read("about 40"), "30", "50");
        }

        @Test
        void nearly_stays_below_the_number() {
            FigureReading r = read("nearly 11 years");
            assertInterval(r, "9.9", "11");
            assertThat(r.approximate()).isTrue();
        }

        @Test
        void within_a_duration_is_at_most() {
            FigureReading r = read("within the next two weeks");
            assertInterval(r, null, "2");
            assertThat(r.unit()).isEqualTo("week");
        }

        @Test
        void a_trailing_or_more_is_at_least() {
            assertThat(read("40 or more").bound()).isEqualTo(FigureReading.AT_LEAST);
        }
    }

    @Nested
    class Ranges {

        @Test
        void between_shares_the_unit_written_once() {
            FigureReading r = read("between 9 and 10 kilometers");
            assertInterval(r, "9", "10");
            assertThat(r.bound()).isEqualTo(FigureReading.RANGE);
            assertThat(r.unit()).isEqualTo("km");
        }

        @Test
        void a_scale_written_once_applies_to_both_ends_unless_that_inverts_the_range() {
            assertInterval(read("9 to 10 million"), "9000000", "10000000");
            assertInterval(read("between 500 and 1 million"), "500", "1000000");
        }

        @Test
        void weeks_and_days_meet_in_days() {
            FigureReading r = read("next week to 10 days");
            assertInterval(r, "7", "10");
            assertThat(r.unit()).isEqualTo("day");
            assertThat(r.dimension()).isEqualTo(Labels.DURATION);
        }

        @Test
        void a_dash_range_of_percentages() {
            assertInterval(read("5–10%"), "5", "10");
        }
    }

    @Nested
    class VagueMagnitudes {

        @Test
        void tens_of_thousands_is_at_least_ten_thousand_and_approximate() {
            FigureReading r = read("tens of thousands");
            assertInterval(r, "10000", null);
            assertThat(r.bound()).isEqualTo(FigureReading.AT_LEAST);
            assertThat(r.approximate()).isTrue();
        }

        @Test
        void a_plural_magnitude_is_at_least_two_of_it() {
            assertInterval(read("millions"), "2000000", null);
            assertInterval(read("thousands"), "2000", null);
        }
    }

    @Nested
    class Dates {

        private static void assertDates(FigureReading r, LocalDate from, LocalDate to) {
            assertThat(r.understood()).isTrue();
            assertThat(r.dimension()).isEqualTo(Labels.DATE);
            assertThat(r.lowerDate()).contains(from);
            assertThat(r.upperDate()).contains(to);
        }

        @Test
        void a_month_and_year_is_the_whole_month() {
            assertDates(read("June 2024"), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30));
        }

        @Test
        void a_full_date_is_one_day() {
            assertDates(read("August 19, 2025"), LocalDate.of(2025, 8, 19), LocalDate.of(2025, 8, 19));
            assertDates(read("19 August 2025"), LocalDate.of(2025, 8, 19), LocalDate.of(2025, 8, 19));
        }

        @Test
        void a_month_alone_is_the_latest_one_not_after_publication() {
            assertDates(read("in February"), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
            assertDates(read("in September"), LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30));
        }

        @Test
        void last_friday_is_the_friday_before_publication() {
            assertDates(read("last Friday"), LocalDate.of(2025, 8, 15), LocalDate.of(2025, 8, 15));
        }

        @Test
        void a_bare_weekday_points_both_ways_and_is_not_understood() {
            assertThat(read("on Monday").understood()).isFalse();
        }

        @Test
        void a_year_ago_is_approximate_around_the_same_day_last_year() {
            FigureReading r = read("a year ago");
            assertThat(r.approximate()).isTrue();
            assertThat(r.lowerDate()).contains(LocalDate.of(2024, 8, 19).minusDays(36));
            assertThat(r.upperDate()).contains(LocalDate.of(2024, 8, 19).plusDays(36));
        }

        @Test
        void a_year_is_the_whole_year() {
            assertDates(read("2022"), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        }

        @Test
        void this_week_and_earlier_this_week_follow_the_publication_week() {
            assertDates(read("this week"), LocalDate.of(2025, 8, 18), LocalDate.of(2025, 8, 24));
            assertDates(read("earlier this week"), LocalDate.of(2025, 8, 18), LocalDate.of(2025, 8, 19));
            assertDates(read("yesterday"), LocalDate.of(2025, 8, 18), LocalDate.of(2025, 8, 18));
        }

        @Test
        void relative_dates_without_a_publication_date_are_not_understood() {
            assertThat(normaliser.read("last Friday").understood()).isFalse();
            assertThat(normaliser.read("in February").understood()).isFalse();
            assertThat(normaliser.read("June 2024").understood()).isTrue();
        }

        @Test
        void an_impossible_date_is_not_understood() {
            assertThat(read("February 30, 2025").understood()).isFalse();
        }
    }
}
