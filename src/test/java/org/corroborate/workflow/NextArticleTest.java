package org.corroborate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.project.AssignmentMode;
import org.corroborate.project.WorkflowSettings;
import org.corroborate.workflow.NextArticle.Candidate;
import org.corroborate.workflow.NextArticle.Slot;
import org.junit.jupiter.api.Test;

class NextArticleTest {

    private static final WorkflowSettings TWO_AUTO = new WorkflowSettings(2, AssignmentMode.AUTOMATIC, 60, true);
    private static final List<Candidate> ARTICLES = List.of(
            new Candidate(3, Instant.parse("2025-01-03T00:00:00Z"), false),
            new Candidate(1, Instant.parse("2025-01-01T00:00:00Z"), false),
            new Candidate(2, Instant.parse("2025-01-02T00:00:00Z"), false));

    @Test
    void the_oldest_article_that_needs_annotators_comes_first() {
        assertThat(NextArticle.choose("me", ARTICLES, List.of(), TWO_AUTO)).contains(1L);
    }

    @Test
    void an_article_with_enough_annotators_is_passed_over() {
        List<Slot> slots = List.of(
                new Slot(1, "ann", AnnotationSetStatus.FINISHED, false),
                new Slot(1, "bob", AnnotationSetStatus.IN_PROGRESS, false));
        assertThat(NextArticle.choose("me", ARTICLES, slots, TWO_AUTO)).contains(2L);
    }

    @Test
    void an_abandoned_set_frees_its_slot() {
        List<Slot> slots = List.of(
                new Slot(1, "ann", AnnotationSetStatus.FINISHED, false),
                new Slot(1, "bob", AnnotationSetStatus.IN_PROGRESS, true));
        assertThat(NextArticle.choose("me", ARTICLES, slots, TWO_AUTO)).contains(1L);
    }

    @Test
    void my_unfinished_work_comes_before_anything_new() {
        List<Slot> slots = List.of(new Slot(3, "me", AnnotationSetStatus.IN_PROGRESS, false));
        assertThat(NextArticle.choose("me", ARTICLES, slots, TWO_AUTO)).contains(3L);
    }

    @Test
    void articles_i_finished_or_skipped_and_curated_articles_are_never_handed_out() {
        List<Candidate> articles = List.of(
                ARTICLES.get(0), ARTICLES.get(1), new Candidate(2, Instant.parse("2025-01-02T00:00:00Z"), true));
        List<Slot> slots = List.of(
                new Slot(1, "me", AnnotationSetStatus.FINISHED, false),
                new Slot(3, "me", AnnotationSetStatus.SKIPPED, false));
        assertThat(NextArticle.choose("me", articles, slots, TWO_AUTO)).isEmpty();
    }

    @Test
    void manual_mode_hands_out_only_my_assignments() {
        WorkflowSettings manual = new WorkflowSettings(2, AssignmentMode.MANUAL, 60, true);
        assertThat(NextArticle.choose("me", ARTICLES, List.of(), manual)).isEmpty();
        assertThat(NextArticle.choose(
                        "me", ARTICLES, List.of(new Slot(2, "me", AnnotationSetStatus.NOT_STARTED, false)), manual))
                .contains(2L);
    }
}
