package org.corroborate.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic verdict of a slot from its figures' intervals. Each pair of comparable figures is consistent
 * (the intervals overlap as read), compatible (they overlap once both are widened by the approximation
 * tolerance) or in conflict (disjoint even then); the slot takes the worst of its pairs.
 */
public final class VerdictRules {

    /** A pair of figures by their index in the slot, with what their intervals say. */
    public record Pair(int first, int second, AutomaticVerdict verdict) {}

    /** The slot's verdict and the pairs behind it. */
    public record Judgement(AutomaticVerdict verdict, List<Pair> pairs) {

        public List<Pair> conflicts() {
            return pairs.stream()
                    .filter(p -> p.verdict() == AutomaticVerdict.CONFLICT)
                    .toList();
        }
    }

    private final BigDecimal tolerance;

    /** @param tolerance the project's approximation width, a fraction (0.10 = ±10%) */
    public VerdictRules(BigDecimal tolerance) {
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance below zero: " + tolerance);
        }
        this.tolerance = tolerance;
    }

    public AutomaticVerdict pair(FigureInterval a, FigureInterval b) {
        if (!a.comparableWith(b)) {
            return AutomaticVerdict.NOT_COMPARABLE;
        }
        if (a.overlaps(b)) {
            return AutomaticVerdict.CONSISTENT;
        }
        return a.widened(tolerance).overlaps(b.widened(tolerance))
                ? AutomaticVerdict.COMPATIBLE
                : AutomaticVerdict.CONFLICT;
    }

    public Judgement judge(List<FigureInterval> figures) {
        if (figures.size() < 2) {
            return new Judgement(AutomaticVerdict.SINGLE, List.of());
        }
        List<Pair> pairs = new ArrayList<>();
        AutomaticVerdict worst = null;
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                AutomaticVerdict v = pair(figures.get(i), figures.get(j));
                pairs.add(new Pair(i, j, v));
                if (v != AutomaticVerdict.NOT_COMPARABLE && (worst == null || v.compareTo(worst) < 0)) {
                    worst = v;
                }
            }
        }
        return new Judgement(worst == null ? AutomaticVerdict.NOT_COMPARABLE : worst, List.copyOf(pairs));
    }
}
