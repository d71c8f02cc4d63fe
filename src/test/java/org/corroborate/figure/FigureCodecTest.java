package org.corroborate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.corroborate.scheme.Attributes;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureCodecTest {

    private static final LocalDate AUGUST_19 = LocalDate.of(2025, 8, 19);
    private static final FigureNormaliser READING = FigureNormaliser.withoutProject();

    /**
     * One figure per row: what the normaliser reads, as the attributes write it and as the columns store it. An
     * empty cell is an open end or no unit/currency. Dates are ISO days in attributes, epoch days in columns.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            $90 billion                | money    | exact       | 90000000000  | 90000000000  | 90000000000  | 90000000000  | USD | USD
            approximately $90 billion  | money    | approximate | 81000000000  | 99000000000  | 81000000000  | 99000000000  | USD | USD
            85 million euros           | money    | exact       | 85000000     | 85000000     | 85000000     | 85000000     | EUR | EUR
            £5.5 million               | money    | exact       | 5500000      | 5500000      | 5500000      | 5500000      | GBP | GBP
            more than a million people | count    | at-least    | 1000000      |              | 1000000      |              |     |
            up to 300                  | count    | at-most     |              | 300          |              | 300          |     |
            between 10 and 20          | count    | range       | 10           | 20           | 10           | 20           |     |
            40%                        | percent  | exact       | 40           | 40           | 40           | 40           | %   |
            9 km                       | length   | exact       | 9            | 9            | 9            | 9            | km  |
            February 2025              | date     | exact       | 2025-02-01   | 2025-02-28   | 20120        | 20147        | day |
            a year ago                 | date     | approximate | 2024-07-14   | 2024-09-24   | 19918        | 19990        | day |
            """)
    void a_reading_writes_its_attributes_and_columns_and_reads_back_from_either(
            String written,
            String dimension,
            String bound,
            @Nullable String lowerAttribute,
            @Nullable String upperAttribute,
            @Nullable String lowerColumn,
            @Nullable String upperColumn,
            @Nullable String unit,
            @Nullable String currency) {
        FigureReading read = READING.read(written, AUGUST_19);
        assertThat(read.understood()).as("read").isTrue();
        assertThat(read.dimension()).isEqualTo(dimension);

        Map<String, String> attributes = FigureCodec.attributes(read);
        assertThat(attributes.get(Attributes.BOUND)).isEqualTo(bound);
        assertThat(attributes.get(Attributes.LOWER)).isEqualTo(lowerAttribute);
        assertThat(attributes.get(Attributes.UPPER)).isEqualTo(upperAttribute);
        assertThat(attributes.get(Attributes.UNIT)).isEqualTo(unit);
        assertThat(attributes.get(Attributes.CURRENCY)).isEqualTo(currency);

        FigureCodec.Columns columns = FigureCodec.columns(read);
        assertThat(columns.dimension()).isEqualTo(dimension);
        assertThat(columns.bound()).isEqualTo(bound);
        assertThat(columns.lower()).isEqualTo(lowerColumn);
        assertThat(columns.upper()).isEqualTo(upperColumn);
        assertThat(columns.unit()).isEqualTo(unit);
        assertThat(columns.currency()).isEqualTo(currency);

        FigureReading fromAttributes =
                FigureCodec.fromAttributes(dimension, attributes).orElseThrow();
        FigureReading fromColumns = FigureCodec.fromColumns(columns).orElseThrow();
        for (FigureReading back : new FigureReading[] {fromAttributes, fromColumns}) {
            assertThat(back.dimension()).isEqualTo(dimension);
            assertThat(back.bound()).isEqualTo(bound);
            assertSameEnd(back.lower(), read.lower());
            assertSameEnd(back.upper(), read.upper());
            assertThat(back.unit()).isEqualTo(read.unit());
            assertThat(back.currency()).isEqualTo(currency);
            assertThat(back.approximate()).isEqualTo(FigureReading.APPROXIMATE.equals(bound));
        }
        assertThat(FigureCodec.columns(fromAttributes))
                .as("attributes and columns carry the same reading")
                .isEqualTo(columns);
        assertThat(FigureCodec.attributes(fromColumns)).isEqualTo(attributes);
    }

    private static void assertSameEnd(@Nullable BigDecimal actual, @Nullable BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    @Test
    void a_reading_not_understood_writes_nothing_and_nothing_reads_back_as_none() {
        FigureReading none = FigureReading.notUnderstood();
        assertThat(FigureCodec.attributes(none)).isEmpty();
        assertThat(FigureCodec.columns(none)).isEqualTo(FigureCodec.Columns.NONE);
        assertThat(FigureCodec.fromColumns(FigureCodec.Columns.NONE)).isEmpty();
        assertThat(FigureCodec.fromAttributes("count", Map.of())).isEmpty();
    }

    @Test
    void no_end_an_unreadable_end_or_ends_the_wrong_way_round_give_no_reading() {
        assertThat(FigureCodec.fromAttributes("count", Map.of(Attributes.BOUND, "exact")))
                .isEmpty();
        assertThat(FigureCodec.fromAttributes("count", Map.of(Attributes.LOWER, "about ten")))
                .isEmpty();
        assertThat(FigureCodec.fromAttributes(Dimensions.DATE, Map.of(Attributes.LOWER, "February")))
                .isEmpty();
        assertThat(FigureCodec.fromAttributes("count", Map.of(Attributes.LOWER, "10", Attributes.UPPER, "5")))
                .isEmpty();
        assertThat(FigureCodec.fromColumns(new FigureCodec.Columns("count", "exact", "ten", null, null, null)))
                .as("a column edited by hand")
                .isEmpty();
    }

    @Test
    void attributes_without_a_bound_are_exact_and_dates_count_days_whatever_unit_they_name() {
        FigureReading back = FigureCodec.fromAttributes(
                        Dimensions.DATE,
                        Map.of(
                                Attributes.LOWER,
                                "2025-02-01",
                                Attributes.UPPER,
                                "2025-02-28",
                                Attributes.UNIT,
                                "month"))
                .orElseThrow();
        assertThat(back.bound()).isEqualTo(FigureReading.EXACT);
        assertThat(back.unit()).isEqualTo(FigureCodec.DAY_UNIT);
        assertThat(back.lowerDate()).contains(LocalDate.of(2025, 2, 1));
        assertThat(back.upperDate()).contains(LocalDate.of(2025, 2, 28));
    }

    @Test
    void a_day_is_its_epoch_day_and_back() {
        LocalDate day = LocalDate.of(2025, 2, 1);
        assertThat(FigureCodec.epochDay(day)).isEqualByComparingTo("20120");
        assertThat(FigureCodec.day(new BigDecimal("20120"))).isEqualTo(day);
        assertThat(FigureCodec.day(20120L)).isEqualTo(day);
        assertThat(FigureCodec.day(FigureCodec.epochDay(LocalDate.of(1969, 12, 31))))
                .isEqualTo(LocalDate.of(1969, 12, 31));
    }
}
