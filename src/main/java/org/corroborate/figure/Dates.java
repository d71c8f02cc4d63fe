package org.corroborate.figure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the two date rules share: month and weekday names, and the wording around a date that does not name
 * it — prepositions ("in", "since", "by"), bounds ("before", "after", "no later than") and parts of a period
 * ("early", "mid-", "late", "the end of", "the first half of"). A rule supplies the core ("June 2024", "last
 * week"); {@link #read} applies the rest.
 */
final class Dates {

    static final Map<String, Month> MONTHS = new HashMap<>();
    /** Only full month names stand alone: "mar", "jan" without a day or year are too often something else. */
    static final Map<String, Month> FULL_MONTHS = new HashMap<>();

    static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            String shortName =
                    month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            MONTHS.put(full, month);
            FULL_MONTHS.put(full, month);
            MONTHS.put(shortName, month);
            MONTHS.put(shortName + ".", month);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
        MONTHS.put("sept.", Month.SEPTEMBER);
        FULL_MONTHS.put("sept", Month.SEPTEMBER);
        for (DayOfWeek day : DayOfWeek.values()) {
            WEEKDAYS.put(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), day);
        }
    }

    /** Words before a date that do not change which days it names. */
    private static final String[] PREPOSITIONS = {
        "as of ",
        "as early as ",
        "starting in ",
        "starting on ",
        "starting ",
        "beginning in ",
        "beginning ",
        "in ",
        "on ",
        "since ",
        "until ",
        "till ",
        "through ",
        "throughout ",
        "by ",
        "from ",
        "of ",
        "during ",
        "at ",
        "for ",
        "over the "
    };

    private enum Limit {
        BEFORE,
        AFTER,
        NO_LATER_THAN,
        NOT_BEFORE
    }

    private static final Map<String, Limit> LIMITS = Map.of(
            "before ",
            Limit.BEFORE,
            "prior to ",
            Limit.BEFORE,
            "after ",
            Limit.AFTER,
            "following ",
            Limit.AFTER,
            "no later than ",
            Limit.NO_LATER_THAN,
            "not later than ",
            Limit.NO_LATER_THAN,
            "no earlier than ",
            Limit.NOT_BEFORE,
            "not before ",
            Limit.NOT_BEFORE);

    private enum Part {
        EARLY,
        MID,
        LATE,
        FIRST_HALF,
        SECOND_HALF
    }

    /** Longest first, so that "the end of" wins over shorter wordings. */
    private static final String[][] PARTS = {
        {"the beginning of ", "EARLY"},
        {"the start of ", "EARLY"},
        {"the middle of ", "MID"},
        {"the end of ", "LATE"},
        {"the first half of ", "FIRST_HALF"},
        {"the second half of ", "SECOND_HALF"},
        {"first half of ", "FIRST_HALF"},
        {"second half of ", "SECOND_HALF"},
        {"beginning of ", "EARLY"},
        {"start of ", "EARLY"},
        {"end of ", "LATE"},
        {"end-", "LATE"},
        {"the early ", "EARLY"},
        {"the late ", "LATE"},
        {"the mid-", "MID"},
        {"early ", "EARLY"},
        {"late ", "LATE"},
        {"mid-", "MID"},
        {"mid ", "MID"}
    };

    private Dates() {}

    /** {@code core} reads the date itself; this adds what prepositions, bounds and parts around it say. */
    static Optional<FigureReading> read(String text, Function<String, Optional<FigureReading>> core) {
        Optional<FigureReading> whole = core.apply(text);
        if (whole.isPresent()) {
            return whole;
        }
        String t = text;
        Limit limit = null;
        for (Map.Entry<String, Limit> l : LIMITS.entrySet()) {
            if (t.startsWith(l.getKey())) {
                limit = l.getValue();
                t = t.substring(l.getKey().length());
                break;
            }
        }
        for (String p : PREPOSITIONS) {
            if (t.startsWith(p) && t.length() > p.length()) {
                String rest = p.equals("over the ") ? "the " + t.substring(p.length()) : t.substring(p.length());
                t = rest;
                break;
            }
        }
        Part part = null;
        for (String[] p : PARTS) {
            if (t.startsWith(p[0]) && t.length() > p[0].length()) {
                part = Part.valueOf(p[1]);
                t = t.substring(p[0].length());
                break;
            }
        }
        if (t.equals(text)) {
            return Optional.empty();
        }
        Optional<FigureReading> reading = core.apply(t);
        if (reading.isEmpty() || !reading.get().understood()) {
            return reading;
        }
        FigureReading r = reading.get();
        if (part != null) {
            r = part(r, part);
        }
        return Optional.of(limit == null ? r : limit(r, limit));
    }

    static FigureReading days(LocalDate from, LocalDate to) {
        return FigureReading.dates(FigureReading.EXACT, from, to, false);
    }

    static FigureReading day(LocalDate day) {
        return days(day, day);
    }

    /** "early June": the first third of the days; "mid-2024": May to August; "the early 1990s": 1990 to 1993. */
    private static FigureReading part(FigureReading r, Part part) {
        Optional<LocalDate> lower = r.lowerDate();
        Optional<LocalDate> upper = r.upperDate();
        if (lower.isEmpty() || upper.isEmpty() || !r.bound().equals(FigureReading.EXACT)) {
            return FigureReading.notUnderstood(); // "early last week", "late a year ago": no clear part
        }
        LocalDate from = lower.get();
        LocalDate to = upper.get();
        if (from.equals(to)) {
            return r; // "early Monday": the day itself
        }
        boolean wholeYears = from.getDayOfYear() == 1 && to.getMonth() == Month.DECEMBER && to.getDayOfMonth() == 31;
        int years = to.getYear() - from.getYear() + 1;
        if (part == Part.FIRST_HALF || part == Part.SECOND_HALF) {
            long days = to.toEpochDay() - from.toEpochDay() + 1;
            LocalDate middle = wholeYears && years == 1 ? from.withMonth(7) : from.plusDays(days / 2);
            return part == Part.FIRST_HALF ? days(from, middle.minusDays(1)) : days(middle, to);
        }
        LocalDate a;
        LocalDate b;
        if (wholeYears && years == 1) {
            a = from.withMonth(5);
            b = from.withMonth(9);
        } else if (wholeYears && years == 10) {
            a = from.plusYears(4);
            b = from.plusYears(7);
        } else {
            long third = (to.toEpochDay() - from.toEpochDay() + 1) / 3;
            a = from.plusDays(third);
            b = to.minusDays(third - 1);
        }
        return switch (part) {
            case EARLY -> FigureReading.dates(FigureReading.APPROXIMATE, from, a.minusDays(1), true);
            case MID -> FigureReading.dates(FigureReading.APPROXIMATE, a, b.minusDays(1), true);
            default -> FigureReading.dates(FigureReading.APPROXIMATE, b, to, true);
        };
    }

    /** "before June 2024": up to May 31; "after 2022": from January 1, 2023. */
    private static FigureReading limit(FigureReading r, Limit limit) {
        Optional<LocalDate> lower = r.lowerDate();
        Optional<LocalDate> upper = r.upperDate();
        if (lower.isEmpty() || upper.isEmpty()) {
            return FigureReading.notUnderstood();
        }
        return switch (limit) {
            case BEFORE -> bounded(FigureReading.AT_MOST, null, lower.get().minusDays(1), r.approximate());
            case NO_LATER_THAN -> bounded(FigureReading.AT_MOST, null, upper.get(), r.approximate());
            case AFTER -> bounded(FigureReading.AT_LEAST, upper.get().plusDays(1), null, r.approximate());
            case NOT_BEFORE -> bounded(FigureReading.AT_LEAST, lower.get(), null, r.approximate());
        };
    }

    /** A date interval open at one end (either may be null). */
    static FigureReading bounded(String bound, @Nullable LocalDate from, @Nullable LocalDate to, boolean approximate) {
        return new FigureReading(
                true,
                Dimensions.DATE,
                bound,
                from == null ? null : FigureCodec.epochDay(from),
                to == null ? null : FigureCodec.epochDay(to),
                from != null,
                to != null,
                approximate,
                FigureCodec.DAY_UNIT,
                null);
    }

    /** A month by a name that a pattern matched: the patterns accept only the names in {@link #MONTHS}. */
    static Month month(String name) {
        return Objects.requireNonNull(MONTHS.get(name), () -> "not a month name: " + name);
    }

    /** A weekday by a name that a pattern matched: the patterns accept only the names in {@link #WEEKDAYS}. */
    static DayOfWeek weekday(String name) {
        return Objects.requireNonNull(WEEKDAYS.get(name), () -> "not a weekday name: " + name);
    }
}
