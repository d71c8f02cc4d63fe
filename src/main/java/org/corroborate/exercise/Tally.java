package org.corroborate.exercise;

import java.util.OptionalDouble;

/**
 * The counts and scores of one layer, one attribution part or a whole attempt.
 *
 * @param gold gold items
 * @param submitted student spans
 * @param matched gold items matched by a student span (right or wrong label)
 * @param rightLabel matches with the right label
 * @param wrongLabel matches with a wrong label
 * @param spurious student spans that matched no gold item
 * @param missed gold items no student span matched
 * @param points right labels + partial credit × wrong labels − penalty × spurious spans
 * @param score points ÷ gold items, never below 0; empty without gold items
 * @param precision strict: right labels ÷ submitted; empty when nothing was submitted
 * @param recall strict: right labels ÷ gold items; empty without gold items
 * @param f1 harmonic mean of precision and recall; empty when either is
 */
public record Tally(
        int gold,
        int submitted,
        int matched,
        int rightLabel,
        int wrongLabel,
        int spurious,
        int missed,
        double points,
        OptionalDouble score,
        OptionalDouble precision,
        OptionalDouble recall,
        OptionalDouble f1) {

    static Tally of(int gold, int submitted, int rightLabel, int wrongLabel, int spurious, ScoringRules rules) {
        int matched = rightLabel + wrongLabel;
        double points = rightLabel + rules.partialCredit() * wrongLabel - rules.penalty() * spurious;
        OptionalDouble precision = Ratio.of(rightLabel, submitted);
        OptionalDouble recall = Ratio.of(rightLabel, gold);
        return new Tally(
                gold,
                submitted,
                matched,
                rightLabel,
                wrongLabel,
                spurious,
                gold - matched,
                points,
                Ratio.of(Math.max(0, points), gold),
                precision,
                recall,
                Ratio.f1(precision, recall));
    }

    /** Counts of several layers together (their points added up, the ratios taken again). */
    static Tally sum(Iterable<Tally> parts, ScoringRules rules) {
        int gold = 0;
        int submitted = 0;
        int right = 0;
        int wrong = 0;
        int spurious = 0;
        double points = 0;
        for (Tally t : parts) {
            gold += t.gold;
            submitted += t.submitted;
            right += t.rightLabel;
            wrong += t.wrongLabel;
            spurious += t.spurious;
            points += t.points;
        }
        OptionalDouble precision = Ratio.of(right, submitted);
        OptionalDouble recall = Ratio.of(right, gold);
        return new Tally(
                gold,
                submitted,
                right + wrong,
                right,
                wrong,
                spurious,
                gold - right - wrong,
                points,
                Ratio.of(Math.max(0, points), gold),
                precision,
                recall,
                Ratio.f1(precision, recall));
    }
}
