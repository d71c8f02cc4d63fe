package org.corroborate.figure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corroborate.scheme.Attributes;

/**
 * A reading as annotation attributes: bound type, lower and upper bound (plain decimals, or ISO dates for
 * dates), unit and currency. A reading that was not understood gives no attributes: no number is better
 * than a wrong one.
 */
public final class FigureAttributes {

    /** The attributes a reading fills; anything else on a figure (what it measures) is the annotator's. */
    public static final java.util.List<String> NORMALISED = java.util.List.of(Attributes.BOUND, Attributes.LOWER,
            Attributes.UPPER, Attributes.UNIT, Attributes.CURRENCY);

    private FigureAttributes() {
    }

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
}
