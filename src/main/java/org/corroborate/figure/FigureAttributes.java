package org.corroborate.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.corroborate.scheme.Attributes;
import org.jspecify.annotations.Nullable;

/**
 * A reading as annotation attributes: bound type, lower and upper bound (plain decimals, or ISO dates for
 * dates), unit and currency. A reading that was not understood gives no attributes: no number is better
 * than a wrong one.
 */
public final class FigureAttributes {

    /** The attributes a reading fills; anything else on a figure (what it measures) is the annotator's. */
    public static final java.util.List<String> NORMALISED = java.util.List.of(
            Attributes.BOUND, Attributes.LOWER, Attributes.UPPER, Attributes.UNIT, Attributes.CURRENCY);

    private FigureAttributes() {}

    public static Map<String, String> of(FigureReading reading) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!reading.understood()) {
            return attributes;
        }
        attributes.put(Attributes.BOUND, reading.bound());
        if (reading.isDate()) {
            reading.lowerDate().ifPresent(d -> attributes.put(Attributes.LOWER, d.toString()));
            reading.upperDate().ifPresent(d -> attributes.put(Attributes.UPPER, d.toString()));
        } else {
            if (reading.lower() != null) {
                attributes.put(Attributes.LOWER, reading.lower().toPlainString());
            }
            if (reading.upper() != null) {
                attributes.put(Attributes.UPPER, reading.upper().toPlainString());
            }
        }
        if (reading.unit() != null) {
            attributes.put(Attributes.UNIT, reading.unit());
        }
        if (reading.currency() != null) {
            attributes.put(Attributes.CURRENCY, reading.currency());
        }
        return attributes;
    }

    /**
     * A figure annotation's reading back from its attributes: the label is the dimension, ends are inclusive
     * (the attributes do not say otherwise), and "approximate" is the bound type. Empty when neither end is
     * given or an end does not parse (a decimal, or an ISO date for dates).
     */
    public static Optional<FigureReading> reading(String dimension, Map<String, String> attributes) {
        String bound = attributes.getOrDefault(Attributes.BOUND, "");
        boolean date = Dimensions.DATE.equals(dimension);
        try {
            BigDecimal lower = end(attributes.get(Attributes.LOWER), date);
            BigDecimal upper = end(attributes.get(Attributes.UPPER), date);
            if ((lower == null && upper == null) || (lower != null && upper != null && lower.compareTo(upper) > 0)) {
                return Optional.empty();
            }
            return Optional.of(FigureReading.given(
                    dimension,
                    bound.isBlank() ? FigureReading.EXACT : bound,
                    lower,
                    upper,
                    date ? "day" : blankToNull(attributes.get(Attributes.UNIT)),
                    blankToNull(attributes.get(Attributes.CURRENCY))));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The reading a figure's attributes give when it differs from what the project's normaliser reads from the
     * words alone (no sentence): corrected by an annotator, or read in its sentence (its tense). Empty when the
     * attributes carry no reading or the words' own.
     *
     * @param normaliser the project's reading ({@code FigureReaders}), whose width the attributes were filled with
     */
    public static Optional<FigureReading> correction(
            FigureNormaliser normaliser,
            String label,
            Map<String, String> attributes,
            String quote,
            @Nullable LocalDate published) {
        Map<String, String> given = new LinkedHashMap<>();
        NORMALISED.forEach(key -> {
            String value = attributes.get(key);
            if (value != null && !value.isBlank()) {
                given.put(key, value.strip());
            }
        });
        if (given.isEmpty()) {
            return Optional.empty();
        }
        FigureReading own = normaliser.read(quote, published);
        if (own.understood() && own.dimension().equals(label) && of(own).equals(given)) {
            return Optional.empty();
        }
        return reading(label, given);
    }

    private static @Nullable BigDecimal end(@Nullable String value, boolean date) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return date ? BigDecimal.valueOf(LocalDate.parse(value.strip()).toEpochDay()) : new BigDecimal(value.strip());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
