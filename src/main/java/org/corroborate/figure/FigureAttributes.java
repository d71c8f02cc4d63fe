package org.corroborate.figure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.scheme.Attributes;
import org.jspecify.annotations.Nullable;

/**
 * Which annotation attributes carry a figure's reading, and when they are a correction of what its words say.
 * The reading ⇄ attributes translation itself is {@link FigureCodec}'s.
 */
public final class FigureAttributes {

    /** The attributes a reading fills; anything else on a figure (what it measures) is the annotator's. */
    public static final List<String> NORMALISED =
            List.of(Attributes.BOUND, Attributes.LOWER, Attributes.UPPER, Attributes.UNIT, Attributes.CURRENCY);

    private FigureAttributes() {}

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
        if (own.understood()
                && own.dimension().equals(label)
                && FigureCodec.attributes(own).equals(given)) {
            return Optional.empty();
        }
        return FigureCodec.fromAttributes(label, given);
    }
}
