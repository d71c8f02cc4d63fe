package org.corroborate.exercise;

import java.util.OptionalDouble;

/** A quotient that is undefined (empty) when its denominator is 0: precision of nothing submitted, score of no gold. */
final class Ratio {

    private Ratio() {}

    static OptionalDouble of(double numerator, double denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / denominator);
    }

    /** Harmonic mean; 0 when both are 0, undefined when either is. */
    static OptionalDouble f1(OptionalDouble precision, OptionalDouble recall) {
        if (precision.isEmpty() || recall.isEmpty()) {
            return OptionalDouble.empty();
        }
        double p = precision.getAsDouble();
        double r = recall.getAsDouble();
        return OptionalDouble.of(p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
