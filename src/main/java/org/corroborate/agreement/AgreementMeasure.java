package org.corroborate.agreement;

/**
 * A chance-corrected agreement coefficient over a {@link LabelStudy}. One class per kind; each is checked by
 * the shared {@code AgreementMeasureContract} and against published worked examples.
 */
public interface AgreementMeasure {

    /** What the agreement page calls it. */
    String name();

    /** True for measures defined for exactly two raters (Cohen's kappa). */
    boolean pairwise();

    Score measure(LabelStudy study);
}
