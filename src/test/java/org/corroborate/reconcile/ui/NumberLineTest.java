package org.corroborate.reconcile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.corroborate.reconcile.FigureInterval;
import org.junit.jupiter.api.Test;

class NumberLineTest {

    private static FigureInterval count(String lower, String upper) {
        return new FigureInterval("count", "", lower == null ? null : new BigDecimal(lower),
                upper == null ? null : new BigDecimal(upper), true, true, null);
    }

    @Test
    void draws_a_bar_per_interval_a_dot_per_exact_value_and_an_arrow_per_open_end() {
        String svg = NumberLine.svg(List.of(new NumberLine.Row("A1", count("1000000", null), false),
                new NumberLine.Row("A2", count("20000", "100000"), true),
                new NumberLine.Row("A3", count("1500000", "1500000"), false)));
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("<circle").contains("<path").contains("#dc2626");
        assertThat(svg.split("stroke-width=\"6\"", -1)).hasSize(3);
    }

    @Test
    void labels_are_escaped_so_markup_cannot_get_in() {
        String svg = NumberLine.svg(List.of(new NumberLine.Row("<script>alert(1)</script>", count("1", "2"), false)));
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void tick_labels_are_compact() {
        assertThat(NumberLine.compact(90_000_000_000d)).isEqualTo("90B");
        assertThat(NumberLine.compact(1_200_000d)).isEqualTo("1.2M");
        assertThat(NumberLine.compact(40)).isEqualTo("40");
    }

    @Test
    void an_empty_slot_draws_an_empty_chart() {
        assertThat(NumberLine.svg(List.of())).isEqualTo(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"260\" height=\"18\" viewBox=\"0 0 260 18\""
                        + " role=\"img\" class=\"number-line\"></svg>");
    }
}
