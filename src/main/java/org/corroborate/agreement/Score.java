package org.corroborate.agreement;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One agreement figure and how many units it rests on. Undefined (NaN) when the data cannot carry the measure,
 * e.g. too few units or every unit in one category; {@code note} then says why.
 */
public record Score(double value, int units, @Nullable String note) {

    public static Score of(double value, int units) {
        return Double.isNaN(value) || Double.isInfinite(value)
                ? undefined(units, "not defined for these data")
                : new Score(value, units, null);
    }

    public static Score undefined(int units, String why) {
        return new Score(Double.NaN, units, why);
    }

    public boolean defined() {
        return !Double.isNaN(value);
    }

    /** Three decimals, or a dash. */
    public String formatted() {
        return defined() ? String.format(Locale.ROOT, "%.3f", value) : "–";
    }
}
