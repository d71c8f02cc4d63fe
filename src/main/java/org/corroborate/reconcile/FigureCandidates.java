package org.corroborate.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.figure.FigureNormaliser;
import org.corroborate.figure.FigureReading;
import org.corroborate.suggestion.ArticleAnalysis;
import org.corroborate.suggestion.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * Turns the figure spans of one article into slot candidates: each read by the normaliser against the
 * article's publication date, with its sentence and the one before as context. Figures the normaliser cannot
 * read into a comparable interval are left out (the board lists them apart).
 */
public final class FigureCandidates {

    /**
     * A figure span of the article: {@code [start, end)} in its text, what it measures if someone said, and the
     * reading that differs from the words alone: corrected by an annotator, or read in its sentence
     * (null: read the words).
     */
    public record FigureSpan(
            String key,
            int start,
            int end,
            String measures,
            @Nullable FigureReading corrected) {

        public FigureSpan(String key, int start, int end, String measures) {
            this(key, start, end, measures, null);
        }
    }

    private final FigureNormaliser normaliser;

    /** @param normaliser the project's reading of figures ({@code FigureReaders}) */
    public FigureCandidates(FigureNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    public List<SlotCandidate> of(long articleId, String text, @Nullable LocalDate published, List<FigureSpan> spans) {
        return spans.isEmpty() ? List.of() : of(articleId, ArticleAnalysis.of(text, published), spans);
    }

    /** As {@link #of(long, String, LocalDate, List)}, on an analysis the caller already has. */
    public List<SlotCandidate> of(long articleId, ArticleAnalysis analysis, List<FigureSpan> spans) {
        String text = analysis.text();
        LocalDate published = analysis.published().orElse(null);
        List<SlotCandidate> candidates = new ArrayList<>();
        for (FigureSpan span : spans) {
            if (span.start() < 0 || span.end() > text.length() || span.start() >= span.end()) {
                continue;
            }
            String quote = text.substring(span.start(), span.end());
            FigureReading reading = span.corrected() != null ? span.corrected() : normaliser.read(quote, published);
            Optional<FigureInterval> interval = FigureInterval.of(reading, published);
            if (interval.isPresent()) {
                Context context = context(analysis, span.start(), span.end());
                candidates.add(new SlotCandidate(
                        span.key(),
                        articleId,
                        quote,
                        interval.get(),
                        context.near(),
                        context.sentence(),
                        context.before(),
                        span.measures()));
            }
        }
        return candidates;
    }

    public FigureReading read(String quote, @Nullable LocalDate published) {
        return normaliser.read(quote, published);
    }

    record Context(String near, String sentence, String before) {}

    /** Up to {@value #NEAR_WORDS} words either side within the sentence, the sentence, and the one before. */
    static Context context(ArticleAnalysis analysis, int start, int end) {
        List<TextSpan> sentences = analysis.sentences();
        String text = analysis.text();
        for (int i = 0; i < sentences.size(); i++) {
            TextSpan sentence = sentences.get(i);
            if (sentence.contains(start)) {
                String before = i > 0 ? sentences.get(i - 1).of(text) : "";
                String left = lastWords(text.substring(sentence.start(), start), NEAR_WORDS);
                String right = firstWords(text.substring(Math.min(end, sentence.end()), sentence.end()), NEAR_WORDS);
                return new Context(left + " " + GAP + " " + right, sentence.of(text), before);
            }
        }
        String around = text.substring(Math.max(0, start - 200), Math.min(text.length(), end + 200));
        return new Context("", around, "");
    }

    private static final int NEAR_WORDS = 6;

    /** Stands for the figure itself in {@link SlotCandidate#near()}: the words before it, the gap, the words after. */
    static final String GAP = "…";

    /** The last words before a figure, up to n, stopping at a clause mark once one word is taken. */
    private static String lastWords(String s, int n) {
        List<String> tokens = tokens(s);
        java.util.ArrayDeque<String> taken = new java.util.ArrayDeque<>();
        for (int i = tokens.size() - 1; i >= 0 && taken.size() < n; i--) {
            String t = tokens.get(i);
            if (CLAUSE_MARK.matcher(t).matches()) {
                if (!taken.isEmpty()) {
                    break;
                }
                continue;
            }
            taken.addFirst(t);
        }
        return String.join(" ", taken);
    }

    /** The first words after a figure, up to n, stopping at a clause mark once one word is taken. */
    private static String firstWords(String s, int n) {
        List<String> taken = new ArrayList<>();
        for (String t : tokens(s)) {
            if (taken.size() >= n) {
                break;
            }
            if (CLAUSE_MARK.matcher(t).matches()) {
                if (!taken.isEmpty()) {
                    break;
                }
                continue;
            }
            taken.add(t);
        }
        return String.join(" ", taken);
    }

    private static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}'’.-]+|[,;:()—–]");
    private static final java.util.regex.Pattern CLAUSE_MARK = java.util.regex.Pattern.compile("[,;:()—–]");

    private static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        java.util.regex.Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
