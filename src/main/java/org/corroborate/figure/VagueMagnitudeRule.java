package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plural magnitudes without a number: "dozens", "hundreds", "thousands", "tens of thousands", "hundreds of
 * millions of dollars", "several thousand", "a few hundred". Read as careful writers use them: "hundreds" is at
 * least two hundred and fewer than a thousand (which would be "thousands"), "tens of thousands" is twenty
 * thousand up to, not including, a hundred thousand; "dozens" runs from two dozen to a hundred. Approximate,
 * upper bound exclusive. A trailing "of dollars", "of kilometres" or "of people" gives the unit or makes it a
 * count.
 */
final class VagueMagnitudeRule implements FigureRule {

    private static final Map<String, BigDecimal> PLURALS = Map.of(
            "dozens",
            BigDecimal.valueOf(12),
            "tens",
            BigDecimal.TEN,
            "hundreds",
            BigDecimal.valueOf(100),
            "thousands",
            BigDecimal.valueOf(1_000),
            "millions",
            BigDecimal.valueOf(1_000_000),
            "billions",
            BigDecimal.valueOf(1_000_000_000L),
            "trillions",
            BigDecimal.valueOf(1_000_000_000_000L));
    private static final Pattern VAGUE = Pattern.compile("(?:(?<times>tens|hundreds|dozens) of )?"
            + "(?<plural>dozens|tens|hundreds|thousands|millions|billions|trillions)(?: of (?<of>.+))?");
    private static final Pattern SEVERAL = Pattern.compile(
            "(?:several|a few) (?<scale>hundred|thousand|million" + "|billion|trillion)(?: (?<of>.+))?");

    @Override
    public Optional<FigureReading> read(Phrase phrase) {
        String t = phrase.text();
        char c = t.isEmpty() ? ' ' : t.charAt(0);
        if (c != 't' && c != 'h' && c != 'd' && c != 'm' && c != 'b' && c != 's' && c != 'a') {
            return Optional.empty();
        }
        Matcher m = VAGUE.matcher(t);
        BigDecimal least;
        BigDecimal below;
        String of;
        if (m.matches()) {
            BigDecimal plural = plural(m.group("plural"));
            String times = m.group("times");
            if (times != null && plural(times).compareTo(plural) >= 0) {
                return Optional.of(FigureReading.notUnderstood()); // "thousands of hundreds"
            }
            // "dozens" stops at a hundred, where "hundreds" takes over; every other plural at ten of it
            BigDecimal scale = times == null ? BigDecimal.ONE : plural(times);
            if (times == null) {
                least = plural.multiply(BigDecimal.TWO);
                below = plural.compareTo(BigDecimal.valueOf(12)) == 0
                        ? BigDecimal.valueOf(100)
                        : plural.multiply(BigDecimal.TEN);
            } else {
                least = plural.multiply(scale).multiply(BigDecimal.TWO);
                below = plural.multiply(
                        scale.compareTo(BigDecimal.valueOf(12)) == 0
                                ? BigDecimal.valueOf(100)
                                : scale.multiply(BigDecimal.TEN));
            }
            of = m.group("of");
        } else {
            Matcher several = SEVERAL.matcher(t);
            if (!several.matches()) {
                return Optional.empty();
            }
            BigDecimal scale =
                    Objects.requireNonNull(Numbers.SCALES.get(several.group("scale")), "the pattern lists the scales");
            least = scale.multiply(BigDecimal.TWO);
            below = scale.multiply(BigDecimal.TEN);
            of = several.group("of");
        }
        String dimension = Dimensions.COUNT;
        String unit = null;
        String currency = null;
        if (of != null) {
            Optional<Units.Unit> u = Units.of(of);
            if (u.isPresent()) {
                dimension = u.get().dimension();
                unit = u.get().code();
                currency = u.get().currency().isEmpty() ? null : u.get().currency();
                least = least.multiply(u.get().factor());
                below = below.multiply(u.get().factor());
            } else if (Units.NOT_COUNTED.contains(of.split(" ", 2)[0])) {
                return Optional.of(FigureReading.notUnderstood()); // "thousands of tonnes"
            }
        }
        return Optional.of(new FigureReading(
                true,
                dimension,
                FigureReading.RANGE,
                Numbers.plain(least),
                Numbers.plain(below),
                true,
                false,
                true,
                unit,
                currency));
    }

    /** A plural that a pattern matched: the patterns accept only the words in {@link #PLURALS}. */
    private static BigDecimal plural(String word) {
        return Objects.requireNonNull(PLURALS.get(word), () -> "not a plural: " + word);
    }
}
