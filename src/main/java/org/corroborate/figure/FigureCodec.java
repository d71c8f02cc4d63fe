package org.corroborate.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.corroborate.scheme.Attributes;
import org.jspecify.annotations.Nullable;

/**
 * The one translation between a {@link FigureReading} and what carries it outside the normaliser, so a reading
 * reads back as it was written everywhere (ADR 0013):
 *
 * <ul>
 *   <li>inside a reading, a date is a number of days since 1970-01-01 (an epoch day), so two dates compare like
 *       two numbers: {@link #epochDay} and {@link #day} are the only conversions;
 *   <li>annotation attributes ({@link #attributes}, {@link #fromAttributes}): bound type, lower and upper as
 *       plain decimals, or as ISO days for dates ({@code 2024-08-19}), unit and currency;
 *   <li>stored columns ({@link #columns}, {@link #fromColumns}): a reading kept with a slot figure
 *       ({@code reconcile_figure.corrected_*}, V007), its ends plain decimals, dates as epoch days.
 * </ul>
 *
 * <p>Attributes and columns record no more than bound, ends, unit and currency: a reading read back from them
 * has both ends inclusive and is approximate when its bound says so ({@link FigureReading#given}).
 */
public final class FigureCodec {

    /** The unit of a date reading: its ends count days. */
    public static final String DAY_UNIT = "day";

    /**
     * A reading as stored in columns, each absent value null; {@link #NONE} when nothing is stored.
     *
     * @param lower the lower end as a plain decimal (an epoch day for dates), null when open
     * @param upper the upper end likewise
     */
    public record Columns(
            @Nullable String dimension,
            @Nullable String bound,
            @Nullable String lower,
            @Nullable String upper,
            @Nullable String unit,
            @Nullable String currency) {

        public static final Columns NONE = new Columns(null, null, null, null, null, null);
    }

    private FigureCodec() {}

    // ---- dates inside a reading

    /** A day as a reading's number: its epoch day. */
    public static BigDecimal epochDay(LocalDate day) {
        return BigDecimal.valueOf(day.toEpochDay());
    }

    /** A reading's number as a day; the number must be a whole epoch day. */
    public static LocalDate day(BigDecimal epochDay) {
        return LocalDate.ofEpochDay(epochDay.longValueExact());
    }

    /** As {@link #day(BigDecimal)}, for a number already rounded to whole days (a drawn scale, a widened end). */
    public static LocalDate day(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    // ---- annotation attributes

    /**
     * A reading as annotation attributes: bound type, lower and upper (plain decimals, ISO days for dates), unit
     * and currency. A reading that was not understood gives no attributes: no number is better than a wrong one.
     */
    public static Map<String, String> attributes(FigureReading reading) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!reading.understood()) {
            return attributes;
        }
        attributes.put(Attributes.BOUND, reading.bound());
        String lower = attributeEnd(reading, reading.lower());
        if (lower != null) {
            attributes.put(Attributes.LOWER, lower);
        }
        String upper = attributeEnd(reading, reading.upper());
        if (upper != null) {
            attributes.put(Attributes.UPPER, upper);
        }
        if (reading.unit() != null) {
            attributes.put(Attributes.UNIT, reading.unit());
        }
        if (reading.currency() != null) {
            attributes.put(Attributes.CURRENCY, reading.currency());
        }
        return attributes;
    }

    /** One end of a reading as an attribute writes it: an ISO day for dates, else a plain decimal; null if open. */
    public static @Nullable String attributeEnd(FigureReading reading, @Nullable BigDecimal end) {
        if (end == null) {
            return null;
        }
        return reading.isDate() ? day(end).toString() : end.toPlainString();
    }

    /**
     * A figure annotation's reading back from its attributes: the label is the dimension, ends are inclusive
     * (the attributes do not say otherwise), and "approximate" is the bound type. Empty when neither end is
     * given, the lower is above the upper, or an end does not parse (a decimal, or an ISO day for dates).
     */
    public static Optional<FigureReading> fromAttributes(String dimension, Map<String, String> attributes) {
        String bound = attributes.getOrDefault(Attributes.BOUND, "");
        boolean date = Dimensions.DATE.equals(dimension);
        try {
            BigDecimal lower = attributeEnd(attributes.get(Attributes.LOWER), date);
            BigDecimal upper = attributeEnd(attributes.get(Attributes.UPPER), date);
            if ((lower == null && upper == null) || (lower != null && upper != null && lower.compareTo(upper) > 0)) {
                return Optional.empty();
            }
            return Optional.of(FigureReading.given(
                    dimension,
                    bound.isBlank() ? FigureReading.EXACT : bound,
                    lower,
                    upper,
                    date ? DAY_UNIT : blankToNull(attributes.get(Attributes.UNIT)),
                    blankToNull(attributes.get(Attributes.CURRENCY))));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static @Nullable BigDecimal attributeEnd(@Nullable String value, boolean date) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return date ? epochDay(LocalDate.parse(value.strip())) : new BigDecimal(value.strip());
    }

    // ---- stored columns

    /** A reading as its columns store it; {@link Columns#NONE} for one not understood. */
    public static Columns columns(FigureReading reading) {
        if (!reading.understood()) {
            return Columns.NONE;
        }
        return new Columns(
                reading.dimension(),
                reading.bound(),
                reading.lower() == null ? null : reading.lower().toPlainString(),
                reading.upper() == null ? null : reading.upper().toPlainString(),
                reading.unit(),
                reading.currency());
    }

    /**
     * The reading its columns store; empty when they store none (no dimension or bound) or an end is not a
     * decimal (a row edited by hand).
     */
    public static Optional<FigureReading> fromColumns(Columns columns) {
        if (columns.dimension() == null || columns.bound() == null) {
            return Optional.empty();
        }
        try {
            BigDecimal lower = columns.lower() == null ? null : new BigDecimal(columns.lower());
            BigDecimal upper = columns.upper() == null ? null : new BigDecimal(columns.upper());
            return Optional.of(FigureReading.given(
                    columns.dimension(), columns.bound(), lower, upper, columns.unit(), columns.currency()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
