package org.corroborate.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link AgreementMeasure} promises; each measure's test extends this class. */
abstract class AgreementMeasureContract {

    abstract AgreementMeasure measure();

    private static final List<String> AB = List.of("a", "b");

    @Test
    void identical_labels_in_two_categories_agree_perfectly() {
        LabelStudy study = LabelStudy.of(AB, PublishedExamplesTest.spans(AB, new String[][] {
            {"x", "y", "x", "y", "x"}, {"x", "y", "x", "y", "x"}
        }));
        Score score = measure().measure(study);
        assertThat(score.value()).isCloseTo(1.0, within(1e-9));
        assertThat(score.units()).isEqualTo(5);
    }

    @Test
    void systematically_swapped_labels_agree_no_better_than_chance() {
        LabelStudy study = LabelStudy.of(AB, PublishedExamplesTest.spans(AB, new String[][] {
            {"x", "y", "x", "y"}, {"y", "x", "y", "x"}
        }));
        assertThat(measure().measure(study).value()).isLessThanOrEqualTo(0.0);
    }

    @Test
    void the_order_of_raters_does_not_change_the_result() {
        String[][] table = {{"x", "y", "x", "z", "x", "y"}, {"x", "y", "y", "z", "x", "x"}};
        double forward = measure()
                .measure(LabelStudy.of(AB, PublishedExamplesTest.spans(AB, table)))
                .value();
        List<String> ba = List.of("b", "a");
        double backward = measure()
                .measure(LabelStudy.of(ba, PublishedExamplesTest.spans(ba, table)))
                .value();
        assertThat(backward).isCloseTo(forward, within(1e-9));
    }

    @Test
    void no_units_give_an_undefined_score_not_an_exception() {
        Score score = measure().measure(new LabelStudy(AB, List.of()));
        assertThat(score.defined()).isFalse();
        assertThat(score.formatted()).isEqualTo("–");
    }

    @Test
    void one_category_everywhere_gives_an_undefined_score_not_an_exception() {
        LabelStudy study =
                LabelStudy.of(AB, PublishedExamplesTest.spans(AB, new String[][] {{"x", "x", "x"}, {"x", "x", "x"}}));
        assertThat(measure().measure(study).defined()).isFalse();
    }
}
