package org.corroborate.exercise.ui;

import java.util.Locale;
import java.util.OptionalDouble;

/** How scores read on the pages. */
final class Scores {

    private Scores() {}

    static String percent(OptionalDouble score) {
        return score.isPresent() ? percent(score.getAsDouble()) : "—";
    }

    static String percent(double score) {
        double p = score * 100;
        return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p))
                + " %";
    }

    static String points(double points) {
        return points == Math.rint(points)
                ? String.format(Locale.ROOT, "%.0f", points)
                : String.format(Locale.ROOT, "%s", points);
    }
}
