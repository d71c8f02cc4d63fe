package org.corroborate.figure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that name their year, so need no publication date: "15 August 2025", "Aug. 15, 2025", "June 2024",
 * "2022", "the 1990s", "2025-08-15", "15/08/2025", "Q3 2024", "the first quarter of 2025", with the wording
 * {@link Dates} adds ("since early 2024", "before June 2024"). A numeric date that could be day/month or
 * month/day ("03/04/2025") is not understood.
 */
final class CalendarDateRule implements FigureRule {

    static final String MONTH = "(?<month>january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>1[89]\\d\\d|20\\d\\d)";
    private static final String WEEKDAY = "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(WEEKDAY + MONTH + " " + DAY + ",? " + YEAR);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(WEEKDAY + "(?:the )?" + DAY + "(?: of)? " + MONTH + ",? " + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "(?:,| of)? " + YEAR);
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:the year )?" + YEAR);
    private static final Pattern DECADE = Pattern.compile("(?:the )?(?<decade>1[89]\\d0|20\\d0)'?s");
    private static final Pattern ISO = Pattern.compile("(?<year>\\d{4})-(?<m>\\d{2})-(?<day>\\d{2})");
    private static final Pattern NUMERIC =
            Pattern.compile("(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>" + "(?<year>\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?:q(?<q>[1-4])|(?:the )?(?<nth>first|second|third"
            + "|fourth|1st|2nd|3rd|4th) quarter)(?: of)?,? " + YEAR);

    @Override
    public Optional<FigureReading> read(Phrase phrase) {
        String t = phrase.text();
        if (!hasYearDigits(t)) {
            return Optional.empty(); // every calendar date has four digits in a row: skip the patterns
        }
        return Dates.read(t, CalendarDateRule::core);
    }

    private static boolean hasYearDigits(String t) {
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = Character.isDigit(t.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    static Optional<FigureReading> core(String t) {
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m;
        char c = t.charAt(0);
        if (Character.isDigit(c)) {
            if ((m = YEAR_ONLY.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group("year"));
                return Optional.of(Dates.days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            if ((m = ISO.matcher(t)).matches()) {
                return day(
                        Integer.parseInt(m.group("year")),
                        Integer.parseInt(m.group("m")),
                        Integer.parseInt(m.group("day")));
            }
            if ((m = NUMERIC.matcher(t)).matches()) {
                return numeric(
                        Integer.parseInt(m.group("a")),
                        Integer.parseInt(m.group("b")),
                        Integer.parseInt(m.group("year")));
            }
        }
        if ((m = DECADE.matcher(t)).matches()) {
            int decade = Integer.parseInt(m.group("decade"));
            return Optional.of(Dates.days(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31)));
        }
        if ((m = MONTH_DAY_YEAR.matcher(t)).matches() || (m = DAY_MONTH_YEAR.matcher(t)).matches()) {
            return day(
                    Integer.parseInt(m.group("year")),
                    Dates.month(m.group("month")).getValue(),
                    Integer.parseInt(m.group("day")));
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group("year")), Dates.month(m.group("month")));
            return Optional.of(month(ym));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            String q = m.group("q") != null ? m.group("q") : m.group("nth").substring(0, 1);
            int quarter = switch (q) {
                case "f" -> m.group("nth").startsWith("fi") ? 1 : 4;
                case "s" -> 2;
                case "t" -> 3;
                default -> Integer.parseInt(q);
            };
            YearMonth first = YearMonth.of(Integer.parseInt(m.group("year")), Month.of(quarter * 3 - 2));
            return Optional.of(Dates.days(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        return Optional.empty();
    }

    static FigureReading month(YearMonth ym) {
        return Dates.days(ym.atDay(1), ym.atEndOfMonth());
    }

    static Optional<FigureReading> day(int year, int month, int day) {
        try {
            return Optional.of(Dates.day(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.of(FigureReading.notUnderstood()); // "February 30, 2025"
        }
    }

    /** "15/08/2025" can only be day/month; "08/15/2025" only month/day; "03/04/2025" either. */
    private static Optional<FigureReading> numeric(int a, int b, int year) {
        if (a > 12 && b <= 12) {
            return day(year, b, a);
        }
        if (b > 12 && a <= 12) {
            return day(year, a, b);
        }
        if (a == b) {
            return day(year, a, b);
        }
        return Optional.of(FigureReading.notUnderstood());
    }
}
