package org.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndependentReportsTest {

    @Test
    void articles_without_near_duplicates_are_each_an_independent_report() {
        assertThat(IndependentReports.count(List.of(1L, 2L, 3L), Map.of())).isEqualTo(3);
    }

    @Test
    void a_rewrite_of_the_same_copy_counts_once_also_along_a_chain() {
        // 1-2 and 2-3 are pairs: the story's groups put all three in group 1
        assertThat(IndependentReports.count(List.of(1L, 2L, 3L, 4L), Map.of(1L, 1L, 2L, 1L, 3L, 1L)))
                .isEqualTo(2);
    }

    @Test
    void a_group_with_an_article_that_does_not_report_the_figure_changes_nothing() {
        assertThat(IndependentReports.count(List.of(1L, 2L), Map.of(2L, 2L, 9L, 2L)))
                .isEqualTo(2);
    }

    @Test
    void two_rewrites_of_one_copy_count_once_even_when_the_copy_itself_does_not_report_the_figure() {
        // 5 and 7 are both near-duplicates of 6, which is not among the reporting articles
        assertThat(IndependentReports.count(List.of(5L, 7L), Map.of(5L, 5L, 6L, 5L, 7L, 5L)))
                .isEqualTo(1);
    }

    @Test
    void an_article_given_twice_is_one_report() {
        assertThat(IndependentReports.count(List.of(4L, 4L), Map.of())).isEqualTo(1);
    }
}
