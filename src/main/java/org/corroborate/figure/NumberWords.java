package org.corroborate.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Large numbers as news writes them, for people: "81 billion", "1.5 million"; a million or more in words when
 * that is exact to two decimals, otherwise every digit grouped ("1,234,567"), whatever the server's locale.
 */
public final class NumberWords {

    /** Scale words from 10^12 down to 10^6. */
    private static final List<String> SCALE_WORDS = List.of("trillion", "billion", "million");

    private NumberWords() {}

    /** "81 billion", "1,234,567", "0.5". */
    public static String of(BigDecimal value) {
        BigDecimal magnitude = value.abs();
        for (int i = 0; i < SCALE_WORDS.size(); i++) {
            BigDecimal unit = BigDecimal.TEN.pow(12 - 3 * i);
            if (magnitude.compareTo(unit) >= 0) {
                BigDecimal inWords = value.divide(unit, MathContext.DECIMAL64).stripTrailingZeros();
                return inWords.scale() <= 2 ? grouped(inWords) + " " + SCALE_WORDS.get(i) : grouped(value);
            }
        }
        return grouped(value);
    }

    /** A number as typed into a bound field ("81000000000", "81,000,000,000") for people, if it is one. */
    public static Optional<String> ofTyped(String typed) {
        try {
            return Optional.of(of(new BigDecimal(typed.strip().replace(",", ""))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Every digit, grouped by thousands with commas. */
    public static String grouped(BigDecimal value) {
        DecimalFormat grouped = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        grouped.setParseBigDecimal(true);
        return grouped.format(value.stripTrailingZeros());
    }
}
