package org.corroborate.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Our wiring (spans → positions → DKPro studies) against worked examples with published results. Each unit of
 * the published table becomes a span position in an article; a coder's value becomes that annotator's label
 * there, and a missing value means the annotator marked nothing at that position.
 */
class PublishedExamplesTest {

    private static final List<String> ABCD = List.of("a", "b", "c", "d");

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
     * University of Pennsylvania, section C ("nominal data, any number of observers, missing values"): four
     * observers, twelve units, α (nominal) = 0.743.
     */
    @Test
    void krippendorff_2011_nominal_example_with_missing_values_gives_alpha_0_743() {
        String[][] table = {
            {"1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null},
            {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"},
            {null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null},
            {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null},
        };
        LabelStudy study = LabelStudy.of(ABCD, spans(ABCD, table));

        assertThat(study.units()).hasSize(12);
        assertThat(new KrippendorffAlpha().measure(study).value()).isCloseTo(0.743, within(0.0005));
    }

    /**
     * Artstein, R. & Poesio, M. (2008). Inter-Coder Agreement for Computational Linguistics. Computational
     * Linguistics 34(4), p. 558 (example 1: κ = 0.348, π = 0.341) and p. 568 (example 2: κ = 0.801, π = 0.799).
     * With two raters Fleiss' kappa is Scott's π.
     */
    @Test
    void artstein_poesio_2008_examples_give_their_published_kappa_and_pi() {
        List<String> ab = List.of("a", "b");
        LabelStudy example1 = LabelStudy.of(ab, pairs(new Object[][] {
            {20, "STAT", "STAT"}, {20, "IReq", "STAT"}, {10, "STAT", "IReq"}, {50, "IReq", "IReq"}
        }));
        assertThat(new CohenKappa().measure(example1).value()).isCloseTo(0.348, within(0.001));
        assertThat(new FleissKappa().measure(example1).value()).isCloseTo(0.341, within(0.001));

        LabelStudy example2 = LabelStudy.of(ab, pairs(new Object[][] {
            {46, "STAT", "STAT"}, {6, "IReq", "STAT"}, {32, "IReq", "IReq"}, {6, "IReq", "Chck"}, {10, "Chck", "Chck"}
        }));
        assertThat(new CohenKappa().measure(example2).value()).isCloseTo(0.801, within(0.001));
        assertThat(new FleissKappa().measure(example2).value()).isCloseTo(0.799, within(0.001));
        assertThat(new CohenKappa().measure(example2).units()).isEqualTo(100);
    }

    /**
     * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin 76(5),
     * p. 379: 30 subjects, 6 ratings each into 5 diagnoses, κ = 0.430.
     */
    @Test
    void fleiss_1971_example_gives_kappa_0_430() {
        int[][] ratings = {
            {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
            {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
            {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
            {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
            {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
            {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5},
        };
        List<String> raters = List.of("r1", "r2", "r3", "r4", "r5", "r6");
        String[][] table = new String[6][30];
        for (int unit = 0; unit < 30; unit++) {
            for (int rater = 0; rater < 6; rater++) {
                table[rater][unit] = "diagnosis-" + ratings[unit][rater];
            }
        }
        LabelStudy study = LabelStudy.of(raters, spans(raters, table));

        assertThat(new FleissKappa().measure(study).value()).isCloseTo(0.430, within(0.001));
    }

    /**
     * Krippendorff, K. (1995). On the reliability of unitizing contiguous data. Sociological Methodology 25,
     * p. 57, pair C (Gerret and Gill), on a continuum stretched 1,000-fold so the expected disagreement settles:
     * αᵤ ≈ 0.68 (0.679 as the continuum grows; DKPro's own tests reproduce it within 0.02).
     */
    @Test
    void krippendorff_1995_unitizing_example_c_gives_alpha_about_0_68() {
        int stretch = 1000;
        int[][] gerret = {{2, 6}, {10, 2}, {14, 4}, {20, 2}};
        int[][] gill = {{0, 2}, {4, 4}, {10, 4}, {16, 2}, {20, 2}};
        List<AgreementSpan> spans = new ArrayList<>();
        for (int[] unit : gerret) {
            spans.add(span("gerret", unit[0] * stretch, (unit[0] + unit[1]) * stretch, "C"));
        }
        for (int[] unit : gill) {
            spans.add(span("gill", unit[0] * stretch, (unit[0] + unit[1]) * stretch, "C"));
        }

        UnitizingAlpha.Result result = new UnitizingAlpha().measure(List.of("gerret", "gill"), spans, 24 * stretch);

        assertThat(Objects.requireNonNull(result.byLabel().get("C")).value()).isCloseTo(0.679, within(0.02));
        assertThat(result.overall().value()).isCloseTo(0.679, within(0.02));
    }

    /** Units i = 0, 1, … at positions [10 i, 10 i + 5) of article 1; table[rater][unit], null = not marked. */
    static List<AgreementSpan> spans(List<String> raters, @Nullable String[][] table) {
        List<AgreementSpan> spans = new ArrayList<>();
        for (int rater = 0; rater < table.length; rater++) {
            for (int unit = 0; unit < table[rater].length; unit++) {
                String label = table[rater][unit];
                if (label != null) {
                    spans.add(new AgreementSpan(
                            raters.get(rater), 1, Layer.CLAIM, label, unit * 10, unit * 10 + 5, null));
                }
            }
        }
        return spans;
    }

    /** Rows of {count, label of a, label of b}: a contingency table as spans of two raters. */
    private static List<AgreementSpan> pairs(Object[][] rows) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (Object[] row : rows) {
            for (int i = 0; i < (Integer) row[0]; i++) {
                a.add((String) row[1]);
                b.add((String) row[2]);
            }
        }
        return spans(List.of("a", "b"), new String[][] {a.toArray(new String[0]), b.toArray(new String[0])});
    }

    private static AgreementSpan span(String rater, int start, int end, String label) {
        return new AgreementSpan(rater, 1, Layer.CLAIM, label, start, end, null);
    }
}
