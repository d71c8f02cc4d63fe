package org.corroborate.figure;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and relative times: "August 19, 2025", "June 2024", "in February", "2022", "last Friday", "a year
 * ago", "earlier this week", "yesterday". Relative wording needs the publication date; without it, or when
 * the wording points both ways (a bare "Monday" may be last or next Monday), there is no reading.
 */
final class DateRule implements FigureRule {

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        for (Month month : Month.values()) {
            MONTHS.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
            MONTHS.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
        for (DayOfWeek day : DayOfWeek.values()) {
            WEEKDAYS.put(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), day);
        }
    }

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "(?<year>1[89]\\d\\d|20\\d\\d)";
    private static final String PREPOSITION = "(?:(?:in|on|since|until|by|from|of|during|early|late|mid|mid-) )?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(PREPOSITION + MONTH
            + " (?<day>\\d{1,2})(?:st|nd|rd|th)?,? " + YEAR);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(PREPOSITION + "(?<day>\\d{1,2})(?:st|nd|rd|th)? "
            + MONTH + ",? " + YEAR);
    private static final Pattern ISO = Pattern.compile("(?<year>\\d{4})-(?<m>\\d{2})-(?<day>\\d{2})");
    private static final Pattern MONTH_YEAR = Pattern.compile(PREPOSITION + MONTH + ",? " + YEAR);
    private static final Pattern MONTH_ONLY = Pattern.compile(PREPOSITION + "(?:last )?" + MONTH);
    private static final Pattern YEAR_ONLY = Pattern.compile(PREPOSITION + YEAR);
    private static final Pattern WEEKDAY = Pattern.compile(PREPOSITION
            + "(?<which>last|next|this past|this coming)? ?(?<weekday>monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday)");
    private static final Pattern AGO = Pattern.compile("(?<num>an?|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "\\d+) (?<unit>days?|weeks?|months?|years?|decades?) ago");
    private static final Pattern PERIOD = Pattern.compile(
            "(?<which>earlier this|later this|this|last|next|past) (?<unit>week|month|year)");

    @Override
    public Optional<FigureReading> read(Phrase phrase) {
        String t = phrase.text();
        Matcher m;
        if ((m = MONTH_DAY_YEAR.matcher(t)).matches() || (m = DAY_MONTH_YEAR.matcher(t)).matches()) {
            return day(Integer.parseInt(m.group("year")), MONTHS.get(m.group("month")).getValue(),
                    Integer.parseInt(m.group("day")));
        }
        if ((m = ISO.matcher(t)).matches()) {
            return day(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("m")),
                    Integer.parseInt(m.group("day")));
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            return Optional.of(month(YearMonth.of(Integer.parseInt(m.group("year")), MONTHS.get(m.group("month")))));
        }
        if ((m = YEAR_ONLY.matcher(t)).matches()) {
            int year = Integer.parseInt(m.group("year"));
            return Optional.of(FigureReading.dates(FigureReading.EXACT, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), false));
        }
        Optional<LocalDate> published = phrase.publishedDate();
        if (published.isEmpty()) {
            return relativeWording(t) ? Optional.of(FigureReading.notUnderstood()) : Optional.empty();
        }
        LocalDate pub = published.get();
        if ((m = MONTH_ONLY.matcher(t)).matches() && !t.equals("may")) {
            // News reports what happened: a month named alone is the latest one not after publication.
            Month month = MONTHS.get(m.group("month"));
            YearMonth ym = YearMonth.of(pub.getYear(), month);
            if (ym.isAfter(YearMonth.from(pub)) || (t.contains("last ") && ym.equals(YearMonth.from(pub)))) {
                ym = ym.minusYears(1);
            }
            return Optional.of(month(ym));
        }
        if ((m = WEEKDAY.matcher(t)).matches()) {
            return weekday(pub, WEEKDAYS.get(m.group("weekday")), m.group("which"));
        }
        if ((m = AGO.matcher(t)).matches()) {
            return ago(pub, m, phrase.approximateWidth());
        }
        if ((m = PERIOD.matcher(t)).matches()) {
            return Optional.of(period(pub, m.group("which"), m.group("unit")));
        }
        return switch (t) {
            case "today" -> Optional.of(FigureReading.dates(FigureReading.EXACT, pub, pub, false));
            case "yesterday" -> Optional.of(FigureReading.dates(FigureReading.EXACT, pub.minusDays(1),
                    pub.minusDays(1), false));
            case "tomorrow" -> Optional.of(FigureReading.dates(FigureReading.EXACT, pub.plusDays(1),
                    pub.plusDays(1), false));
            default -> Optional.empty();
        };
    }

    private static boolean relativeWording(String t) {
        return MONTH_ONLY.matcher(t).matches() || WEEKDAY.matcher(t).matches() || AGO.matcher(t).matches()
                || PERIOD.matcher(t).matches() || t.equals("today") || t.equals("yesterday") || t.equals("tomorrow");
    }

    private static Optional<FigureReading> day(int year, int month, int day) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return Optional.of(FigureReading.dates(FigureReading.EXACT, date, date, false));
        } catch (java.time.DateTimeException e) {
            return Optional.of(FigureReading.notUnderstood()); // "February 30, 2025"
        }
    }

    private static FigureReading month(YearMonth ym) {
        return FigureReading.dates(FigureReading.EXACT, ym.atDay(1), ym.atEndOfMonth(), false);
    }

    private static Optional<FigureReading> weekday(LocalDate pub, DayOfWeek day, String which) {
        if (which == null) {
            return Optional.of(FigureReading.notUnderstood()); // "on Monday": last Monday or next Monday?
        }
        LocalDate date = which.equals("last") || which.equals("this past")
                ? pub.with(TemporalAdjusters.previous(day))
                : pub.with(TemporalAdjusters.next(day));
        return Optional.of(FigureReading.dates(FigureReading.EXACT, date, date, false));
    }

    private static Optional<FigureReading> ago(LocalDate pub, Matcher m, BigDecimal width) {
        String num = m.group("num");
        long n = num.matches("\\d+") ? Long.parseLong(num)
                : num.startsWith("a") ? 1 : Numbers.SMALL.get(num);
        ChronoUnit unit = switch (m.group("unit").replaceFirst("s$", "")) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> ChronoUnit.DECADES;
        };
        LocalDate centre = pub.minus(n, unit);
        long spanDays = ChronoUnit.DAYS.between(centre, pub);
        long slack = Math.max(1, BigDecimal.valueOf(spanDays).multiply(width).longValue());
        return Optional.of(FigureReading.dates(FigureReading.APPROXIMATE, centre.minusDays(slack),
                centre.plusDays(slack), true));
    }

    private static FigureReading period(LocalDate pub, String which, String unit) {
        LocalDate start = switch (unit) {
            case "week" -> pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> pub.withDayOfMonth(1);
            default -> pub.withDayOfYear(1);
        };
        ChronoUnit step = unit.equals("week") ? ChronoUnit.WEEKS : unit.equals("month") ? ChronoUnit.MONTHS
                : ChronoUnit.YEARS;
        return switch (which) {
            case "last", "past" -> FigureReading.dates(FigureReading.EXACT, start.minus(1, step),
                    start.minusDays(1), false);
            case "next" -> FigureReading.dates(FigureReading.EXACT, start.plus(1, step),
                    start.plus(2, step).minusDays(1), false);
            case "earlier this" -> FigureReading.dates(FigureReading.RANGE, start, pub, false);
            case "later this" -> FigureReading.dates(FigureReading.RANGE, pub, start.plus(1, step).minusDays(1), false);
            default -> FigureReading.dates(FigureReading.EXACT, start, start.plus(1, step).minusDays(1), false);
        };
    }
}
