package org.corroborate.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class ClassPatternsTest {

    private static final String TEXT = "Officials said the talks failed, a senior diplomat added.";

    private static StudentSpan span(long id, String phrase) {
        int start = TEXT.indexOf(phrase);
        return new StudentSpan(id, 1, Layer.SOURCE, Labels.UNNAMED_GROUP, start, start + phrase.length(), phrase);
    }

    @Test
    void a_span_gold_lacks_is_listed_once_two_students_marked_it_overlapping_enough() {
        List<StudentSpan> spurious = List.of(
                span(1, "Officials"),
                span(2, "Officials said"), // overlaps "Officials" by 9 of 14 characters: the same place
                span(3, "the talks"), // one student only: not a pattern
                span(4, "senior diplomat"),
                span(5, "a senior diplomat"),
                span(6, "diplomat")); // 8 of 17 with its group's first span ("a senior diplomat"): a place of its own

        List<ClassDashboard.FalsePositive> patterns =
                ClassPatterns.falsePositives(spurious, 0.5, article -> "Article " + article);

        assertThat(patterns)
                .extracting(ClassDashboard.FalsePositive::text, ClassDashboard.FalsePositive::students)
                .containsExactly(tuple("Officials", 2), tuple("a senior diplomat", 2));
        assertThat(patterns.getFirst().articleTitle()).isEqualTo("Article 1");
    }

    @Test
    void a_stricter_overlap_splits_spans_that_share_too_little() {
        List<StudentSpan> spurious = List.of(span(1, "Officials"), span(2, "Officials said"));

        assertThat(ClassPatterns.falsePositives(spurious, 0.8, article -> "")).isEmpty();
    }

    @Test
    void no_more_than_fifty_patterns_are_listed() {
        List<StudentSpan> spurious = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            spurious.add(new StudentSpan(2L * i, i, Layer.SOURCE, Labels.UNNAMED_GROUP, 0, 9, "Officials"));
            spurious.add(new StudentSpan(2L * i + 1, i, Layer.SOURCE, Labels.UNNAMED_GROUP, 0, 9, "Officials"));
        }

        assertThat(ClassPatterns.falsePositives(spurious, 0.5, article -> "")).hasSize(50);
    }

    @Test
    void the_heat_map_counts_each_attempt_once_per_word_it_touches() {
        Map<Long, List<StudentSpan>> spans = Map.of(
                10L, List.of(span(1, "Officials said"), span(2, "said")), // "said" twice in one attempt: once
                11L, List.of(span(3, "fficials")), // part of a word counts the word
                12L, List.of());

        List<ClassDashboard.HeatArticle> heat =
                ClassPatterns.heat(List.of(new ClassPatterns.Text(1, "Talks", TEXT)), List.of(10L, 11L, 12L), spans);

        ClassDashboard.HeatArticle article = heat.getFirst();
        assertThat(article.students()).isEqualTo(3);
        assertThat(article.words())
                .extracting(w -> TEXT.substring(w.start(), w.end()), ClassDashboard.WordHeat::count)
                .startsWith(tuple("Officials", 2), tuple("said", 1), tuple("the", 0));
        assertThat(article.words()).extracting(ClassDashboard.WordHeat::count).doesNotContain(3);
    }
}
