package org.corroborate.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Krippendorff's unitizing alpha (1995) on span positions: how well the raters agree on <em>where</em> spans of
 * each label are, partial overlaps counting in part. The continuum is one article's text. The measure forbids
 * overlapping units of one label by one rater, so such a span (rare: a slip) is left out after the first.
 * <p>
 * DKPro's {@link KrippendorffAlphaUnitizingAgreement} computes it; only its expected disagreement is computed here
 * with sorted gaps and prefix sums in {@code double} (same formula, O(n log n) instead of DKPro's O(units × gaps)
 * in {@code BigDecimal}), which {@code UnitizingAlphaTest} checks against DKPro's own.
 */
public final class UnitizingAlpha {

    /** Per-label and overall alpha of one article, from the raters' spans of one layer. */
    public record Result(Score overall, Map<String, Score> byLabel) {}

    /** One unit: rater index, offset, length. */
    record Unit(int rater, long offset, long length) {}

    public Result measure(List<String> raters, List<AgreementSpan> spans, int textLength) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < raters.size(); i++) {
            index.put(raters.get(i), i);
        }
        long length = Math.max(1, textLength);
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters.size(), 0, length);
        Map<String, List<Unit>> unitsByLabel = new TreeMap<>();
        Map<String, Integer> lastEnd = new HashMap<>();
        List<AgreementSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(AgreementSpan::start).thenComparingInt(AgreementSpan::end));
        int units = 0;
        for (AgreementSpan span : sorted) {
            Integer rater = index.get(span.annotator());
            if (rater == null || span.end() > textLength || span.end() <= span.start()) {
                continue;
            }
            String key = rater + "\u0000" + span.label();
            if (lastEnd.getOrDefault(key, -1) > span.start()) {
                continue; // overlaps this rater's previous span of the same label
            }
            lastEnd.put(key, span.end());
            study.addUnit(span.start(), span.end() - span.start(), rater, span.label());
            unitsByLabel
                    .computeIfAbsent(span.label(), l -> new ArrayList<>())
                    .add(new Unit(rater, span.start(), span.end() - span.start()));
            units++;
        }
        if (raters.size() < 2 || units == 0) {
            return new Result(Score.undefined(units, units == 0 ? "no spans" : "needs two raters"), Map.of());
        }
        Alpha alpha = new Alpha(study);
        Map<String, Score> byLabel = new HashMap<>();
        double observed = 0;
        double expected = 0;
        for (Map.Entry<String, List<Unit>> label : unitsByLabel.entrySet()) {
            double dO = alpha.observed(label.getKey());
            double dE = expectedDisagreement(label.getValue(), raters.size(), length);
            observed += dO;
            expected += dE;
            // as DKPro's calculateCategoryAgreement
            byLabel.put(
                    label.getKey(),
                    Score.of(dO == dE ? 0.0 : 1.0 - dO / dE, label.getValue().size()));
        }
        // as DKPro's calculateAgreement: 1 - mean observed / mean expected disagreement over the labels
        return new Result(Score.of(observed == expected ? 0.0 : 1.0 - observed / expected, units), byLabel);
    }

    /**
     * Krippendorff's (1995) expected disagreement for one category, as DKPro's
     * {@code calculateExpectedCategoryDisagreement}: for each unit of length l, (N−1)(2l³−3l²+l)/3 plus l² times
     * the sum of (g−l+1) over the gaps g ≥ l of all raters; times 2/L, over R·L(R·L−1) − Σ l(l−1).
     */
    static double expectedDisagreement(List<Unit> units, int raters, long length) {
        List<List<Unit>> byRater = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            byRater.add(new ArrayList<>());
        }
        for (Unit unit : units) {
            byRater.get(unit.rater()).add(unit);
        }
        List<Long> gapList = new ArrayList<>();
        for (List<Unit> ofRater : byRater) {
            ofRater.sort(Comparator.comparingLong(Unit::offset));
            long pos = 0;
            for (Unit unit : ofRater) {
                if (unit.offset() > pos) {
                    gapList.add(unit.offset() - pos);
                }
                pos = unit.offset() + unit.length();
            }
            if (pos < length) {
                gapList.add(length - pos);
            }
        }
        long[] gaps = gapList.stream().mapToLong(Long::longValue).sorted().toArray();
        double[] suffixSum = new double[gaps.length + 1]; // sum of gaps[i..]
        for (int i = gaps.length - 1; i >= 0; i--) {
            suffixSum[i] = suffixSum[i + 1] + gaps[i];
        }
        int n = units.size();
        double squaredLengths = 0;
        double result = 0;
        for (Unit unit : units) {
            double l = unit.length();
            squaredLengths += l * (l - 1.0);
            double sum1 = (n - 1.0) * (2.0 * l * l * l - 3.0 * l * l + l) / 3.0;
            int first = firstAtLeast(gaps, unit.length());
            int count = gaps.length - first;
            double sum2 = (suffixSum[first] - (l - 1.0) * count) * l * l;
            result += sum1 + sum2;
        }
        result *= 2.0 / length;
        double rl = (double) raters * length;
        return result / (rl * (rl - 1.0) - squaredLengths);
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }

    /** DKPro's measure, for its observed disagreement per category (and its own expected one, for the test). */
    static final class Alpha extends KrippendorffAlphaUnitizingAgreement {

        Alpha(UnitizingAnnotationStudy study) {
            super(study);
        }

        double observed(String label) {
            return calculateObservedCategoryDisagreement(label);
        }

        double dkproExpected(String label) {
            return calculateExpectedCategoryDisagreement(label);
        }
    }
}
