package org.corroborate.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * One amount as written, without qualifier: "$90 billion", "85 million euros", "USD 5 million", "20%",
 * "10 kilometres", "two-thirds", "half a million", "seven", "40 soldiers", "a week", "eight times", "twice".
 * The whole phrase must be understood; a leftover word that is not a counted noun means no reading.
 *
 * @param unitWords the unit as written ("million euros" gives "euros"), so that a range can share it
 */
record Quantity(BigDecimal value, String dimension, String unit, String currency, String unitWords) {

    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2),
            Map.entry("halves", 2),
            Map.entry("third", 3),
            Map.entry("thirds", 3),
            Map.entry("quarter", 4),
            Map.entry("quarters", 4),
            Map.entry("fourth", 4),
            Map.entry("fourths", 4),
            Map.entry("fifth", 5),
            Map.entry("fifths", 5),
            Map.entry("sixth", 6),
            Map.entry("sixths", 6),
            Map.entry("seventh", 7),
            Map.entry("sevenths", 7),
            Map.entry("eighth", 8),
            Map.entry("eighths", 8),
            Map.entry("ninth", 9),
            Map.entry("ninths", 9),
            Map.entry("tenth", 10),
            Map.entry("tenths", 10));

    /** Words before a fraction that mean "one": "a quarter", "the remaining quarter" (of a whole already named). */
    private static final Map<String, Integer> ONE_OF =
            Map.of("a", 1, "an", 1, "one", 1, "the remaining", 1, "the other", 1, "another", 1);

    private static final Map<String, Integer> MULTIPLES =
            Map.of("twice", 2, "thrice", 3, "double", 2, "triple", 3, "treble", 3, "quadruple", 4);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static Optional<Quantity> read(String t) {
        if (t.isEmpty() || t.length() > 60) {
            return Optional.empty();
        }
        char first = t.charAt(0);
        if (Character.isLetter(first)) {
            Optional<Quantity> worded = worded(t);
            if (worded.isPresent()) {
                return worded;
            }
        }
        Optional<Quantity> amount = amount(t);
        if (amount.isEmpty() && (t.endsWith("cents") || t.endsWith("pence") || t.endsWith("cent"))) {
            return compound(t);
        }
        return amount;
    }

    /**
     * "3 dollars 50 cents", "thirteen dollars and forty-five cents", "£4 and 70 pence": whole units and fewer
     * than a hundred hundredths of the same currency (cents take the currency of the dollars or euros before them).
     */
    private static Optional<Quantity> compound(String t) {
        for (int cut = t.indexOf(' '); cut > 0; cut = t.indexOf(' ', cut + 1)) {
            String minorWords = t.substring(cut + 1);
            minorWords = minorWords.startsWith("and ") ? minorWords.substring(4) : minorWords;
            Optional<Quantity> major = amount(t.substring(0, cut));
            if (major.isEmpty()
                    || !major.get().dimension().equals(Dimensions.MONEY)
                    || major.get().value().stripTrailingZeros().scale() > 0
                    || major.get().value().signum() < 0) {
                continue;
            }
            Optional<Quantity> minor = amount(minorWords);
            Optional<Units.Unit> minorUnit =
                    Units.of(minor.map(Quantity::unitWords).orElse(""));
            if (minor.isEmpty() || minorUnit.isEmpty() || !Units.isMinor(minorUnit.get())) {
                continue;
            }
            Quantity a = major.get();
            boolean sameCurrency = minorUnit.get().currency().equals("GBP")
                    ? a.currency().equals("GBP")
                    : Units.CENTS.contains(a.currency())
                            && (minorUnit.get().currency().equals("USD")
                                    || minorUnit.get().currency().equals(a.currency()));
            BigDecimal hundredths = minor.get().value();
            if (!sameCurrency || hundredths.signum() <= 0 || hundredths.compareTo(BigDecimal.ONE) >= 0) {
                return Optional.empty(); // "3 euros 50 pence", "2 dollars 150 cents"
            }
            return Optional.of(new Quantity(
                    Numbers.plain(a.value().add(hundredths)), Dimensions.MONEY, a.unit(), a.currency(), a.unitWords()));
        }
        return Optional.empty();
    }

    /** Wordings that do not start with a number: fractions, "a week", "twice", "threefold", "one in five". */
    private static Optional<Quantity> worded(String t) {
        Integer multiple = MULTIPLES.get(t);
        if (multiple != null) {
            return Optional.of(new Quantity(BigDecimal.valueOf(multiple), Dimensions.COUNT, "times", "", "times"));
        }
        if (t.endsWith("fold") && t.length() > 4) {
            // "threefold", "three-fold", "tenfold": a ratio like "three times"
            String number = t.substring(0, t.length() - 4);
            number = number.endsWith("-") ? number.substring(0, number.length() - 1) : number;
            return Numbers.whole(number)
                    .filter(v -> v.signum() > 0)
                    .map(v -> new Quantity(v, Dimensions.COUNT, "times", "", "times"));
        }
        Optional<Quantity> fraction = fraction(t);
        if (fraction.isPresent()) {
            return fraction;
        }
        // "a week", "an hour", "a mile", "a year and a half": the article is the number one
        int space = t.indexOf(' ');
        if (space > 0 && (t.startsWith("a ") || t.startsWith("an "))) {
            String rest = t.substring(space + 1);
            BigDecimal value = BigDecimal.ONE;
            if (rest.endsWith(" and a half")) {
                rest = rest.substring(0, rest.length() - 11);
                value = new BigDecimal("1.5");
            }
            Optional<Units.Unit> unit = Units.of(rest);
            // not "a percent", "a dollar" or "a times": those are not how an amount is written
            if (unit.isPresent()
                    && !unit.get().code().equals("%")
                    && !unit.get().dimension().equals(Dimensions.MONEY)
                    && !unit.get().code().equals("times")) {
                return Optional.of(of(value, unit.get(), rest));
            }
        }
        return ratio(t);
    }

    /** "two-thirds", "a quarter", "half", "three quarters", "half a million", "a third of a mile". */
    private static Optional<Quantity> fraction(String t) {
        int numerator;
        int denominatorAt;
        if (t.startsWith("half")) {
            numerator = 1;
            denominatorAt = 0;
        } else {
            int cut = -1;
            numerator = 0;
            for (Map.Entry<String, Integer> one : ONE_OF.entrySet()) {
                if (t.startsWith(one.getKey())
                        && t.length() > one.getKey().length()
                        && t.charAt(one.getKey().length()) == ' ') {
                    cut = one.getKey().length() + 1;
                    numerator = 1;
                    break;
                }
            }
            if (cut < 0) {
                int w = Numbers.wordEnd(t, 0);
                Integer small = Numbers.SMALL.get(t.substring(0, w));
                if (small == null
                        || small == 0
                        || small >= 10
                        || w >= t.length()
                        || (t.charAt(w) != ' ' && t.charAt(w) != '-')) {
                    return Optional.empty();
                }
                numerator = small;
                cut = w + 1;
            }
            denominatorAt = cut;
        }
        int end = Numbers.wordEnd(t, denominatorAt);
        Integer denominator = DENOMINATORS.get(t.substring(denominatorAt, end));
        if (denominator == null
                || numerator >= denominator
                || (numerator > 1) != t.substring(denominatorAt, end).endsWith("s") && denominator != 2) {
            return Optional.empty(); // "one thirds", "two third": not a fraction as written
        }
        BigDecimal share = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
        if (end == t.length()) {
            return Optional.of(new Quantity(round(share.multiply(HUNDRED)), Dimensions.PERCENT, "%", "", "%"));
        }
        // "half a million", "a quarter of a century", "half a percentage point": a share of one amount
        String rest = t.substring(end);
        rest = rest.startsWith(" of ") ? rest.substring(4) : rest.startsWith(" ") ? rest.substring(1) : "";
        if (!(rest.startsWith("a ") || rest.startsWith("an "))) {
            return Optional.empty();
        }
        return read(rest)
                .map(q -> new Quantity(
                        round(q.value().multiply(share)), q.dimension(), q.unit(), q.currency(), q.unitWords()));
    }

    /** "one in five", "three out of four": a share, as a percentage. */
    private static Optional<Quantity> ratio(String t) {
        int in = t.indexOf(" in ");
        int outOf = t.indexOf(" out of ");
        int cut = in > 0 ? in : outOf;
        if (cut <= 0) {
            return Optional.empty();
        }
        Optional<BigDecimal> part = Numbers.whole(t.substring(0, cut));
        Optional<BigDecimal> whole = Numbers.whole(t.substring(cut + (in > 0 ? 4 : 8)));
        if (part.isEmpty()
                || whole.isEmpty()
                || whole.get().signum() <= 0
                || part.get().signum() <= 0
                || part.get().compareTo(whole.get()) > 0) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(
                round(part.get().multiply(HUNDRED).divide(whole.get(), MathContext.DECIMAL64)),
                Dimensions.PERCENT,
                "%",
                "",
                "%"));
    }

    /** A number with an optional currency before it and a unit or counted noun after it. */
    private static Optional<Quantity> amount(String t) {
        int i = 0;
        String currency = null;
        boolean mayHaveCurrency = !Character.isDigit(t.charAt(0)) && t.charAt(0) != '.';
        for (int len = mayHaveCurrency ? Math.min(5, t.length()) : 0; len >= 1; len--) {
            String sign = Units.CURRENCY_BEFORE.get(t.substring(0, len));
            if (sign != null && len < t.length()) {
                char next = t.charAt(len);
                boolean letters = Character.isLetter(t.charAt(len - 1));
                if (Character.isDigit(next)
                        || next == '.'
                        || (next == ' '
                                && len + 1 < t.length()
                                && (Character.isDigit(t.charAt(len + 1)) || !letters))) {
                    currency = sign;
                    i = next == ' ' ? len + 1 : len;
                    break;
                }
            }
        }
        Optional<Numbers.Read> number = Numbers.at(t, i);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        Numbers.Read n = number.get();
        if (!plausibleDigits(n)) {
            return Optional.empty();
        }
        int end = n.end();
        if (end == t.length()) {
            return Optional.of(
                    currency == null
                            ? new Quantity(n.value(), Dimensions.COUNT, "", "", "")
                            : new Quantity(n.value(), Dimensions.MONEY, currency, currency, ""));
        }
        char separator = t.charAt(end);
        String rest;
        if (separator == ' ' || separator == '-') {
            rest = t.substring(end + 1);
        } else if (!n.words() && !Character.isDigit(separator)) {
            rest = t.substring(end); // "20%", "10km"
        } else {
            return Optional.empty();
        }
        Optional<Units.Unit> unit = Units.of(rest);
        if (unit.isPresent()) {
            Units.Unit u = unit.get();
            if (currency != null
                    && !(u.dimension().equals(Dimensions.MONEY) && u.currency().equals(currency))) {
                return Optional.empty(); // "$5 euros" says two different things
            }
            return Optional.of(of(n.value(), u, rest));
        }
        if (separator != ' ' || !countedNoun(rest) || yearLike(n)) {
            return Optional.empty();
        }
        // "40 soldiers", "1.5 million refugees", "$90 billion package": the number counts (or costs) the noun
        return Optional.of(
                currency == null
                        ? new Quantity(n.value(), Dimensions.COUNT, "", "", "")
                        : new Quantity(n.value(), Dimensions.MONEY, currency, currency, ""));
    }

    /** Telephone numbers, identifiers and codes are digits too: "0800", "5551234" are not amounts. */
    private static boolean plausibleDigits(Numbers.Read n) {
        String d = n.digits();
        if (d.isEmpty()) {
            return true;
        }
        boolean leadingZero = d.length() > 1 && d.charAt(0) == '0' && d.charAt(1) != '.';
        boolean longUngrouped = d.indexOf(',') < 0 && d.indexOf('.') < 0 && d.length() >= 7;
        return !leadingZero && !longUngrouped;
    }

    /** "2014 elections": a year that qualifies a noun, not 2,014 of them. */
    private static boolean yearLike(Numbers.Read n) {
        String d = n.digits();
        return d.length() == 4 && !n.scaled() && (d.startsWith("18") || d.startsWith("19") || d.startsWith("20"));
    }

    /** One to four plain words that do not begin with a unit, a measure, a time of day or a function word. */
    private static boolean countedNoun(String rest) {
        if (rest.isEmpty() || !Character.isLetter(rest.charAt(0))) {
            return false;
        }
        int words = 1;
        for (int k = 0; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (c == ' ') {
                words++;
            } else if (!(Character.isLetter(c) || c == '\'' || c == '-')) {
                return false;
            }
        }
        if (words > 4) {
            return false;
        }
        String[] w = rest.split("[ -]", 3);
        return !notCounted(w[0])
                && !(w.length > 1 && Units.of(w[0] + " " + w[1]).isPresent());
    }

    private static boolean notCounted(String word) {
        return Units.NOT_COUNTED.contains(word)
                || Units.of(word).isPresent()
                || Numbers.SCALES.containsKey(word)
                || Numbers.SMALL.containsKey(word)
                || DENOMINATORS.containsKey(word);
    }

    private static Quantity of(BigDecimal value, Units.Unit u, String words) {
        return new Quantity(Numbers.plain(value.multiply(u.factor())), u.dimension(), u.code(), u.currency(), words);
    }

    private static BigDecimal round(BigDecimal v) {
        return Numbers.plain(v.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    FigureReading exact() {
        return FigureReading.exact(
                dimension, value, unit.isEmpty() ? null : unit, currency.isEmpty() ? null : currency);
    }
}
