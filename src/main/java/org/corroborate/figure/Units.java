package org.corroborate.figure;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Unit words after a number, each with its dimension; money units also give the ISO currency. */
final class Units {

    record Unit(String dimension, String code, String currency) {
    }

    private static final Map<String, Unit> WORDS = Map.ofEntries(
            money("dollars", "USD"), money("dollar", "USD"), money("us dollars", "USD"),
            money("euros", "EUR"), money("euro", "EUR"), money("yen", "JPY"), money("yuan", "CNY"),
            money("rubles", "RUB"), money("roubles", "RUB"), money("hryvnias", "UAH"), money("hryvnia", "UAH"),
            money("pounds sterling", "GBP"), money("usd", "USD"), money("eur", "EUR"), money("gbp", "GBP"),
            Map.entry("%", new Unit(Dimensions.PERCENT, "%", "")),
            Map.entry("percent", new Unit(Dimensions.PERCENT, "%", "")),
            Map.entry("per cent", new Unit(Dimensions.PERCENT, "%", "")),
            Map.entry("percentage points", new Unit(Dimensions.PERCENT, "percentage-point", "")),
            length("km", "km"), length("kilometers", "km"), length("kilometres", "km"), length("kilometer", "km"),
            length("kilometre", "km"), length("miles", "mi"), length("mile", "mi"), length("meters", "m"),
            length("metres", "m"), length("meter", "m"), length("metre", "m"),
            duration("seconds", "second"), duration("second", "second"), duration("minutes", "minute"),
            duration("minute", "minute"), duration("hours", "hour"), duration("hour", "hour"),
            duration("days", "day"), duration("day", "day"), duration("weeks", "week"), duration("week", "week"),
            duration("months", "month"), duration("month", "month"), duration("years", "year"),
            duration("year", "year"), duration("decades", "decade"), duration("decade", "decade"),
            Map.entry("times", new Unit(Dimensions.COUNT, "times", "")));

    /** Currency signs before the number; "$" is read as US dollars, as in most English news. */
    static final Map<String, String> SIGNS = Map.of("us$", "USD", "$", "USD", "€", "EUR", "£", "GBP", "c$", "CAD",
            "a$", "AUD", "¥", "JPY");

    /** Words that are units of two different things ("pounds" of money or of weight). */
    static final Set<String> AMBIGUOUS = Set.of("pounds", "pound", "points", "point", "degrees", "tons", "tonnes",
            "francs", "crowns", "m");

    private Units() {
    }

    static Optional<Unit> of(String words) {
        return Optional.ofNullable(WORDS.get(words.strip()));
    }

    private static Map.Entry<String, Unit> money(String word, String iso) {
        return Map.entry(word, new Unit(Dimensions.MONEY, iso, iso));
    }

    private static Map.Entry<String, Unit> length(String word, String code) {
        return Map.entry(word, new Unit(Dimensions.LENGTH, code, ""));
    }

    private static Map.Entry<String, Unit> duration(String word, String code) {
        return Map.entry(word, new Unit(Dimensions.DURATION, code, ""));
    }
}
