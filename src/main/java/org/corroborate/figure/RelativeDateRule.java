package org.corroborate.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates read against the publication date: "yesterday", "(last) Friday", "in February", "Aug. 15", "last
 * week", "earlier this year", "a year ago", "within two weeks", "the past three years", "over the weekend".
 * Without a publication date these are not understood, except "within two weeks", which the amount rule then
 * reads as a duration of at most two weeks.
 *
 * <p>Choices, for news that reports what happened: a bare weekday ("on Monday") is the latest such day on or
 * before publication (the publication day itself included: "on Tuesday" in a Tuesday paper is that day); a
 * month alone ("in February") is the latest such month not after the publication month; a day without a year
 * ("Aug. 15") is the nearest such day before or after publication. "Next"/"this coming" look forward.
 */
final class RelativeDateRule implements FigureRule {

    private static final LocalDate PLACEHOLDER = LocalDate.of(2001, 1, 1);

    private static final Pattern WEEKDAY = Pattern.compile("(?:(?<which>last|this past|past|next|this coming|coming"
            + "|this) )?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "(?: (?:morning|afternoon|evening|night))?");
    private static final Pattern MONTH_ALONE = Pattern.compile("(?:(?<which>last|next|this|this past|this coming"
            + "|past) )?(?<month>january|february|march|april|may|june|july|august|september|october|november"
            + "|december|sept)");
    private static final Pattern MONTH_DAY =
            Pattern.compile("(?:" + CalendarDateRule.MONTH + " " + CalendarDateRule.DAY + ")");
    private static final Pattern DAY_MONTH =
            Pattern.compile("(?:the )?" + CalendarDateRule.DAY + "(?: of)? " + CalendarDateRule.MONTH);
    private static final Pattern PERIOD = Pattern.compile("(?<which>earlier this|later this|early this|this|last"
            + "|next|past|the past|the last|the previous|previous|the next|the coming|this coming|coming|the following"
            + "|the) (?<unit>week|month|year|weekend|decade)");
    private static final Set<String> TIME_WORDS = timeWords();

    private static Set<String> timeWords() {
        Set<String> words = new java.util.HashSet<>(Dates.MONTHS.keySet());
        words.addAll(Dates.WEEKDAYS.keySet());
        words.addAll(Set.of(
                "today",
                "tonight",
                "yesterday",
                "tomorrow",
                "night",
                "morning",
                "afternoon",
                "evening",
                "weekend",
                "week",
                "weeks",
                "day",
                "days",
                "month",
                "months",
                "year",
                "years",
                "decade",
                "decades",
                "hour",
                "hours",
                "fortnight",
                "fortnights",
                "century",
                "centuries",
                "hrs",
                "yrs"));
        return Set.copyOf(words);
    }

    /** Ten thousand years: further back or ahead is not a date this normaliser reads. */
    private static final BigDecimal LONGEST_DAYS = BigDecimal.valueOf(3_652_500);

    private static final Set<String> DURATION_DAYS = Set.of("day", "week", "month", "year", "decade", "hour");

    @Override
    public Optional<FigureReading> read(Phrase phrase) {
        String t = phrase.text();
        if (t.equals("may") || t.equals("march")) {
            return Optional.empty(); // alone, the verbs far more often than the months ("in May" is read)
        }
        if (!mentionsTime(t)) {
            return Optional.empty(); // most figures: no need to try the patterns
        }
        if (phrase.published() == null) {
            if (isWithin(t)) {
                return Optional.empty(); // "within two weeks": a duration, for the amount rule
            }
            Optional<FigureReading> relative =
                    Dates.read(t, core -> core(core, PLACEHOLDER, phrase.approximateWidth(), Tense.NOT_GIVEN));
            return relative.map(r -> FigureReading.notUnderstood());
        }
        LocalDate pub = phrase.published();
        return Dates.read(t, core -> core(core, pub, phrase.approximateWidth(), phrase.tense()));
    }

    /** Every relative date names a month, a weekday, a day ("today") or a unit of time ("week", "years"). */
    private static boolean mentionsTime(String t) {
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == ' ' || t.charAt(i) == '-' || t.charAt(i) == '\'') {
                if (i > start && TIME_WORDS.contains(t.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean isWithin(String t) {
        return t.startsWith("within ")
                || t.startsWith("in the next ")
                || t.startsWith("over the next ")
                || t.startsWith("in the coming ")
                || t.startsWith("over the coming ")
                || t.startsWith("during the next ")
                || t.startsWith("the next ")
                || t.startsWith("the coming ");
    }

    private static Optional<FigureReading> core(String t, LocalDate pub, BigDecimal width, Tense tense) {
        switch (t) {
            case "today",
                    "tonight",
                    "this morning",
                    "this afternoon",
                    "this evening",
                    "earlier today",
                    "later today" -> {
                return Optional.of(Dates.day(pub));
            }
            case "yesterday", "last night", "yesterday morning", "yesterday afternoon", "yesterday evening" -> {
                return Optional.of(Dates.day(pub.minusDays(1)));
            }
            case "tomorrow", "tomorrow morning", "tomorrow afternoon", "tomorrow evening", "tomorrow night" -> {
                return Optional.of(Dates.day(pub.plusDays(1)));
            }
            case "the day before yesterday" -> {
                return Optional.of(Dates.day(pub.minusDays(2)));
            }
            case "the day after tomorrow" -> {
                return Optional.of(Dates.day(pub.plusDays(2)));
            }
            case "the weekend", "weekend", "this past weekend" -> {
                return Optional.of(weekendOnOrBefore(pub));
            }
            default -> {
                // fall through to the patterns
            }
        }
        if (t.endsWith(" ago")) {
            return ago(t.substring(0, t.length() - 4), pub, width);
        }
        if (t.endsWith(" from now") || t.endsWith("' time") || t.endsWith(" time")) {
            String amount = t.substring(0, t.lastIndexOf(' '));
            amount = amount.endsWith("'s")
                    ? amount.substring(0, amount.length() - 2)
                    : amount.endsWith("'") ? amount.substring(0, amount.length() - 1) : amount;
            return fromNow(amount.endsWith(" from") ? amount.substring(0, amount.length() - 5) : amount, pub, width);
        }
        if (isWithin(t)) {
            return within(t, pub);
        }
        if (t.startsWith("the past ") || t.startsWith("the last ") || t.startsWith("the previous ")) {
            Optional<FigureReading> past = past(t.substring(t.indexOf(' ', 4) + 1), pub);
            if (past.isPresent()) {
                return past;
            }
        }
        Matcher m;
        if ((m = WEEKDAY.matcher(t)).matches()) {
            return Optional.of(Dates.day(weekday(pub, Dates.weekday(m.group("weekday")), m.group("which"), tense)));
        }
        if ((m = MONTH_ALONE.matcher(t)).matches()) {
            return Optional.of(
                    CalendarDateRule.month(month(pub, Dates.month(m.group("month")), m.group("which"), tense)));
        }
        if ((m = MONTH_DAY.matcher(t)).matches() || (m = DAY_MONTH.matcher(t)).matches()) {
            return nearestDay(pub, Dates.month(m.group("month")), Integer.parseInt(m.group("day")));
        }
        if ((m = PERIOD.matcher(t)).matches()) {
            return period(pub, m.group("which"), m.group("unit"));
        }
        return Optional.empty();
    }

    /**
     * A bare weekday looks back (the publication day included) unless its sentence looks forward, or has no
     * tense at all: then the day ahead when it is nearer by two days or more ("Friday's meeting" in a Thursday
     * paper), else the day before (a Tuesday paper's "on Friday" is four days back, not three ahead);
     * "next" and "this coming" look forward.
     */
    private static LocalDate weekday(LocalDate pub, DayOfWeek day, String which, Tense tense) {
        if (which == null) {
            LocalDate before = pub.with(TemporalAdjusters.previousOrSame(day));
            LocalDate after = pub.with(TemporalAdjusters.nextOrSame(day));
            return switch (tense) {
                case FUTURE -> after;
                // news tells what happened: the day ahead only when it is clearly the nearer one
                case UNMARKED ->
                    after.toEpochDay() - pub.toEpochDay() + 2 <= pub.toEpochDay() - before.toEpochDay()
                            ? after
                            : before;
                default -> before;
            };
        }
        return switch (which) {
            case "last", "this past", "past" -> pub.with(TemporalAdjusters.previous(day));
            case "this" -> pub.with(TemporalAdjusters.nextOrSame(day));
            default -> pub.with(TemporalAdjusters.next(day));
        };
    }

    /** A bare month is the latest not after publication, unless its sentence looks forward. */
    private static YearMonth month(LocalDate pub, Month month, String which, Tense tense) {
        YearMonth now = YearMonth.from(pub);
        YearMonth ym = YearMonth.of(pub.getYear(), month);
        if (which == null) {
            if (tense == Tense.FUTURE) {
                return ym.isBefore(now) ? ym.plusYears(1) : ym;
            }
            return ym.isAfter(now) ? ym.minusYears(1) : ym;
        }
        return switch (which) {
            case "last", "this past", "past" -> ym.isBefore(now) ? ym : ym.minusYears(1);
            case "next", "this coming" -> ym.isAfter(now) ? ym : ym.plusYears(1);
            default -> ym; // "this February": of the publication year
        };
    }

    /** "Aug. 15": of the year that puts it nearest the publication date. */
    private static Optional<FigureReading> nearestDay(LocalDate pub, Month month, int day) {
        LocalDate best = null;
        for (int year = pub.getYear() - 1; year <= pub.getYear() + 1; year++) {
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                continue;
            }
            LocalDate candidate = LocalDate.of(year, month, day);
            if (best == null
                    || Math.abs(candidate.toEpochDay() - pub.toEpochDay())
                            < Math.abs(best.toEpochDay() - pub.toEpochDay())) {
                best = candidate;
            }
        }
        return Optional.of(best == null ? FigureReading.notUnderstood() : Dates.day(best));
    }

    private static Optional<FigureReading> period(LocalDate pub, String which, String unit) {
        if (unit.equals("weekend")) {
            return weekend(pub, which);
        }
        if (unit.equals("decade")) {
            return switch (which) {
                case "past", "the past", "the last", "last", "the previous" ->
                    Optional.of(range(pub.minusYears(10), pub));
                default -> Optional.empty();
            };
        }
        LocalDate start = switch (unit) {
            case "week" -> pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> pub.withDayOfMonth(1);
            default -> pub.withDayOfYear(1);
        };
        LocalDate end = plus(start, unit, 1).minusDays(1);
        return Optional.of(
                switch (which) {
                    case "last", "previous" -> Dates.days(plus(start, unit, -1), start.minusDays(1));
                    case "next", "coming", "this coming" ->
                        Dates.days(plus(start, unit, 1), plus(start, unit, 2).minusDays(1));
                    case "earlier this" -> range(start, pub);
                    case "later this" -> range(pub, end);
                    case "past", "the past", "the last", "the previous" -> range(plus(pub, unit, -1), pub);
                    case "the next", "the coming", "the following" -> range(pub, plus(pub, unit, 1));
                    default ->
                        Dates.days(start, end); // "this week", "the end of the year" (with the part applied after)
                });
    }

    private static Optional<FigureReading> weekend(LocalDate pub, String which) {
        LocalDate saturday = pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return switch (which) {
            case "this", "the" ->
                Optional.of(
                        pub.getDayOfWeek() == DayOfWeek.SUNDAY
                                ? Dates.days(pub.minusDays(1), pub)
                                : Dates.days(saturday, saturday.plusDays(1)));
            case "last", "past", "the past", "the last", "previous", "the previous" -> {
                LocalDate sunday = pub.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
                yield Optional.of(Dates.days(sunday.minusDays(1), sunday));
            }
            case "next", "coming", "this coming", "the coming", "the next" -> {
                LocalDate next = pub.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                yield Optional.of(Dates.days(next, next.plusDays(1)));
            }
            default -> Optional.empty();
        };
    }

    /** "over the weekend": the latest Saturday and Sunday not after publication. */
    private static FigureReading weekendOnOrBefore(LocalDate pub) {
        LocalDate sunday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        if (pub.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return Dates.day(pub);
        }
        return Dates.days(sunday.minusDays(1), sunday);
    }

    /** "a year ago": around the day a year before publication, give or take the approximate width. */
    private static Optional<FigureReading> ago(String amount, LocalDate pub, BigDecimal width) {
        Qualifiers.Split q = Qualifiers.prefix(amount);
        Qualifiers.Kind kind = q == null ? Qualifiers.Kind.ABOUT : q.kind();
        String rest = q == null ? amount : q.rest();
        Optional<Long> days = durationDays(rest);
        if (days.isEmpty()) {
            return Optional.of(FigureReading.notUnderstood()); // "weeks ago", "a few days ago"
        }
        LocalDate centre = shift(rest, pub, days.get(), -1);
        long slack = slack(pub.toEpochDay() - centre.toEpochDay(), width);
        return Optional.of(
                switch (kind) {
                    case MORE_THAN ->
                        new FigureReading(
                                true,
                                Dimensions.DATE,
                                FigureReading.AT_MOST,
                                null,
                                epoch(centre),
                                false,
                                false,
                                false,
                                "day",
                                null);
                    case AT_LEAST -> Dates.bounded(FigureReading.AT_MOST, null, centre, false);
                    case LESS_THAN, AT_MOST ->
                        new FigureReading(
                                true,
                                Dimensions.DATE,
                                FigureReading.RANGE,
                                epoch(centre),
                                epoch(pub),
                                false,
                                true,
                                false,
                                "day",
                                null);
                    case NEARLY ->
                        FigureReading.dates(FigureReading.APPROXIMATE, centre, centre.plusDays(slack), true)
                                .withBound(
                                        FigureReading.APPROXIMATE,
                                        epoch(centre),
                                        epoch(centre.plusDays(slack)),
                                        false,
                                        true,
                                        true);
                    case JUST_OVER ->
                        FigureReading.dates(FigureReading.APPROXIMATE, centre.minusDays(slack), centre, true)
                                .withBound(
                                        FigureReading.APPROXIMATE,
                                        epoch(centre.minusDays(slack)),
                                        epoch(centre),
                                        true,
                                        false,
                                        true);
                    default ->
                        FigureReading.dates(
                                FigureReading.APPROXIMATE, centre.minusDays(slack), centre.plusDays(slack), true);
                });
    }

    /** "two weeks from now", "in a year's time": around that day. */
    private static Optional<FigureReading> fromNow(String amount, LocalDate pub, BigDecimal width) {
        Optional<Long> days = durationDays(amount);
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate centre = shift(amount, pub, days.get(), 1);
        long slack = slack(centre.toEpochDay() - pub.toEpochDay(), width);
        return Optional.of(
                FigureReading.dates(FigureReading.APPROXIMATE, centre.minusDays(slack), centre.plusDays(slack), true));
    }

    /** "within two weeks", "in the next week to 10 days": from publication to the furthest end. */
    private static Optional<FigureReading> within(String t, LocalDate pub) {
        String rest = t.substring(t.indexOf(' ') + 1);
        for (String lead : new String[] {"the next ", "the coming ", "next ", "coming "}) {
            if (rest.startsWith(lead)) {
                rest = rest.substring(lead.length());
                break;
            }
        }
        if (t.startsWith("the next ") || t.startsWith("the coming ")) {
            rest = t.substring(t.indexOf(' ', 4) + 1);
        }
        Optional<Long> days = durationDays(rest);
        if (days.isEmpty()) {
            // "the next week to 10 days": a range of durations, the first unit standing alone for one of it
            String firstWord = rest.indexOf(' ') > 0 ? rest.substring(0, rest.indexOf(' ')) : rest;
            String range = Units.of(firstWord).isPresent() ? "a " + rest : rest;
            days = RangeRule.quantities(range).flatMap(r -> {
                BigDecimal upper = r.upper();
                return r.dimension().equals(Dimensions.DURATION) && upper != null
                        ? durationDays(upper.toPlainString() + " " + r.unit())
                        : Optional.<Long>empty();
            });
        }
        return days.map(d -> range(pub, pub.plusDays(d)));
    }

    /** "the past three years": from that long before publication to publication. */
    private static Optional<FigureReading> past(String amount, LocalDate pub) {
        return durationDays(amount).map(d -> range(shift(amount, pub, d, -1), pub));
    }

    /** A duration ("two weeks", "a year and a half", "week": one of it) in days; hours round up to days. */
    static Optional<Long> durationDays(String amount) {
        Optional<Quantity> q = duration(amount);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = q.get().value();
        BigDecimal days = switch (q.get().unit()) {
            case "hour" -> value.divide(BigDecimal.valueOf(24), 0, RoundingMode.CEILING);
            case "week" -> value.multiply(BigDecimal.valueOf(7));
            case "month" -> value.multiply(new BigDecimal("30.4375"));
            case "year" -> value.multiply(new BigDecimal("365.25"));
            case "decade" -> value.multiply(new BigDecimal("3652.5"));
            default -> value;
        };
        if (days.compareTo(LONGEST_DAYS) > 0) {
            return Optional.empty(); // "a trillion years ago" is a figure of speech, and off the calendar
        }
        return Optional.of(days.setScale(0, RoundingMode.CEILING).longValue());
    }

    /** A positive duration of hours or more; a unit alone is one of it ("the past year"), a plural alone is not. */
    private static Optional<Quantity> duration(String amount) {
        Optional<Quantity> q = Quantity.read(amount);
        if (q.isEmpty() && !amount.endsWith("s")) {
            q = Units.of(amount)
                    .filter(u -> u.dimension().equals(Dimensions.DURATION))
                    .map(u -> new Quantity(u.factor(), u.dimension(), u.code(), "", amount));
        }
        return q.filter(d -> d.dimension().equals(Dimensions.DURATION)
                && DURATION_DAYS.contains(d.unit())
                && d.value().signum() > 0);
    }

    /** Whole months and years count on the calendar ("a year ago" is the same day last year); the rest in days. */
    private static LocalDate shift(String amount, LocalDate pub, long days, int sign) {
        Optional<Quantity> q = duration(amount);
        if (q.isPresent() && q.get().value().stripTrailingZeros().scale() <= 0) {
            long n = sign * q.get().value().longValue();
            switch (q.get().unit()) {
                case "month" -> {
                    return pub.plusMonths(n);
                }
                case "year" -> {
                    return pub.plusYears(n);
                }
                case "decade" -> {
                    return pub.plusYears(10 * n);
                }
                default -> {
                    // days and weeks are exact already
                }
            }
        }
        return pub.plusDays(sign * days);
    }

    /** How far either side of the day an approximate "… ago" reaches: the width of the distance, at least a day. */
    private static long slack(long days, BigDecimal width) {
        return Math.max(
                1,
                BigDecimal.valueOf(days)
                        .multiply(width)
                        .setScale(0, RoundingMode.DOWN)
                        .longValue());
    }

    private static LocalDate plus(LocalDate d, String unit, int n) {
        return switch (unit) {
            case "week" -> d.plusWeeks(n);
            case "month" -> d.plusMonths(n);
            default -> d.plusYears(n);
        };
    }

    private static FigureReading range(LocalDate from, LocalDate to) {
        return FigureReading.dates(FigureReading.RANGE, from, to, false);
    }

    private static BigDecimal epoch(LocalDate d) {
        return FigureCodec.epochDay(d);
    }
}
