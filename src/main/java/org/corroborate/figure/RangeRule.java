package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two amounts: "between 9 and 10 kilometers", "from $5 million to $10 million", "5-10%", "next week to
 * 10 days". A unit, scale or currency written once applies to both ends; weeks and days meet in days.
 */
final class RangeRule implements FigureRule {

    private static final Pattern RANGE = Pattern.compile(
            "(?:between (?<a1>.+?) and (?<b1>.+)|from (?<a2>.+?) to (?<b2>.+)|(?<a3>.+?)(?: to | ?- ?)(?<b3>.+))");
    private static final Pattern TRAILING_WORDS = Pattern.compile("^[^a-z%]*(?<tail>(?: ?[a-z]+)*|%)$");
    private static final Pattern SCALE_WORD = Pattern.compile("^(?<num>[^ ]+)(?<rest> .*)?$");
    private static final Pattern BARE = Pattern.compile("(?:us\\$|\\$|€|£)?(?:" + Numbers.NUMBER + ")");
    private static final Map<String, Integer> DAYS = Map.of("day", 1, "week", 7);

    @Override
    public Optional<FigureReading> read(Phrase phrase) {
        Matcher m = RANGE.matcher(phrase.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        String a = group(m, "a");
        String b = group(m, "b");
        Optional<Quantity> high = Quantity.read(b);
        if (high.isEmpty()) {
            return Optional.empty();
        }
        // "9 to 10 million", "9 and 10 kilometers": a scale or unit written once applies to both ends,
        // unless that would put the lower end above the upper ("between 500 and 1 million").
        Optional<Quantity> shared = Quantity.read(a + suffixOf(b))
                .filter(q -> q.value().compareTo(high.get().value()) <= 0);
        Optional<Quantity> low = BARE.matcher(a).matches() && shared.isPresent() ? shared : Quantity.read(a);
        if (low.isEmpty()) {
            return Optional.empty();
        }
        return combine(low.get(), high.get());
    }

    /** What follows the number of the upper end: " kilometers" of "10 kilometers", " million euros". */
    private static String suffixOf(String upper) {
        Matcher s = SCALE_WORD.matcher(upper);
        return s.matches() && s.group("rest") != null ? s.group("rest") : upper.replaceFirst("^[$€£]?[\\d.,]+", "");
    }

    private static Optional<FigureReading> combine(Quantity low, Quantity high) {
        if (!low.dimension().equals(high.dimension()) || !low.currency().equals(high.currency())) {
            return Optional.empty();
        }
        BigDecimal lo = low.value();
        BigDecimal hi = high.value();
        String unit = high.unit();
        if (!low.unit().equals(high.unit())) {
            Integer lowDays = DAYS.get(low.unit());
            Integer highDays = DAYS.get(high.unit());
            if (lowDays == null || highDays == null) {
                return Optional.empty();
            }
            lo = lo.multiply(BigDecimal.valueOf(lowDays));
            hi = hi.multiply(BigDecimal.valueOf(highDays));
            unit = "day";
        }
        if (lo.compareTo(hi) > 0) {
            return Optional.empty(); // "10 to 9" is a score or a time, not a range
        }
        return Optional.of(new FigureReading(true, high.dimension(), FigureReading.RANGE, lo, hi, true, true, false,
                unit.isEmpty() ? null : unit, high.currency().isEmpty() ? null : high.currency()));
    }

    private static String group(Matcher m, String name) {
        for (int i = 1; i <= 3; i++) {
            String g = m.group(name + i);
            if (g != null) {
                return g;
            }
        }
        return "";
    }
}
