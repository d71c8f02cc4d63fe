package org.corroborate.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotatorSet;
import org.junit.jupiter.api.Test;

class AnnotatorProgressTest {

    private static AnnotatorSet set(
            long article,
            String annotator,
            AnnotationSetStatus status,
            long seconds,
            long annotations,
            boolean abandoned) {
        return new AnnotatorSet(article, annotator, status, seconds, annotations, Instant.EPOCH, null, null, abandoned);
    }

    @Test
    void progress_sums_each_annotators_sets_and_skipped_articles_do_not_count_against_it() {
        List<AnnotatorProgress> progress = AnnotatorProgress.of(List.of(
                set(1, "bea", AnnotationSetStatus.FINISHED, 600, 12, false),
                set(2, "bea", AnnotationSetStatus.SKIPPED, 30, 0, false),
                set(3, "bea", AnnotationSetStatus.IN_PROGRESS, 120, 3, true),
                set(1, "al", AnnotationSetStatus.NOT_STARTED, 0, 0, false)));

        assertThat(progress).extracting(AnnotatorProgress::annotator).containsExactly("al", "bea");
        AnnotatorProgress bea = progress.get(1);
        assertThat(bea).isEqualTo(new AnnotatorProgress("bea", 3, 1, 1, 0, 1, 1, 750, 15));
        assertThat(bea.progress()).isEqualTo(0.5);
        assertThat(progress.getFirst().progress()).isZero();
    }

    @Test
    void someone_who_skipped_everything_has_no_progress_rather_than_a_division_by_zero() {
        assertThat(AnnotatorProgress.of(List.of(set(1, "al", AnnotationSetStatus.SKIPPED, 0, 0, false)))
                        .getFirst()
                        .progress())
                .isZero();
    }
}
