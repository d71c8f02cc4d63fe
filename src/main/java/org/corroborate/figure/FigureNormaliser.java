package org.corroborate.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a figure as written into a {@link FigureReading}. The rules are tried in order and the first that
 * recognises the wording answers; if none does, the figure is not understood. A rule that recognises the
 * wording but finds it ambiguous answers "not understood" itself, so that no later rule guesses.
 */
public final class FigureNormaliser {

    /** ±10%: "about 40" reads as 36 to 44. */
    public static final BigDecimal DEFAULT_APPROXIMATE_WIDTH = new BigDecimal("0.10");

    private static final List<FigureRule> RULES = List.of(
            new DateRule(),
            new VagueMagnitudeRule(),
            new QualifiedAmountRule(),
            new RangeRule());

    private final BigDecimal approximateWidth;

    public FigureNormaliser() {
        this(DEFAULT_APPROXIMATE_WIDTH);
    }

    /** @param approximateWidth the fraction of the value added on each side of an approximate figure */
    public FigureNormaliser(BigDecimal approximateWidth) {
        if (approximateWidth.signum() < 0 || approximateWidth.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("approximate width must be in [0, 1): " + approximateWidth);
        }
        this.approximateWidth = approximateWidth;
    }

    public FigureReading read(String written, @Nullable LocalDate published) {
        Phrase phrase = Phrase.of(written, published, approximateWidth);
        if (phrase.text().isEmpty() || phrase.text().length() > 80) {
            return FigureReading.notUnderstood();
        }
        for (FigureRule rule : RULES) {
            Optional<FigureReading> reading = rule.read(phrase);
            if (reading.isPresent()) {
                return reading.get();
            }
        }
        return FigureReading.notUnderstood();
    }

    public FigureReading read(String written) {
        return read(written, null);
    }
}
