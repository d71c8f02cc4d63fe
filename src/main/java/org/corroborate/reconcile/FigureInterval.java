package org.corroborate.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.figure.Dimensions;
import org.corroborate.figure.FigureCodec;
import org.corroborate.figure.FigureReading;
import org.corroborate.figure.NumberWords;
import org.jspecify.annotations.Nullable;

/**
 * A figure's reading as an interval on one scale per dimension, so that "9 km" and "9,000 metres", or "two
 * weeks" and "14 days", compare. An absent end is unbounded ("over a million" has no upper end). Dates are
 * epoch days, as the normaliser gives them.
 *
 * @param scale what the numbers count: a currency, a base unit ("m", "s"), "%" or "percentage-point", "day"
 *     for dates, or "" for plain counts
 * @param reference the article's publication date, for dates: how far back a date lies sets how much
 *     tolerance it gets
 */
public record FigureInterval(
        String dimension,
        String scale,
        @Nullable BigDecimal lower,
        @Nullable BigDecimal upper,
        boolean lowerInclusive,
        boolean upperInclusive,
        @Nullable LocalDate reference) {

    private static final Map<String, BigDecimal> TO_BASE = Map.ofEntries(
            Map.entry("m", BigDecimal.ONE),
            Map.entry("km", BigDecimal.valueOf(1000)),
            Map.entry("mi", new BigDecimal("1609.344")),
            Map.entry("second", BigDecimal.ONE),
            Map.entry("minute", BigDecimal.valueOf(60)),
            Map.entry("hour", BigDecimal.valueOf(3600)),
            Map.entry("day", BigDecimal.valueOf(86_400)),
            Map.entry("week", BigDecimal.valueOf(604_800)),
            // Calendar months and years vary; their mean lengths keep "18 months" and "a year and a half" equal.
            Map.entry("month", BigDecimal.valueOf(2_629_746)),
            Map.entry("year", BigDecimal.valueOf(31_556_952)),
            Map.entry("decade", BigDecimal.valueOf(315_569_520)));

    /** Currencies people know by their sign; others keep their ISO code after the number. */
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");
    /** Duration units from the largest down, in seconds; a week of days reads better than "604,800 seconds". */
    private static final Map<Long, String> DURATION_UNITS = orderedDurationUnits();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public FigureInterval {
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("lower " + lower + " above upper " + upper);
        }
    }

    /** The interval of an understood reading; empty when the reading has no number to compare. */
    public static Optional<FigureInterval> of(FigureReading reading, @Nullable LocalDate published) {
        if (!reading.understood() || (reading.lower() == null && reading.upper() == null)) {
            return Optional.empty();
        }
        String dimension = reading.dimension();
        String unit = reading.unit() == null ? "" : reading.unit();
        BigDecimal factor = BigDecimal.ONE;
        String scale;
        switch (dimension) {
            case Dimensions.MONEY -> {
                if (reading.currency() == null || reading.currency().isBlank()) {
                    return Optional.empty(); // an amount without a currency compares with nothing
                }
                scale = reading.currency();
            }
            case Dimensions.LENGTH -> {
                factor = TO_BASE.get(unit);
                scale = "m";
            }
            case Dimensions.DURATION -> {
                factor = TO_BASE.get(unit);
                scale = "s";
            }
            case Dimensions.DATE -> scale = "day";
            case Dimensions.PERCENT -> scale = unit.isEmpty() ? "%" : unit;
            default -> scale = "times".equals(unit) ? "times" : "";
        }
        if (factor == null) {
            return Optional.empty();
        }
        BigDecimal f = factor;
        return Optional.of(new FigureInterval(
                dimension,
                scale,
                reading.lower() == null ? null : reading.lower().multiply(f),
                reading.upper() == null ? null : reading.upper().multiply(f),
                reading.lowerInclusive(),
                reading.upperInclusive(),
                Dimensions.DATE.equals(dimension) ? published : null));
    }

    /** Same dimension and scale: the two numbers say something about the same kind of quantity. */
    public boolean comparableWith(FigureInterval other) {
        return dimension.equals(other.dimension) && scale.equals(other.scale);
    }

    /** Whether some value lies in both intervals, honouring open ends. */
    public boolean overlaps(FigureInterval other) {
        return !before(this, other) && !before(other, this);
    }

    /** True when every value of {@code a} lies below every value of {@code b}. */
    private static boolean before(FigureInterval a, FigureInterval b) {
        if (a.upper == null || b.lower == null) {
            return false;
        }
        int c = a.upper.compareTo(b.lower);
        return c < 0 || (c == 0 && !(a.upperInclusive && b.lowerInclusive));
    }

    /**
     * This interval with both ends pushed out by {@code width} of its size: for amounts, of the value at that
     * end; for dates, of how far the end lies from the article's publication date (a date a year back may be
     * off by weeks, yesterday by no more than a day). The ends become inclusive.
     */
    public FigureInterval widened(BigDecimal width) {
        return new FigureInterval(
                dimension,
                scale,
                lower == null ? null : lower.subtract(margin(lower, width)),
                upper == null ? null : upper.add(margin(upper, width)),
                true,
                true,
                reference);
    }

    private BigDecimal margin(BigDecimal end, BigDecimal width) {
        if (Dimensions.DATE.equals(dimension)) {
            if (reference == null) {
                return BigDecimal.ZERO;
            }
            BigDecimal daysAway = end.subtract(FigureCodec.epochDay(reference)).abs();
            return daysAway.multiply(width).setScale(0, java.math.RoundingMode.HALF_UP);
        }
        return end.abs().multiply(width, MathContext.DECIMAL64);
    }

    /**
     * "36 – 44 %", "> 1 million", "$81 billion – $99 billion", "1 Feb 2025 – 28 Feb 2025": for people, in the
     * scale's own units; a million or more in words when that is exact to two decimals ("1.25 million"), else digits
     * grouped ("1,234,567") whatever the server's locale; the common currencies by their sign.
     */
    public String describe() {
        if ("s".equals(scale)) {
            return describeDuration();
        }
        String sign = Dimensions.MONEY.equals(dimension) ? CURRENCY_SIGNS.getOrDefault(scale, "") : "";
        String lo = lower == null ? null : sign + show(lower);
        String hi = upper == null ? null : sign + show(upper);
        String unit = switch (scale) {
            case "", "day" -> "";
            case "percentage-point" -> " pp";
            default -> sign.isEmpty() ? " " + scale : "";
        };
        if (lo != null && Objects.equals(lo, hi)) {
            return lo + unit;
        }
        if (lo == null) {
            return (upperInclusive ? "≤ " : "< ") + hi + unit;
        }
        if (hi == null) {
            return (lowerInclusive ? "≥ " : "> ") + lo + unit;
        }
        return lo + " – " + hi + unit;
    }

    /** Durations in the largest unit that both bounds are whole numbers of: "< 14 days", "10 – 15 minutes". */
    private String describeDuration() {
        long seconds = 1;
        String unit = "seconds";
        for (Map.Entry<Long, String> u : DURATION_UNITS.entrySet()) {
            BigDecimal size = BigDecimal.valueOf(u.getKey());
            if ((lower == null || isWhole(lower.divide(size, MathContext.DECIMAL64)))
                    && (upper == null || isWhole(upper.divide(size, MathContext.DECIMAL64)))) {
                seconds = u.getKey();
                unit = u.getValue();
                break;
            }
        }
        BigDecimal size = BigDecimal.valueOf(seconds);
        String lo = lower == null ? null : NumberWords.of(lower.divide(size, MathContext.DECIMAL64));
        String hi = upper == null ? null : NumberWords.of(upper.divide(size, MathContext.DECIMAL64));
        if (lo != null && Objects.equals(lo, hi)) {
            return lo + " " + unit;
        }
        if (lo == null) {
            return (upperInclusive ? "≤ " : "< ") + hi + " " + unit;
        }
        if (hi == null) {
            return (lowerInclusive ? "≥ " : "> ") + lo + " " + unit;
        }
        return lo + " – " + hi + " " + unit;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private String show(BigDecimal value) {
        if (Dimensions.DATE.equals(dimension)) {
            return FigureCodec.day(value.longValue()).format(DAY);
        }
        return NumberWords.of(value);
    }

    private static Map<Long, String> orderedDurationUnits() {
        Map<Long, String> units = new LinkedHashMap<>();
        units.put(365L * 86_400, "years");
        units.put(7L * 86_400, "weeks");
        units.put(86_400L, "days");
        units.put(3_600L, "hours");
        units.put(60L, "minutes");
        return Collections.unmodifiableMap(units);
    }
}
