package org.corroborate.reconcile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.corroborate.reconcile.FigureInterval;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NumberLineTest {

    private static FigureInterval count(@Nullable String lower, @Nullable String upper) {
        return new FigureInterval(
                "count",
                "",
                lower == null ? null : new BigDecimal(lower),
                upper == null ? null : new BigDecimal(upper),
                true,
                true,
                null);
    }

    @Test
    void draws_a_bar_per_interval_a_dot_per_exact_value_and_an_arrow_per_open_end() {
        NumberLine.Chart chart = NumberLine.chart(List.of(
                new NumberLine.Row("A1", count("1000000", null), false),
                new NumberLine.Row("A2", count("20000", "100000"), true),
                new NumberLine.Row("A3", count("1500000", "1500000"), false)));
        List<NumberLine.Mark> marks = chart.marks();
        assertThat(marks).extracting(NumberLine.Mark::label).containsExactly("A1", "A2", "A3");
        assertThat(marks).extracting(NumberLine.Mark::dot).containsExactly(false, false, true);
        assertThat(marks).extracting(NumberLine.Mark::openRight).containsExactly(true, false, false);
        assertThat(marks).extracting(NumberLine.Mark::openLeft).containsExactly(false, false, false);
        assertThat(marks).extracting(NumberLine.Mark::conflicting).containsExactly(false, true, false);
        assertThat(marks.get(0).x2()).isEqualTo(chart.axisTo());
        assertThat(marks)
                .allSatisfy(m -> assertThat(m.x1()).isBetween((double) chart.axisFrom(), (double) chart.axisTo()));
        assertThat(marks).extracting(NumberLine.Mark::y).isSorted().doesNotHaveDuplicates();
        assertThat(chart.axisY()).isGreaterThan(marks.get(2).y()).isLessThan(chart.height());
    }

    @Test
    void values_spanning_orders_of_magnitude_are_drawn_on_a_log_scale() {
        NumberLine.Chart chart = NumberLine.chart(List.of(
                new NumberLine.Row("A1", count("1000", "1000"), false),
                new NumberLine.Row("A2", count("100000", "100000"), false),
                new NumberLine.Row("A3", count("10000000", "10000000"), false)));
        double a = chart.marks().get(0).x1();
        double b = chart.marks().get(1).x1();
        double c = chart.marks().get(2).x1();
        assertThat(b - a).isCloseTo(c - b, org.assertj.core.data.Offset.offset(0.01));
        assertThat(chart.ticks()).extracting(NumberLine.Tick::label).containsExactly("1k", "10M");
    }

    @Test
    void the_json_for_the_element_carries_the_labels_as_plain_values() {
        String hostile = "<script>alert(1)</script>";
        String json = NumberLine.chart(List.of(new NumberLine.Row(hostile, count("1", "2"), false)))
                .toJson();
        JsonNode parsed = JsonMapper.builder().build().readTree(json);
        assertThat(parsed.get("marks").get(0).get("label").asString()).isEqualTo(hostile);
        assertThat(parsed.get("width").asInt()).isEqualTo(NumberLine.WIDTH);
        assertThat(parsed.get("ticks")).hasSize(2);
    }

    private static FigureInterval days(String from, String to) {
        return new FigureInterval(
                "date",
                "day",
                BigDecimal.valueOf(java.time.LocalDate.parse(from).toEpochDay()),
                BigDecimal.valueOf(java.time.LocalDate.parse(to).toEpochDay()),
                true,
                true,
                null);
    }

    @Test
    void date_ticks_name_the_day_when_the_dates_are_close_and_the_month_when_they_are_not() {
        assertThat(NumberLine.chart(List.of(
                                new NumberLine.Row("A1", days("2025-08-13", "2025-08-13"), false),
                                new NumberLine.Row("A3", days("2025-08-15", "2025-08-15"), true)))
                        .ticks())
                .extracting(NumberLine.Tick::label)
                .containsExactly("13 Aug", "15 Aug");
        assertThat(NumberLine.chart(List.of(
                                new NumberLine.Row("A1", days("2025-02-01", "2025-02-28"), false),
                                new NumberLine.Row("A3", days("2024-08-19", "2024-08-19"), true)))
                        .ticks())
                .extracting(NumberLine.Tick::label)
                .containsExactly("Aug 2024", "Feb 2025");
    }

    @Test
    void tick_labels_are_compact() {
        assertThat(NumberLine.compact(90_000_000_000d)).isEqualTo("90B");
        assertThat(NumberLine.compact(1_200_000d)).isEqualTo("1.2M");
        assertThat(NumberLine.compact(40)).isEqualTo("40");
    }

    @Test
    void an_empty_slot_draws_no_marks() {
        NumberLine.Chart chart = NumberLine.chart(List.of());
        assertThat(chart.marks()).isEmpty();
        assertThat(chart.ticks()).isEmpty();
        assertThat(chart.height()).isEqualTo(18);
    }
}
