package org.corroborate.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a {@link Chart} draws: its kind, its title, a one-sentence description for readers who do not see it,
 * and the numbers. Built with the factory methods; plain data, so views and tests can build and compare it.
 *
 * @param kind        bar, stacked bar, heat map or scatter
 * @param title       the table caption and the download's file name
 * @param description what the chart shows, read out by screen readers
 * @param xName       the category (or x) axis name
 * @param yName       the value (or y, or heat-map row) axis name
 * @param categories  bar categories, or heat-map columns
 * @param series      the bars' series, one value per category (null for none)
 * @param rows        heat-map rows
 * @param cells       heat-map cells
 * @param points      scatter points
 * @param percent     whether values are shares in [0, 1], shown as percentages
 * @param height      the plot's height in pixels
 */
public record ChartSpec(
        Kind kind,
        String title,
        String description,
        String xName,
        String yName,
        List<String> categories,
        List<Series> series,
        List<String> rows,
        List<Cell> cells,
        List<Point> points,
        boolean percent,
        int height) {

    /** The kinds of chart the component draws. */
    public enum Kind {
        BAR("bar"),
        STACKED_BAR("stacked-bar"),
        HEATMAP("heatmap"),
        SCATTER("scatter");

        private final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    /** One series of bars: a name (the legend and table column) and one value per category. */
    public record Series(String name, List<? extends @Nullable Number> values) {
        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** One heat-map cell: column and row index and its value. */
    public record Cell(int column, int row, double value) {}

    /** One scatter point with the label it is listed under in the table. */
    public record Point(String label, double x, double y) {}

    private static final int DEFAULT_HEIGHT = 320;

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        cells = List.copyOf(cells);
        points = List.copyOf(points);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
        for (Cell c : cells) {
            Objects.checkIndex(c.column(), categories.size());
            Objects.checkIndex(c.row(), rows.size());
        }
    }

    /** Bars, one group per category and one bar per series. */
    public static ChartSpec bar(
            String title,
            String description,
            String xName,
            String yName,
            List<String> categories,
            List<Series> series) {
        return new ChartSpec(
                Kind.BAR,
                title,
                description,
                xName,
                yName,
                categories,
                series,
                List.of(),
                List.of(),
                List.of(),
                false,
                DEFAULT_HEIGHT);
    }

    /** Bars stacked per category: the parts of a whole (e.g. sources by type per outlet). */
    public static ChartSpec stackedBar(
            String title,
            String description,
            String xName,
            String yName,
            List<String> categories,
            List<Series> series) {
        return new ChartSpec(
                Kind.STACKED_BAR,
                title,
                description,
                xName,
                yName,
                categories,
                series,
                List.of(),
                List.of(),
                List.of(),
                false,
                DEFAULT_HEIGHT);
    }

    /** A grid of columns × rows coloured by value. */
    public static ChartSpec heatMap(
            String title,
            String description,
            String xName,
            String yName,
            List<String> columns,
            List<String> rows,
            List<Cell> cells) {
        int height = Math.max(DEFAULT_HEIGHT, 120 + 28 * rows.size());
        return new ChartSpec(
                Kind.HEATMAP,
                title,
                description,
                xName,
                yName,
                columns,
                List.of(),
                rows,
                cells,
                List.of(),
                false,
                height);
    }

    /** Points in the plane, each listed by its label in the table. */
    public static ChartSpec scatter(String title, String description, String xName, String yName, List<Point> points) {
        return new ChartSpec(
                Kind.SCATTER,
                title,
                description,
                xName,
                yName,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                points,
                false,
                DEFAULT_HEIGHT);
    }

    /** The same chart with values read as shares in [0, 1] and shown as percentages. */
    public ChartSpec asPercent() {
        return new ChartSpec(
                kind, title, description, xName, yName, categories, series, rows, cells, points, true, height);
    }

    /** The same chart with another plot height in pixels. */
    public ChartSpec withHeight(int pixels) {
        return new ChartSpec(
                kind, title, description, xName, yName, categories, series, rows, cells, points, percent, pixels);
    }

    /** The chart as JSON text for the element's {@code data} property. */
    public String toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode()
                .put("kind", kind.code)
                .put("title", title)
                .put("description", description)
                .put("xName", xName)
                .put("yName", yName)
                .put("percent", percent)
                .put("height", height);
        ArrayNode categoryNodes = root.putArray("categories");
        categories.forEach(categoryNodes::add);
        ArrayNode seriesNodes = root.putArray("series");
        for (Series s : series) {
            ObjectNode node = seriesNodes.addObject().put("name", s.name());
            ArrayNode values = node.putArray("values");
            for (@Nullable Number v : s.values()) {
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v.doubleValue());
                }
            }
        }
        ArrayNode rowNodes = root.putArray("rows");
        rows.forEach(rowNodes::add);
        ArrayNode cellNodes = root.putArray("cells");
        cells.forEach(c -> cellNodes.addArray().add(c.column()).add(c.row()).add(c.value()));
        ArrayNode pointNodes = root.putArray("points");
        points.forEach(p ->
                pointNodes.addObject().put("label", p.label()).put("x", p.x()).put("y", p.y()));
        return root.toString();
    }
}
