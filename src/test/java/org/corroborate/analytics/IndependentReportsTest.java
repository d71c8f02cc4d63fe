package org.corroborate.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndependentReportsTest {

    @Test
    void articles_without_near_duplicates_are_each_an_independent_report() {
        assertThat(IndependentReports.count(List.of(1L, 2L, 3L), List.of())).isEqualTo(3);
    }

    @Test
    void a_rewrite_of_the_same_copy_counts_once_also_along_a_chain() {
        assertThat(IndependentReports.count(List.of(1L, 2L, 3L, 4L),
                List.of(new long[] {1, 2}, new long[] {2, 3}))).isEqualTo(2);
    }

    @Test
    void a_pair_with_an_article_that_does_not_report_the_figure_changes_nothing() {
        assertThat(IndependentReports.count(List.of(1L, 2L), List.of(new long[] {2, 9}))).isEqualTo(2);
    }
}
