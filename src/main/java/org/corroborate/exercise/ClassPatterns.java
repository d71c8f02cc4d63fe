package org.corroborate.exercise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a class's attempts show together, for the instructor's dashboard: the spans two or more students marked that
 * the gold lacks (grouped by the exercise's overlap), and per article how many students marked each word (the heat
 * map). Plain Java over the attempts' spans.
 */
final class ClassPatterns {

    /** A word of an article, as the heat map counts them. */
    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    private ClassPatterns() {}

    /** An article as the patterns read it. */
    record Text(long articleId, String title, String text) {}

    /**
     * The spans gold lacks that two or more students marked: grouped by article, layer and overlap (at least
     * {@code overlap} of their union, with the group's first span), most students first, at most 50.
     */
    static List<ClassDashboard.FalsePositive> falsePositives(
            List<StudentSpan> spurious, double overlap, LongFunction<String> titleOf) {
        // Group spans gold lacks by overlap (the exercise's threshold) with the group's first span.
        List<List<StudentSpan>> groups = new ArrayList<>();
        List<StudentSpan> sorted = spurious.stream()
                .sorted(Comparator.comparingLong(StudentSpan::articleId)
                        .thenComparing(StudentSpan::layer)
                        .thenComparingInt(StudentSpan::start))
                .toList();
        for (StudentSpan span : sorted) {
            List<StudentSpan> home = null;
            for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - 20; i--) {
                StudentSpan first = groups.get(i).getFirst();
                if (first.articleId() == span.articleId()
                        && first.layer() == span.layer()
                        && iou(first, span) >= overlap) {
                    home = groups.get(i);
                    break;
                }
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(span)));
            } else {
                home.add(span);
            }
        }
        List<ClassDashboard.FalsePositive> result = new ArrayList<>();
        for (List<StudentSpan> group : groups) {
            if (group.size() >= 2) {
                StudentSpan first = group.getFirst();
                result.add(new ClassDashboard.FalsePositive(
                        first.articleId(),
                        titleOf.apply(first.articleId()),
                        first.layer(),
                        first.start(),
                        first.end(),
                        first.text(),
                        group.size()));
            }
        }
        result.sort(Comparator.comparingInt(ClassDashboard.FalsePositive::students)
                .reversed()
                .thenComparingLong(ClassDashboard.FalsePositive::articleId)
                .thenComparingInt(ClassDashboard.FalsePositive::start));
        return result.size() > 50 ? result.subList(0, 50) : result;
    }

    private static double iou(StudentSpan a, StudentSpan b) {
        int inter = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        if (inter <= 0) {
            return 0;
        }
        return (double) inter / ((a.end() - a.start()) + (b.end() - b.start()) - inter);
    }

    /**
     * Per article, how many of the counted attempts marked each word (a span covers the words it touches).
     *
     * @param spansByAttempt each attempt's spans, by attempt id
     */
    static List<ClassDashboard.HeatArticle> heat(
            Collection<Text> articles, List<Long> countedAttempts, Map<Long, List<StudentSpan>> spansByAttempt) {
        List<ClassDashboard.HeatArticle> heat = new ArrayList<>();
        for (Text article : articles) {
            String text = article.text();
            List<int[]> words = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            int[] counts = new int[words.size()];
            for (long attempt : countedAttempts) {
                boolean[] covered = new boolean[words.size()];
                for (StudentSpan span : spansByAttempt.getOrDefault(attempt, List.of())) {
                    if (span.articleId() != article.articleId()) {
                        continue;
                    }
                    int from = firstWordEndingAfter(words, span.start());
                    for (int w = from; w < words.size() && words.get(w)[0] < span.end(); w++) {
                        covered[w] = true;
                    }
                }
                for (int w = 0; w < covered.length; w++) {
                    if (covered[w]) {
                        counts[w]++;
                    }
                }
            }
            List<ClassDashboard.WordHeat> heats = new ArrayList<>(words.size());
            for (int w = 0; w < words.size(); w++) {
                heats.add(new ClassDashboard.WordHeat(words.get(w)[0], words.get(w)[1], counts[w]));
            }
            heat.add(new ClassDashboard.HeatArticle(
                    article.articleId(), article.title(), text, heats, countedAttempts.size()));
        }
        return heat;
    }

    private static int firstWordEndingAfter(List<int[]> words, int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid)[1] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
