package org.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.corroborate.figure.FigureNormaliser;
import org.junit.jupiter.api.Test;

class FigureIntervalTest {

    private static final LocalDate AUGUST = LocalDate.of(2025, 8, 19);
    private final FigureNormaliser normaliser = FigureNormaliser.withoutProject();
    private final VerdictRules rules = new VerdictRules(new BigDecimal("0.10"));

    private FigureInterval read(String written) {
        return FigureInterval.of(normaliser.read(written, AUGUST), AUGUST).orElseThrow();
    }

    @Test
    void lengths_in_different_units_compare_on_one_scale() {
        assertThat(read("9 km")).isEqualTo(read("9,000 metres"));
        assertThat(rules.pair(read("9 km"), read("9,000 metres"))).isEqualTo(AutomaticVerdict.CONSISTENT);
    }

    @Test
    void durations_in_weeks_and_days_compare() {
        assertThat(rules.pair(read("two weeks"), read("14 days"))).isEqualTo(AutomaticVerdict.CONSISTENT);
    }

    @Test
    void an_open_end_does_not_touch_the_value_it_excludes() {
        FigureInterval over = read("more than 100");
        FigureInterval exactly = read("100");
        assertThat(over.overlaps(exactly)).isFalse();
        assertThat(rules.pair(over, exactly)).isEqualTo(AutomaticVerdict.COMPATIBLE);
    }

    @Test
    void figures_within_the_tolerance_are_compatible_and_beyond_it_in_conflict() {
        assertThat(rules.pair(read("$90 billion"), read("$95 billion"))).isEqualTo(AutomaticVerdict.COMPATIBLE);
        assertThat(rules.pair(read("$90 billion"), read("$140 billion"))).isEqualTo(AutomaticVerdict.CONFLICT);
    }

    @Test
    void approximate_figures_overlap_as_read() {
        assertThat(rules.pair(read("about 40"), read("42"))).isEqualTo(AutomaticVerdict.CONSISTENT);
    }

    @Test
    void dollars_and_euros_or_percent_and_points_are_not_comparable() {
        assertThat(rules.pair(read("$90 billion"), read("€90 billion"))).isEqualTo(AutomaticVerdict.NOT_COMPARABLE);
        assertThat(read("5 percent").comparableWith(read("5 percentage points")))
                .isFalse();
    }

    @Test
    void a_date_far_back_gets_more_tolerance_than_a_recent_one() {
        FigureInterval yearAgo = read("a year ago").widened(new BigDecimal("0.10"));
        FigureInterval yesterday = read("yesterday").widened(new BigDecimal("0.10"));
        long yearSpan = Objects.requireNonNull(yearAgo.upper())
                .subtract(yearAgo.lower())
                .longValue();
        long daySpan = Objects.requireNonNull(yesterday.upper())
                .subtract(yesterday.lower())
                .longValue();
        assertThat(yearSpan).isGreaterThan(daySpan + 30);
    }

    @Test
    void describes_intervals_for_people() {
        assertThat(read("over a million").describe()).isEqualTo("> 1 million");
        assertThat(read("$90 billion").describe()).isEqualTo("$90 billion");
        assertThat(read("approximately $90 billion").describe()).isEqualTo("$81 billion – $99 billion");
        assertThat(read("more than 1.5 million").describe()).isEqualTo("> 1.5 million");
        assertThat(read("in February").describe()).isEqualTo("1 Feb 2025 – 28 Feb 2025");
        assertThat(read("two weeks").describe()).isEqualTo("2 weeks");
        assertThat(read("10 days").describe()).isEqualTo("10 days");
        assertThat(new FigureInterval("duration", "s", null, new BigDecimal("5400"), true, false, null).describe())
                .isEqualTo("< 90 minutes");
        // Words only where they are exact to two decimals; otherwise every digit, grouped.
        assertThat(new FigureInterval(
                                "count", "", new BigDecimal("1234567"), new BigDecimal("1234567"), true, true, null)
                        .describe())
                .isEqualTo("1,234,567");
        assertThat(new FigureInterval("count", "", new BigDecimal("999999"), null, true, false, null).describe())
                .isEqualTo("≥ 999,999");
    }

    @Test
    void bounds_are_grouped_whatever_the_default_locale_and_other_currencies_keep_their_code() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            FigureInterval francs =
                    new FigureInterval("money", "CHF", new BigDecimal("1234567.25"), null, true, false, null);
            assertThat(francs.describe()).isEqualTo("≥ 1,234,567.25 CHF");
            assertThat(read("€2 billion").describe()).isEqualTo("€2 billion");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_figure_the_normaliser_cannot_read_has_no_interval() {
        assertThat(FigureInterval.of(normaliser.read("several", AUGUST), AUGUST))
                .isEmpty();
    }
}
