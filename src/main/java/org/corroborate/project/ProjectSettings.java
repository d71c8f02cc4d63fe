package org.corroborate.project;

import java.math.BigDecimal;
import org.corroborate.figure.FigureNormaliser;

/**
 * A project's analysis settings, which its managers tune: how alike two articles must be to be suggested
 * as one story, from when two articles count as rewrites of the same copy, and how wide an "approximately"
 * figure is read. The defaults were measured on the seed articles (ADR 0007).
 *
 * @param storySimilarity TF-IDF cosine, 0 to 1, from which articles are suggested as one story
 * @param nearDuplicateThreshold word 3-shingle containment, 0 to 1, from which two articles are flagged
 *         as near-duplicates
 * @param approximateWidth the fraction added on each side of an approximate figure ("about 40" ± 10%)
 */
public record ProjectSettings(
        BigDecimal storySimilarity, BigDecimal nearDuplicateThreshold, BigDecimal approximateWidth) {

    public static final BigDecimal DEFAULT_STORY_SIMILARITY = new BigDecimal("0.15");
    public static final BigDecimal DEFAULT_NEAR_DUPLICATE_THRESHOLD = new BigDecimal("0.12");
    public static final BigDecimal DEFAULT_APPROXIMATE_WIDTH = FigureNormaliser.DEFAULT_APPROXIMATE_WIDTH;
    /** Four decimals are stored. */
    public static final int SCALE = 4;

    public static final ProjectSettings DEFAULTS =
            new ProjectSettings(DEFAULT_STORY_SIMILARITY, DEFAULT_NEAR_DUPLICATE_THRESHOLD, DEFAULT_APPROXIMATE_WIDTH);

    /**
     * How figures are read in this project: the normaliser with the project's width of "approximately". Every
     * reading of a project's figures comes from here (through {@link FigureReaders} in services), so one figure
     * has one pair of bounds on the annotation, the board and in the export.
     */
    public FigureNormaliser figureNormaliser() {
        return FigureNormaliser.withApproximateWidth(approximateWidth);
    }

    /** The settings if they are valid; otherwise a {@link ProjectValidationException} naming the problem. */
    public ProjectSettings validated() {
        requireFraction(storySimilarity, "The story similarity threshold", false);
        requireFraction(nearDuplicateThreshold, "The near-duplicate threshold", false);
        requireFraction(approximateWidth, "The width of \"approximately\"", true);
        return this;
    }

    private static void requireFraction(BigDecimal value, String what, boolean belowOne) {
        boolean tooHigh = belowOne ? value.compareTo(BigDecimal.ONE) >= 0 : value.compareTo(BigDecimal.ONE) > 0;
        if (value.signum() < 0 || tooHigh) {
            throw new ProjectValidationException(what + " must be between 0 and " + (belowOne ? "1 (excluded)" : "1")
                    + ", not " + value.stripTrailingZeros().toPlainString() + ".");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new ProjectValidationException(what + " has at most " + SCALE + " decimals.");
        }
    }
}
