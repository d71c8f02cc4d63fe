package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plural magnitudes without a number: "thousands", "tens of thousands", "hundreds of millions", "dozens".
 * Read as at least the smallest amount the words allow (two thousand, ten thousand...), approximate, with
 * no upper bound: writers use "millions" for fourteen million too, so an upper bound would be a guess.
 */
final class VagueMagnitudeRule implements FigureRule {

    private static final Map<String, BigDecimal> PLURALS = Map.of("dozens", BigDecimal.valueOf(12),
            "hundreds", BigDecimal.valueOf(100), "thousands", BigDecimal.valueOf(1_000),
            "millions", BigDecimal.valueOf(1_000_000), "billions", BigDecimal.valueOf(1_000_000_000L));
    private static final Pattern VAGUE = Pattern.compile(
            "(?:(?<tens>tens|hundreds|dozens) of )?(?<plural>dozens|hundreds|thousands|millions|billions)");

    @Override
    public Optional<FigureReading> read(Phrase phrase) {
        Matcher m = VAGUE.matcher(phrase.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal least = PLURALS.get(m.group("plural")).multiply(BigDecimal.TWO);
        if (m.group("tens") != null) {
            BigDecimal multiplier = switch (m.group("tens")) {
                case "tens" -> BigDecimal.TEN;
                case "dozens" -> BigDecimal.valueOf(24);
                default -> BigDecimal.valueOf(200);
            };
            least = PLURALS.get(m.group("plural")).multiply(multiplier);
        }
        return Optional.of(new FigureReading(true, Dimensions.COUNT, FigureReading.AT_LEAST, least, null, true,
                false, true, null, null));
    }
}
