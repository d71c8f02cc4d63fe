package org.corroborate.reconcile.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.corroborate.reconcile.FigureInterval;
import org.jspecify.annotations.Nullable;

/**
 * A slot's figures as bars on one number line, as SVG markup. Only numbers and the short row labels the
 * board gives ("A1") go into the markup, never article text, and labels are escaped all the same. Values
 * spanning more than two orders of magnitude are drawn on a log scale, so "tens of thousands" and "over a
 * million" are both visible. An open end runs to the edge of the chart as an arrow.
 */
final class NumberLine {

    /** One row: a short label, the interval, and whether it is in conflict with another row. */
    record Row(String label, FigureInterval interval, boolean conflicting) {
    }

    static final int WIDTH = 260;
    private static final int ROW = 14;
    private static final int LEFT = 28;
    private static final int RIGHT = 10;

    private NumberLine() {
    }

    static String svg(List<Row> rows) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Row r : rows) {
            for (BigDecimal end : new BigDecimal[] {r.interval().lower(), r.interval().upper()}) {
                if (end != null) {
                    min = Math.min(min, end.doubleValue());
                    max = Math.max(max, end.doubleValue());
                }
            }
        }
        int height = rows.size() * ROW + 18;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" class=\"number-line\">");
        if (rows.isEmpty() || min == Double.POSITIVE_INFINITY) {
            return svg.append("</svg>").toString();
        }
        boolean date = "date".equals(rows.get(0).interval().dimension());
        boolean log = !date && min > 0 && max / min > 100;
        double lo = log ? Math.log10(min) : min;
        double hi = log ? Math.log10(max) : max;
        double pad = hi > lo ? (hi - lo) * 0.12 : Math.max(1, Math.abs(lo) * 0.1);
        Scale scale = new Scale(lo - pad, hi + pad, log);
        int axisY = rows.size() * ROW + 4;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(axisY).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(axisY).append("\" stroke=\"#94a3b8\"/>");
        tick(svg, scale, min, axisY, date);
        if (max != min) {
            tick(svg, scale, max, axisY, date);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = i * ROW + 9;
            String colour = r.conflicting() ? "#dc2626" : "#2563eb";
            svg.append("<text x=\"2\" y=\"").append(y + 4).append("\" font-size=\"10\" fill=\"#334155\">")
                    .append(escape(r.label())).append("</text>");
            BigDecimal lower = r.interval().lower();
            BigDecimal upper = r.interval().upper();
            double x1 = lower == null ? LEFT : scale.x(lower.doubleValue());
            double x2 = upper == null ? WIDTH - RIGHT : scale.x(upper.doubleValue());
            if (lower != null && upper != null && lower.compareTo(upper) == 0) {
                svg.append("<circle cx=\"").append(fmt(x1)).append("\" cy=\"").append(y).append("\" r=\"4\" fill=\"")
                        .append(colour).append("\"/>");
                continue;
            }
            svg.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(y).append("\" x2=\"").append(fmt(x2))
                    .append("\" y2=\"").append(y).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"6\" stroke-linecap=\"butt\" opacity=\"0.8\"/>");
            if (upper == null) {
                arrow(svg, x2, y, 1, colour);
            }
            if (lower == null) {
                arrow(svg, x1, y, -1, colour);
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void arrow(StringBuilder svg, double x, int y, int direction, String colour) {
        svg.append("<path d=\"M").append(fmt(x)).append(' ').append(y - 5).append(" L").append(fmt(x + 6 * direction))
                .append(' ').append(y).append(" L").append(fmt(x)).append(' ').append(y + 5).append(" Z\" fill=\"")
                .append(colour).append("\"/>");
    }

    private static void tick(StringBuilder svg, Scale scale, double value, int axisY, boolean date) {
        double x = scale.x(value);
        svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(axisY - 3).append("\" x2=\"").append(fmt(x))
                .append("\" y2=\"").append(axisY + 3).append("\" stroke=\"#64748b\"/>");
        svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(axisY + 13)
                .append("\" font-size=\"9\" text-anchor=\"middle\" fill=\"#475569\">")
                .append(escape(date ? LocalDate.ofEpochDay((long) value).toString().substring(0, 7) : compact(value)))
                .append("</text>");
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
        String number = Math.abs(v - Math.rint(v)) < 0.05 ? String.format(Locale.ROOT, "%.0f", v)
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

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    static String escape(@Nullable String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
