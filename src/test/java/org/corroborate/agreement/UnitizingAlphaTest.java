package org.corroborate.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class UnitizingAlphaTest {

    @RepeatedTest(20)
    void expected_disagreement_equals_dkpros_own_computation() {
        Random random = new Random(System.nanoTime());
        int raters = 2 + random.nextInt(3);
        long length = 200 + random.nextInt(3000);
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, 0, length);
        List<UnitizingAlpha.Unit> units = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            long pos = random.nextInt(20);
            while (true) {
                long unitLength = 1 + random.nextInt(40);
                if (pos + unitLength > length) {
                    break;
                }
                study.addUnit(pos, unitLength, r, "c");
                units.add(new UnitizingAlpha.Unit(r, pos, unitLength));
                pos += unitLength + random.nextInt(120);
            }
        }

        double dkpro = new UnitizingAlpha.Alpha(study).dkproExpected("c");
        double ours = UnitizingAlpha.expectedDisagreement(units, raters, length);

        assertThat(ours).isCloseTo(dkpro, within(Math.abs(dkpro) * 1e-9 + 1e-15));
    }

    @Test
    void a_rater_who_marked_nothing_of_a_label_lowers_alpha() {
        List<AgreementSpan> both = List.of(
                new AgreementSpan("a", 1, org.corroborate.scheme.Layer.CLAIM, "x", 10, 20, null),
                new AgreementSpan("b", 1, org.corroborate.scheme.Layer.CLAIM, "x", 10, 20, null),
                new AgreementSpan("a", 1, org.corroborate.scheme.Layer.CLAIM, "y", 40, 60, null));

        UnitizingAlpha.Result result = new UnitizingAlpha().measure(List.of("a", "b"), both, 100);

        assertThat(Objects.requireNonNull(result.byLabel().get("x")).value()).isCloseTo(1.0, within(1e-9));
        assertThat(Objects.requireNonNull(result.byLabel().get("y")).value()).isLessThan(0.5);
        assertThat(result.overall().value()).isBetween(0.0, 1.0);
    }
}
