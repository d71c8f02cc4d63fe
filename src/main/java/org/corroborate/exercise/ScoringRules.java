package org.corroborate.exercise;

import java.util.Locale;

/**
 * How an attempt is scored (ADR 0021): a student span matches a gold span of the same layer when their overlap
 * (intersection over union of code points) is at least {@code overlap}; a match with the right label earns 1
 * point, with a wrong label {@code partialCredit}; each spurious span costs {@code penalty}.
 *
 * @param overlap the least intersection over union for a match, above 0 and at most 1
 * @param partialCredit points for a match with a wrong label, from 0 to 1
 * @param penalty points taken for each spurious span, from 0 to 1
 */
public record ScoringRules(double overlap, double partialCredit, double penalty) {

    public static final double DEFAULT_OVERLAP = 0.5;
    public static final double DEFAULT_PARTIAL_CREDIT = 0.5;
    public static final double DEFAULT_PENALTY = 0;
    public static final ScoringRules DEFAULTS =
            new ScoringRules(DEFAULT_OVERLAP, DEFAULT_PARTIAL_CREDIT, DEFAULT_PENALTY);

    public ScoringRules {
        if (!(overlap > 0 && overlap <= 1)) {
            throw new IllegalArgumentException("the overlap must be above 0 and at most 1, not " + format(overlap));
        }
        if (!(partialCredit >= 0 && partialCredit <= 1)) {
            throw new IllegalArgumentException("the partial credit must be from 0 to 1, not " + format(partialCredit));
        }
        if (!(penalty >= 0 && penalty <= 1)) {
            throw new IllegalArgumentException("the penalty must be from 0 to 1, not " + format(penalty));
        }
    }

    /** One line for people: how the points were counted. */
    public String describe() {
        return "a span matches a gold item when they overlap by at least " + percent(overlap)
                + " (intersection over union); right label 1 point, wrong label " + format(partialCredit)
                + " point, spurious span " + (penalty == 0 ? "no penalty" : "−" + format(penalty) + " point")
                + "; score = points ÷ gold items";
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value * 100);
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
