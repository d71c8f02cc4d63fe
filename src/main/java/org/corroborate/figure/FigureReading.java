package org.corroborate.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a figure as written means: an interval {@code [lower, upper]} (either end open when absent), whether
 * each end is included, the bound type (one of {@code Attributes.BOUNDS}), the dimension (a figure label of
 * {@code Labels}), the unit and, for money, the ISO currency code.
 *
 * <p>Dates are intervals of days: {@code lower} and {@code upper} are epoch days, unit {@code "day"}, so that
 * two dates compare like any two numbers; {@link #lowerDate()} and {@link #upperDate()} give them back as
 * dates. {@link FigureCodec} is the one translation of a reading to and from attributes and stored columns. A month is the interval from its first to its last day, bound {@code exact}: the granularity of
 * what was written, not vagueness.
 */
public record FigureReading(
        boolean understood,
        String dimension,
        String bound,
        @Nullable BigDecimal lower,
        @Nullable BigDecimal upper,
        boolean lowerInclusive,
        boolean upperInclusive,
        boolean approximate,
        @Nullable String unit,
        @Nullable String currency) {

    public static final String EXACT = "exact";
    public static final String APPROXIMATE = "approximate";
    public static final String AT_LEAST = "at-least";
    public static final String AT_MOST = "at-most";
    public static final String RANGE = "range";

    /** Unknown or ambiguous wording: no number is better than a wrong one. */
    public static FigureReading notUnderstood() {
        return new FigureReading(false, "", "", null, null, false, false, false, null, null);
    }

    public static FigureReading exact(
            String dimension, BigDecimal value, @Nullable String unit, @Nullable String currency) {
        return new FigureReading(true, dimension, EXACT, value, value, true, true, false, unit, currency);
    }

    /**
     * A reading given from outside the normaliser (an annotation's attributes, one kept with a slot figure),
     * which records no more than its bound, ends, unit and currency: both ends inclusive, approximate when the
     * bound says so.
     */
    public static FigureReading given(
            String dimension,
            String bound,
            @Nullable BigDecimal lower,
            @Nullable BigDecimal upper,
            @Nullable String unit,
            @Nullable String currency) {
        return new FigureReading(
                true, dimension, bound, lower, upper, true, true, APPROXIMATE.equals(bound), unit, currency);
    }

    public static FigureReading dates(String bound, LocalDate from, LocalDate to, boolean approximate) {
        return new FigureReading(
                true,
                Dimensions.DATE,
                bound,
                FigureCodec.epochDay(from),
                FigureCodec.epochDay(to),
                true,
                true,
                approximate,
                FigureCodec.DAY_UNIT,
                null);
    }

    public boolean isDate() {
        return Dimensions.DATE.equals(dimension);
    }

    public Optional<LocalDate> lowerDate() {
        return isDate() && lower != null ? Optional.of(FigureCodec.day(lower)) : Optional.empty();
    }

    public Optional<LocalDate> upperDate() {
        return isDate() && upper != null ? Optional.of(FigureCodec.day(upper)) : Optional.empty();
    }

    FigureReading withBound(
            String newBound,
            @Nullable BigDecimal newLower,
            @Nullable BigDecimal newUpper,
            boolean newLowerInclusive,
            boolean newUpperInclusive,
            boolean newApproximate) {
        return new FigureReading(
                understood,
                dimension,
                newBound,
                newLower,
                newUpper,
                newLowerInclusive,
                newUpperInclusive,
                newApproximate,
                unit,
                currency);
    }
}
