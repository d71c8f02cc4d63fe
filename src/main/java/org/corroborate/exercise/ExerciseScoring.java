package org.corroborate.exercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.article.ArticleDetails;
import org.corroborate.scheme.Layer;
import org.corroborate.suggestion.CodePointOffsets;
import org.jspecify.annotations.Nullable;

/**
 * Gold and texts of one exercise, ready to score any number of attempts: the gold items and the slot verdicts of the
 * key, each article's text (spans are scored in code points, as the scorer's tests state them). Plain Java; the
 * service reads what it holds.
 */
record ExerciseScoring(
        ExerciseScorer scorer,
        List<GoldItem> goldItems,
        Map<Long, ArticleDetails> texts,
        List<ExerciseVerdict> goldVerdicts,
        Map<Long, CodePointOffsets> offsets) {

    /** The {@code doc} of slot verdicts: an exercise reconciles one story. */
    static final String STORY = "story";

    ExerciseScoring(
            ExerciseScorer scorer,
            List<GoldItem> goldItems,
            Map<Long, ArticleDetails> texts,
            List<ExerciseVerdict> goldVerdicts) {
        this(scorer, goldItems, texts, goldVerdicts, offsets(texts));
    }

    private static Map<Long, CodePointOffsets> offsets(Map<Long, ArticleDetails> texts) {
        Map<Long, CodePointOffsets> offsets = new HashMap<>();
        texts.forEach((id, a) -> offsets.put(id, CodePointOffsets.of(a.cleanedText())));
        return offsets;
    }

    int goldCount() {
        return goldItems.size() + goldVerdicts.size();
    }

    /** The spans and the slot verdicts (by slot id) of an attempt. */
    Scored score(List<StudentSpan> studentSpans, Map<Long, String> verdicts) {
        List<ExerciseVerdict> given = new ArrayList<>();
        verdicts.forEach((slot, verdict) -> given.add(new ExerciseVerdict(STORY, Long.toString(slot), verdict)));
        return score(studentSpans, given);
    }

    /** The spans alone (the per-item check of spans while working). */
    Scored score(List<StudentSpan> studentSpans) {
        return score(studentSpans, List.<ExerciseVerdict>of());
    }

    String title(long articleId) {
        ArticleDetails a = texts.get(articleId);
        return a == null ? "" : a.title();
    }

    private Scored score(List<StudentSpan> studentSpans, List<ExerciseVerdict> given) {
        IdentityHashMap<ExerciseSpan, GoldItem> goldBack = new IdentityHashMap<>();
        IdentityHashMap<ExerciseSpan, StudentSpan> studentBack = new IdentityHashMap<>();
        List<ExerciseSpan> g = new ArrayList<>(goldItems.size());
        for (GoldItem item : goldItems) {
            ExerciseSpan span = span(item.articleId(), item.layer(), item.start(), item.end(), item.label());
            if (span != null) {
                g.add(span);
                goldBack.put(span, item);
            }
        }
        List<ExerciseSpan> s = new ArrayList<>(studentSpans.size());
        for (StudentSpan item : studentSpans) {
            ExerciseSpan span = span(item.articleId(), item.layer(), item.start(), item.end(), item.label());
            if (span != null) {
                s.add(span);
                studentBack.put(span, item);
            }
        }
        return new Scored(
                given.isEmpty() && goldVerdicts.isEmpty()
                        ? scorer.score(g, s)
                        : scorer.score(g, s, goldVerdicts, given),
                goldBack,
                studentBack);
    }

    private @Nullable ExerciseSpan span(long articleId, Layer layer, int start, int end, String label) {
        CodePointOffsets o = offsets.get(articleId);
        if (o == null) {
            return null;
        }
        int s = o.toCodePoints(start);
        int e = o.toCodePoints(end);
        return e > s ? new ExerciseSpan(Long.toString(articleId), layer, s, e, label) : null;
    }

    /** One attempt's report, with the gold items and student spans behind each of its spans. */
    record Scored(
            ScoreReport report,
            IdentityHashMap<ExerciseSpan, GoldItem> goldBack,
            IdentityHashMap<ExerciseSpan, StudentSpan> studentBack) {

        GoldItem goldOf(ExerciseSpan span) {
            return Objects.requireNonNull(goldBack.get(span));
        }

        StudentSpan studentOf(ExerciseSpan span) {
            return Objects.requireNonNull(studentBack.get(span));
        }
    }
}
