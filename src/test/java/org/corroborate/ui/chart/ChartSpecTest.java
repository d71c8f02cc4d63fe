package org.corroborate.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.corroborate.ui.chart.ChartSpec.Cell;
import org.corroborate.ui.chart.ChartSpec.Series;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ChartSpecTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_bar_chart_sends_its_categories_series_and_missing_values_as_json() {
        ChartSpec spec = ChartSpec.bar(
                        "Anonymous share",
                        "Share per outlet",
                        "Outlet",
                        "Share",
                        List.of("AP", "Reuters"),
                        List.of(new Series("Share", Arrays.asList(0.5, null))))
                .asPercent();

        JsonNode node = json.readTree(spec.toJson());

        assertThat(node.get("kind").asString()).isEqualTo("bar");
        assertThat(node.get("percent").asBoolean()).isTrue();
        assertThat(node.get("categories").toString()).isEqualTo("[\"AP\",\"Reuters\"]");
        assertThat(node.get("series").get(0).get("values").toString()).isEqualTo("[0.5,null]");
    }

    @Test
    void a_series_must_give_one_value_per_category() {
        assertThatThrownBy(() ->
                        ChartSpec.bar("t", "d", "x", "y", List.of("a", "b"), List.of(new Series("s", List.of(1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 values for 2 categories");
    }

    @Test
    void a_heat_map_cell_must_lie_on_the_grid_and_tall_maps_grow_to_fit_their_rows() {
        assertThatThrownBy(() ->
                        ChartSpec.heatMap("t", "d", "x", "y", List.of("a"), List.of("r"), List.of(new Cell(1, 0, 2))))
                .isInstanceOf(IndexOutOfBoundsException.class);
        ChartSpec tall = ChartSpec.heatMap(
                "t",
                "d",
                "x",
                "y",
                List.of("a"),
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
                List.of());
        assertThat(tall.height()).isGreaterThan(320);
    }

    @Test
    void markup_in_labels_travels_as_json_text() {
        ChartSpec spec =
                ChartSpec.bar("<b>t</b>", "d", "x", "y", List.of("<script>"), List.of(new Series("\"s\"", List.of(1))));
        JsonNode node = json.readTree(spec.toJson());
        assertThat(node.get("title").asString()).isEqualTo("<b>t</b>");
        assertThat(node.get("categories").get(0).asString()).isEqualTo("<script>");
        assertThat(node.get("series").get(0).get("name").asString()).isEqualTo("\"s\"");
    }
}
