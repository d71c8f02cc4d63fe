package org.corroborate.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One amount as written, without qualifier: "$90 billion", "85 million euros", "20%", "10 kilometers",
 * "two-thirds", "seven", "a week". The whole phrase must be understood; a leftover word means no reading.
 */
record Quantity(BigDecimal value, String dimension, String unit, String currency) {

    private static final Pattern AMOUNT = Pattern.compile("(?<sign>us\\$|c\\$|a\\$|\\$|€|£|¥)? ?"
            + Numbers.SCALED.pattern() + "(?: ?(?<unit>[%a-z][a-z ]*))?");
    private static final Pattern ONE_UNIT = Pattern.compile("(?:an?|one|the next|next) (?<unit>[a-z]+)");
    private static final Map<String, Integer> DENOMINATORS = Map.of("half", 2, "halves", 2, "third", 3, "thirds", 3,
            "quarter", 4, "quarters", 4, "fifth", 5, "fifths", 5, "tenth", 10, "tenths", 10);
    private static final Pattern FRACTION = Pattern.compile("(?:(?<num>an?|one|two|three|four|nine)[ -])?"
            + "(?<den>half|halves|thirds?|quarters?|fifths?|tenths?)");

    static Optional<Quantity> read(String text) {
        String t = text.strip().replaceFirst("^the next ", "");
        Matcher m = AMOUNT.matcher(t);
        if (m.matches()) {
            return amount(m);
        }
        Matcher one = ONE_UNIT.matcher(text.strip());
        if (one.matches()) {
            Optional<Quantity> duration = Units.of(one.group("unit"))
                    .filter(u -> u.dimension().equals(Dimensions.DURATION))
                    .map(u -> new Quantity(BigDecimal.ONE, u.dimension(), u.code(), ""));
            if (duration.isPresent()) {
                return duration;
            }
        }
        Matcher f = FRACTION.matcher(t);
        if (f.matches()) {
            return fraction(f);
        }
        return Optional.empty();
    }

    private static Optional<Quantity> amount(Matcher m) {
        Optional<BigDecimal> value = Numbers.scaled(m);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String sign = m.group("sign");
        String unitWords = m.group("unit");
        String signCurrency = sign == null ? null : Units.SIGNS.get(sign);
        if (unitWords == null || unitWords.isBlank()) {
            return Optional.of(signCurrency == null
                    ? new Quantity(value.get(), Dimensions.COUNT, "", "")
                    : new Quantity(value.get(), Dimensions.MONEY, signCurrency, signCurrency));
        }
        if (Units.AMBIGUOUS.contains(unitWords.strip())) {
            return Optional.empty();
        }
        Optional<Units.Unit> unit = Units.of(unitWords);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Units.Unit u = unit.get();
        if (signCurrency != null && !(u.dimension().equals(Dimensions.MONEY) && u.currency().equals(signCurrency))) {
            return Optional.empty(); // "$5 euros" says two different things
        }
        return Optional.of(new Quantity(value.get(), u.dimension(), u.code(), u.currency()));
    }

    private static Optional<Quantity> fraction(Matcher f) {
        String num = f.group("num");
        int numerator = num == null || num.startsWith("a") ? 1 : Numbers.SMALL.get(num);
        int denominator = DENOMINATORS.get(f.group("den"));
        if (numerator >= denominator) {
            return Optional.empty();
        }
        BigDecimal percent = BigDecimal.valueOf(100L * numerator)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return Optional.of(new Quantity(percent.scale() < 0 ? percent.setScale(0) : percent, Dimensions.PERCENT,
                "%", ""));
    }

    FigureReading exact() {
        return FigureReading.exact(dimension, value, unit.isEmpty() ? null : unit,
                currency.isEmpty() ? null : currency);
    }
}
