package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Two amounts or two dates: "between 9 and 10 kilometers", "from $5 million to $10 million", "5-10%", "20~100",
 * "greater than 100 and smaller than 300", "two or three", "$140 to $160 million", "next week to 10 days", "from 2014 to 2022", "June to August 2025". A unit,
 * scale, currency or year written once applies to both ends; units of one family meet in the smaller ("a week
 * to 10 days" is 7 to 10 days). Ends that differ in kind, or that are not in order ("10 to 9" is a score or a
 * time), give no reading. "About"/"roughly" before a range makes it approximate.
 */
final class RangeRule implements FigureRule {

    private static final String[] HEDGES = {
        "about ",
        "around ",
        "roughly ",
        "approximately ",
        "some ",
        "an estimated ",
        "somewhere between ",
        "anywhere between ",
        "anywhere from ",
        "an estimated "
    };

    @Override
    public Optional<FigureReading> read(Phrase phrase) {
        String t = phrase.text();
        if (t.indexOf('-') < 0 && t.indexOf(' ') < 0 && t.indexOf('~') < 0) {
            return Optional.empty();
        }
        boolean hedged = false;
        for (String hedge : HEDGES) {
            if (t.startsWith(hedge)) {
                hedged = true;
                t = hedge.startsWith("some") || hedge.startsWith("any")
                        ? "between " + t.substring(hedge.length())
                        : t.substring(hedge.length());
                if (t.startsWith("between between ")) {
                    t = t.substring(8);
                }
                break;
            }
        }
        Optional<FigureReading> range = split(t, phrase);
        if (hedged) {
            range = range.filter(FigureReading::understood)
                    .map(r ->
                            r.withBound(r.bound(), r.lower(), r.upper(), r.lowerInclusive(), r.upperInclusive(), true));
        }
        return range;
    }

    /** A range of amounts alone (no dates), for rules that need one: "week to 10 days" inside "within …". */
    static Optional<FigureReading> quantities(String t) {
        return split(t, null);
    }

    /** Tries the ways of writing two ends, each at every place it occurs. */
    private static Optional<FigureReading> split(String t, @Nullable Phrase phrase) {
        if (t.startsWith("between ")) {
            return atEach(t.substring(8), " and ", phrase);
        }
        if (t.startsWith("from ")) {
            Optional<FigureReading> r = atEach(t.substring(5), " to ", phrase);
            if (r.isEmpty()) {
                r = atEach(t.substring(5), " until ", phrase);
            }
            return r.isEmpty() ? atEach(t.substring(5), " through ", phrase) : r;
        }
        Optional<FigureReading> bounds = bounds(t);
        if (bounds.isPresent()) {
            return bounds;
        }
        for (String separator : new String[] {" to ", " or ", " through ", " until ", "-", "~"}) {
            Optional<FigureReading> r = atEach(t, separator, phrase);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /**
     * Two one-sided bounds, either first: "greater than 100 and smaller than 300" (100, 300), "at most 100 and
     * at least 20" [20, 100], "more than 5 but less than 10 km". Each end keeps its own inclusion.
     */
    private static Optional<FigureReading> bounds(String t) {
        Qualifiers.Split first = Qualifiers.prefix(t);
        if (first == null || side(first.kind()) == 0) {
            return Optional.empty();
        }
        String rest = first.rest();
        for (String joint : new String[] {" and ", " but "}) {
            int at = rest.indexOf(joint);
            while (at > 0) {
                Qualifiers.Split second = Qualifiers.prefix(rest.substring(at + joint.length()));
                if (second != null && side(second.kind()) == -side(first.kind())) {
                    return Optional.of(twoBounds(rest.substring(0, at), first.kind(), second.rest(), second.kind())
                            .orElse(FigureReading.notUnderstood()));
                }
                at = rest.indexOf(joint, at + 1);
            }
        }
        return Optional.empty();
    }

    /** 1 for a lower bound ("at least", "more than"), -1 for an upper bound ("at most", "less than"), else 0. */
    private static int side(Qualifiers.Kind kind) {
        return switch (kind) {
            case AT_LEAST, MORE_THAN -> 1;
            case AT_MOST, LESS_THAN -> -1;
            default -> 0;
        };
    }

    private static Optional<FigureReading> twoBounds(String a, Qualifiers.Kind aKind, String b, Qualifiers.Kind bKind) {
        Optional<Quantity> second = Quantity.read(b);
        if (second.isEmpty()) {
            return Optional.empty();
        }
        // "more than 5 and less than 10 km": the unit written once, after the second
        String suffix = suffixAfterNumber(b);
        Optional<Quantity> firstQ = !suffix.isEmpty() && bare(a)
                ? Quantity.read(a + suffix)
                        .filter(q -> q.dimension().equals(second.get().dimension()))
                : Optional.empty();
        Optional<Quantity> first = firstQ.isPresent() ? firstQ : Quantity.read(a);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        boolean firstIsLow = side(aKind) > 0;
        Quantity low = firstIsLow ? first.get() : second.get();
        Quantity high = firstIsLow ? second.get() : first.get();
        Qualifiers.Kind lowKind = firstIsLow ? aKind : bKind;
        Qualifiers.Kind highKind = firstIsLow ? bKind : aKind;
        return combine(low, high, lowKind == Qualifiers.Kind.AT_LEAST, highKind == Qualifiers.Kind.AT_MOST);
    }

    private static Optional<FigureReading> atEach(String t, String separator, @Nullable Phrase phrase) {
        int at = t.indexOf(separator);
        int tries = 0;
        while (at > 0 && tries++ < 4) {
            String a = t.substring(0, at).strip();
            String b = t.substring(at + separator.length()).strip();
            if (!a.isEmpty() && !b.isEmpty()) {
                Optional<FigureReading> r = ends(a, b, separator, phrase);
                if (r.isPresent()) {
                    return r;
                }
            }
            at = t.indexOf(separator, at + 1);
        }
        return Optional.empty();
    }

    private static Optional<FigureReading> ends(String a, String b, String separator, @Nullable Phrase phrase) {
        if (phrase != null && !separator.equals(" or ")) {
            Optional<FigureReading> dates = dates(a, b, phrase);
            if (dates.isPresent()) {
                return dates;
            }
        }
        if (separator.equals("-") && phoneLike(a, b)) {
            return Optional.of(FigureReading.notUnderstood());
        }
        String low =
                a.startsWith("the next ") ? "a " + a.substring(9) : a.startsWith("next ") ? "a " + a.substring(5) : a;
        String sign = currencySign(low);
        // "€10-12bn", "$5 to 10 million": a currency sign written once applies to both ends
        Optional<Quantity> high = sign.isEmpty() || !currencySign(b).isEmpty()
                ? Quantity.read(b)
                : Quantity.read(sign + b).or(() -> Quantity.read(b));
        if (high.isEmpty()) {
            return Optional.empty();
        }
        // "9 to 10 million", "$140 to $160 million", "5-10%": the scale or unit written once applies to both
        // ends, unless that would put the lower end above the upper ("between 500 and 1 million")
        Optional<Quantity> lowQ = Optional.empty();
        String suffix = suffixAfterNumber(b);
        if (!suffix.isEmpty() && bare(low)) {
            lowQ = Quantity.read(low + suffix).filter(q -> compatible(q, high.get()));
        }
        if (lowQ.isEmpty()) {
            lowQ = Quantity.read(low);
            if (lowQ.isPresent()
                    && lowQ.get().unit().isEmpty()
                    && !high.get().unitWords().isEmpty()
                    && lowQ.get().dimension().equals(Dimensions.COUNT)) {
                // "140 million to 160 million dollars": the unit after the upper end
                lowQ = Quantity.read(low + " " + high.get().unitWords()).or(() -> Quantity.read(low));
            }
        }
        return lowQ.flatMap(l -> combine(l, high.get()));
    }

    /** Both ends as dates: "from 2014 to 2022", "June to August 2025" (the year written once), "Monday to Wednesday". */
    private static Optional<FigureReading> dates(String a, String b, Phrase phrase) {
        Optional<FigureReading> high = date(b, phrase);
        if (high.isEmpty() || !high.get().understood() || high.get().upper() == null) {
            return Optional.empty();
        }
        Optional<FigureReading> low = Optional.empty();
        String suffix = suffixAfterFirstWord(b);
        if (!suffix.isEmpty() && a.indexOf(' ') < 0) {
            low = date(a + suffix, phrase)
                    .filter(r -> r.understood()
                            && r.lower() != null
                            && r.lower().compareTo(high.get().upper()) <= 0);
        }
        if (low.isEmpty()) {
            low = date(a, phrase);
        }
        if (low.isEmpty()
                || !low.get().understood()
                || low.get().lower() == null
                || low.get().lower().compareTo(high.get().upper()) >= 0) {
            return Optional.empty();
        }
        FigureReading l = low.get();
        FigureReading h = high.get();
        return Optional.of(new FigureReading(
                true,
                Dimensions.DATE,
                FigureReading.RANGE,
                l.lower(),
                h.upper(),
                true,
                true,
                l.approximate() || h.approximate(),
                "day",
                null));
    }

    private static Optional<FigureReading> date(String text, Phrase phrase) {
        Phrase p = phrase.withText(text);
        Optional<FigureReading> r = new CalendarDateRule().read(p);
        return r.isPresent() ? r : new RelativeDateRule().read(p);
    }

    private static String currencySign(String amount) {
        for (int len = Math.min(5, amount.length()); len >= 1; len--) {
            String sign = amount.substring(0, len);
            if (!Character.isLetter(sign.charAt(len - 1)) && Units.CURRENCY_BEFORE.containsKey(sign)) {
                return sign;
            }
        }
        return "";
    }

    /** "555-1234", "020-7946": telephone numbers, not ranges. */
    private static boolean phoneLike(String a, String b) {
        return digitsOnly(a)
                && digitsOnly(b)
                && (a.startsWith("0")
                        || b.length() >= 4
                                && a.length() >= 3
                                && !(a.length() == 4 && b.length() == 4 && (a.startsWith("1") || a.startsWith("2"))));
    }

    private static boolean digitsOnly(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A number alone, perhaps with a currency sign: "9", "$140", "two". */
    private static boolean bare(String a) {
        if (Quantity.read(a).filter(q -> q.unitWords().isEmpty()).isEmpty()) {
            return false;
        }
        String number = a.substring(currencySign(a).length()).strip();
        int space = number.indexOf(' ');
        if (space > 0 && Units.CURRENCY_BEFORE.containsKey(number.substring(0, space))) {
            number = number.substring(space + 1); // "usd 5"
        }
        return Numbers.at(number, 0).filter(n -> !n.scaled()).isPresent();
    }

    /** What follows the number of the upper end: " kilometers" of "10 kilometers", " million euros", "%". */
    private static String suffixAfterNumber(String b) {
        int i = 0;
        while (i < b.length() && !Character.isLetterOrDigit(b.charAt(i)) && b.charAt(i) != '.') {
            i++; // a currency sign
        }
        if (i < b.length() && Character.isLetter(b.charAt(i))) {
            // "three million": the number word is the first word ("twenty-five" with its hyphen)
            int w = i;
            while (w < b.length() && (Character.isLetter(b.charAt(w)) || b.charAt(w) == '-')) {
                w++;
            }
            int hyphen = b.indexOf('-', i);
            String first = b.substring(i, hyphen > 0 && hyphen < w ? hyphen : w);
            return Numbers.SMALL.containsKey(first) ? b.substring(w) : "";
        }
        while (i < b.length() && (Character.isDigit(b.charAt(i)) || b.charAt(i) == ',' || b.charAt(i) == '.')) {
            i++;
        }
        return b.substring(i);
    }

    private static String suffixAfterFirstWord(String b) {
        int space = b.indexOf(' ');
        return space < 0 ? "" : b.substring(space);
    }

    private static boolean compatible(Quantity low, Quantity high) {
        return low.value().compareTo(convert(high, low.unit()).orElse(high.value())) < 0
                && low.dimension().equals(high.dimension());
    }

    private static Optional<BigDecimal> convert(Quantity q, String unit) {
        if (q.unit().equals(unit)) {
            return Optional.of(q.value());
        }
        return Units.factor(q.unit(), unit).map(f -> Numbers.plain(q.value().multiply(f)));
    }

    private static Optional<FigureReading> combine(Quantity low, Quantity high) {
        return combine(low, high, true, true);
    }

    private static Optional<FigureReading> combine(
            Quantity low, Quantity high, boolean lowInclusive, boolean highInclusive) {
        if (!low.dimension().equals(high.dimension()) || !low.currency().equals(high.currency())) {
            return Optional.empty();
        }
        BigDecimal lo = low.value();
        BigDecimal hi = high.value();
        String unit = high.unit();
        if (!low.unit().equals(high.unit())) {
            if (Units.factor(low.unit(), high.unit()).isEmpty()) {
                return Optional.empty(); // "a week to a month": days and months do not convert
            }
            unit = Units.smaller(low.unit(), high.unit());
            lo = convert(low, unit).orElseThrow();
            hi = convert(high, unit).orElseThrow();
        }
        if (lo.compareTo(hi) >= 0) {
            return Optional.empty(); // "10 to 9" is a score or a time, not a range
        }
        return Optional.of(new FigureReading(
                true,
                high.dimension(),
                FigureReading.RANGE,
                lo,
                hi,
                lowInclusive,
                highInclusive,
                false,
                unit.isEmpty() ? null : unit,
                high.currency().isEmpty() ? null : high.currency()));
    }
}
