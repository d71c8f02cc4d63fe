package org.corroborate.reconcile.ui;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.figure.FigureCodec;
import org.corroborate.reconcile.FigureInterval;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A slot's figures as bars on one number line. The geometry is worked out here and drawn by the
 * {@code <number-line>} element (frontend/src/number-line.ts), which writes labels as SVG text, never as
 * markup. Values spanning more than two orders of magnitude are drawn on a log scale, so "tens of thousands"
 * and "over a million" are both visible. An open end runs to the edge of the chart as an arrow.
 */
final class NumberLine {

    /** One row: a short label, the interval, and whether it is in conflict with another row. */
    record Row(String label, FigureInterval interval, boolean conflicting) {}

    /** A row as drawn: a dot when both ends are the same value, else a bar; an open end gets an arrow. */
    record Mark(
            String label,
            int y,
            double x1,
            double x2,
            boolean dot,
            boolean openLeft,
            boolean openRight,
            boolean conflicting) {}

    /** A tick on the axis with its compact label. */
    record Tick(double x, String label) {}

    /** Everything the element draws, in pixels of a {@link #WIDTH} × height box. */
    record Chart(int width, int height, int axisY, int axisFrom, int axisTo, List<Tick> ticks, List<Mark> marks) {

        /** The chart as JSON text for the element's {@code data} property. */
        String toJson() {
            ObjectNode chart = JsonNodeFactory.instance
                    .objectNode()
                    .put("width", width)
                    .put("height", height)
                    .put("axisY", axisY)
                    .put("axisFrom", axisFrom)
                    .put("axisTo", axisTo);
            ArrayNode tickNodes = chart.putArray("ticks");
            ticks.forEach(t -> tickNodes.addObject().put("x", round(t.x())).put("label", t.label()));
            ArrayNode markNodes = chart.putArray("marks");
            marks.forEach(m -> markNodes
                    .addObject()
                    .put("label", m.label())
                    .put("y", m.y())
                    .put("x1", round(m.x1()))
                    .put("x2", round(m.x2()))
                    .put("dot", m.dot())
                    .put("openLeft", m.openLeft())
                    .put("openRight", m.openRight())
                    .put("conflicting", m.conflicting()));
            return chart.toString();
        }

        private static double round(double x) {
            return Math.round(x * 10) / 10.0;
        }
    }

    static final int WIDTH = 236;
    private static final int ROW = 14;
    private static final int LEFT = 28;
    private static final int RIGHT = 10;

    private NumberLine() {}

    static Chart chart(List<Row> rows) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Row r : rows) {
            for (BigDecimal end :
                    new BigDecimal[] {r.interval().lower(), r.interval().upper()}) {
                if (end != null) {
                    min = Math.min(min, end.doubleValue());
                    max = Math.max(max, end.doubleValue());
                }
            }
        }
        int height = rows.size() * ROW + 18;
        int axisY = rows.size() * ROW + 4;
        if (rows.isEmpty() || min == Double.POSITIVE_INFINITY) {
            return new Chart(WIDTH, height, axisY, LEFT, WIDTH - RIGHT, List.of(), List.of());
        }
        boolean date = "date".equals(rows.get(0).interval().dimension());
        boolean log = !date && min > 0 && max / min > 100;
        double lo = log ? Math.log10(min) : min;
        double hi = log ? Math.log10(max) : max;
        double pad = hi > lo ? (hi - lo) * 0.12 : Math.max(1, Math.abs(lo) * 0.1);
        Scale scale = new Scale(lo - pad, hi + pad, log);
        // Dates within about two months are told apart by the day ("13 Aug"), else by the month ("Feb 2025").
        DateTimeFormatter dateLabel =
                DateTimeFormatter.ofPattern(max - min <= 62 ? "d MMM" : "MMM yyyy", Locale.ENGLISH);
        List<Tick> ticks = new ArrayList<>();
        ticks.add(tick(scale, min, date ? dateLabel : null));
        if (max != min) {
            ticks.add(tick(scale, max, date ? dateLabel : null));
        }
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            BigDecimal lower = r.interval().lower();
            BigDecimal upper = r.interval().upper();
            double x1 = lower == null ? LEFT : scale.x(lower.doubleValue());
            double x2 = upper == null ? WIDTH - RIGHT : scale.x(upper.doubleValue());
            boolean dot = lower != null && upper != null && lower.compareTo(upper) == 0;
            marks.add(new Mark(
                    r.label(),
                    i * ROW + 9,
                    x1,
                    x2,
                    dot,
                    !dot && lower == null,
                    !dot && upper == null,
                    r.conflicting()));
        }
        return new Chart(WIDTH, height, axisY, LEFT, WIDTH - RIGHT, List.copyOf(ticks), List.copyOf(marks));
    }

    private static Tick tick(Scale scale, double value, @Nullable DateTimeFormatter dateLabel) {
        return new Tick(
                scale.x(value), dateLabel != null ? dateLabel.format(FigureCodec.day((long) value)) : compact(value));
    }

    /** 1.2M, 90B, 45k: tick labels that fit. */
    static String compact(double v) {
        double a = Math.abs(v);
        String[] suffix = {"", "k", "M", "B", "T"};
        int i = 0;
        while (a >= 1000 && i < suffix.length - 1) {
            a /= 1000;
            v /= 1000;
            i++;
        }
        String number = Math.abs(v - Math.rint(v)) < 0.05
                ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
        return number + suffix[i];
    }

    private record Scale(double from, double to, boolean log) {
        double x(double value) {
            double v = log ? Math.log10(Math.max(value, Double.MIN_NORMAL)) : value;
            double t = to > from ? (v - from) / (to - from) : 0.5;
            return LEFT + t * (WIDTH - LEFT - RIGHT);
        }
    }
}
