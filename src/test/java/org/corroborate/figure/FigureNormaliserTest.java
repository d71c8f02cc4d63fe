package org.corroborate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The normaliser against a table of figures as news writes them ({@code figures.tsv} beside this class: one
 * row per figure, grouped by the rule that reads it, with the reading expected in a compact notation), plus
 * what the table cannot say.
 */
class FigureNormaliserTest {

    private static final LocalDate TUESDAY_19_AUGUST_2025 = LocalDate.of(2025, 8, 19);
    private static final String TABLE = "figures.tsv";

    private final FigureNormaliser normaliser = FigureNormaliser.withoutProject();

    /** One row of the table: which rule, what was written, against which date, what it should read as. */
    record Row(String group, String written, @Nullable LocalDate published, String expected, int line) {
        @Override
        public String toString() {
            return group + ": «" + written + "»" + (published == null ? " (no date)" : "");
        }
    }

    static List<Arguments> table() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(FigureNormaliserTest.class.getResourceAsStream(TABLE))) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(TABLE + ":" + (i + 1) + ": needs 4 tab-separated cells");
                }
                LocalDate published = cells[2].isEmpty()
                        ? TUESDAY_19_AUGUST_2025
                        : cells[2].equals("none") ? null : LocalDate.parse(cells[2]);
                Row row = new Row(cells[0], cells[1], published, cells[3], i + 1);
                rows.add(Arguments.argumentSet(row.toString(), row));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("table")
    void reads_the_figure_as_the_table_says(Row row) {
        FigureReading r = normaliser.read(row.written(), row.published());
        assertThat(notation(r)).as(TABLE + ":" + row.line() + " " + row).isEqualTo(row.expected());
    }

    /** The table's notation of a reading: "count approximate [36,44] ~", "date at-most (,2024-05-31]". */
    static String notation(FigureReading r) {
        if (!r.understood()) {
            return "not understood";
        }
        String lower = r.isDate()
                ? r.lowerDate().map(LocalDate::toString).orElse("")
                : r.lower() == null ? "" : r.lower().toPlainString();
        String upper = r.isDate()
                ? r.upperDate().map(LocalDate::toString).orElse("")
                : r.upper() == null ? "" : r.upper().toPlainString();
        StringBuilder s = new StringBuilder(r.dimension())
                .append(' ')
                .append(r.bound())
                .append(' ')
                .append(r.lowerInclusive() ? '[' : '(')
                .append(lower)
                .append(',')
                .append(upper)
                .append(r.upperInclusive() ? ']' : ')');
        if (r.approximate()) {
            s.append(" ~");
        }
        if (r.unit() != null && !r.isDate()) {
            s.append(" unit=").append(r.unit());
        }
        if (r.currency() != null) {
            s.append(" currency=").append(r.currency());
        }
        return s.toString();
    }

    @Test
    void dimensions_and_bounds_are_the_codes_of_the_annotation_scheme() {
        assertThat(List.of(
                        Dimensions.MONEY,
                        Dimensions.PERCENT,
                        Dimensions.COUNT,
                        Dimensions.LENGTH,
                        Dimensions.DURATION,
                        Dimensions.DATE))
                .isSubsetOf(Labels.DEFAULTS.get(Layer.FIGURE));
        assertThat(List.of(
                        FigureReading.EXACT,
                        FigureReading.APPROXIMATE,
                        FigureReading.AT_LEAST,
                        FigureReading.AT_MOST,
                        FigureReading.RANGE))
                .containsExactlyElementsOf(Attributes.BOUNDS);
    }

    @Test
    void the_approximate_width_is_configurable_for_amounts_and_dates() {
        FigureNormaliser wide = FigureNormaliser.withApproximateWidth(new BigDecimal("0.25"));
        FigureReading about = wide.read("about 40");
        assertThat(about.lower()).isEqualByComparingTo("30");
        assertThat(about.upper()).isEqualByComparingTo("50");
        FigureReading ago = wide.read("four weeks ago", TUESDAY_19_AUGUST_2025);
        assertThat(ago.lowerDate()).contains(LocalDate.of(2025, 7, 15));
        assertThat(ago.upperDate()).contains(LocalDate.of(2025, 7, 29));
        assertThat(FigureNormaliser.withApproximateWidth(BigDecimal.ZERO)
                        .read("about 40")
                        .lower())
                .isEqualByComparingTo("40");
    }

    @Test
    void dates_are_intervals_of_epoch_days_with_the_unit_day() {
        FigureReading r = normaliser.read("June 2024");
        assertThat(r.lower())
                .isEqualByComparingTo(
                        BigDecimal.valueOf(LocalDate.of(2024, 6, 1).toEpochDay()));
        assertThat(r.upper())
                .isEqualByComparingTo(
                        BigDecimal.valueOf(LocalDate.of(2024, 6, 30).toEpochDay()));
        assertThat(r.unit()).isEqualTo("day");
    }

    @Test
    void bounds_are_plain_decimals_without_exponent() {
        assertThat(Objects.requireNonNull(normaliser.read("$90 billion").lower())
                        .toString())
                .isEqualTo("90000000000");
        assertThat(Objects.requireNonNull(normaliser.read("half").lower()).toString())
                .isEqualTo("50");
    }

    @Test
    void a_sentence_handed_in_by_mistake_is_not_read() {
        assertThat(normaliser.read("about 40 " + "very ".repeat(20) + "long").understood())
                .isFalse();
        assertThat(normaliser.read("4".repeat(10_000)).understood()).isFalse();
    }
}
