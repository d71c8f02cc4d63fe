package org.corroborate.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import opennlp.tools.util.Span;
import org.jspecify.annotations.Nullable;

/**
 * One text analysed once for all detectors: its sentences and tokens (OpenNLP), and the publication date
 * that relative dates are read against. Sentences never cross a line break: in news copy a line is a
 * paragraph or a headline, and the sentence model was trained on running text. A "sentence" longer than
 * {@link #MAX_SENTENCE} characters (a table, a run-on scrape) is cut at spaces into pieces of at most that
 * length, so that no detector ever looks at an unbounded stretch of text around one match.
 */
public final class ArticleAnalysis {

    /** Far longer than any real sentence in news copy. */
    static final int MAX_SENTENCE = 2_000;

    private final String text;
    private final @Nullable LocalDate published;
    private final List<TextSpan> sentences;
    /** Tokenising costs more than finding sentences and no built-in detector needs it: done on first use. */
    private volatile @Nullable List<TextSpan> tokens;
    /** What one detector works out and another reuses (the attribution frames), computed once per text. */
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private ArticleAnalysis(String text, @Nullable LocalDate published, List<TextSpan> sentences) {
        this.text = text;
        this.published = published;
        this.sentences = sentences;
    }

    public static ArticleAnalysis of(String text, @Nullable LocalDate published) {
        List<TextSpan> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = nextLineBreak(text, lineStart);
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (TextSpan piece : pieces(text, lineStart, lineEnd)) {
                    String part = text.substring(piece.start(), piece.end());
                    for (Span s : EnglishModels.sentences().sentPosDetect(part)) {
                        int start = piece.start() + s.getStart();
                        int end = piece.start() + s.getEnd();
                        if (end > start) {
                            sentences.add(new TextSpan(start, end));
                        }
                    }
                }
            }
            if (lineEnd >= text.length()) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return new ArticleAnalysis(text, published, Collections.unmodifiableList(sentences));
    }

    public static ArticleAnalysis of(String text) {
        return of(text, null);
    }

    /** The line cut at spaces into pieces of at most {@link #MAX_SENTENCE} characters (one piece if shorter). */
    static List<TextSpan> pieces(String text, int start, int end) {
        List<TextSpan> pieces = new ArrayList<>();
        int from = start;
        while (end - from > MAX_SENTENCE) {
            int cut = from + MAX_SENTENCE;
            int space = cut;
            while (space > from + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            if (Character.isWhitespace(text.charAt(space))) {
                cut = space;
            } else if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--; // never between the halves of one character
            }
            pieces.add(new TextSpan(from, cut));
            from = cut;
        }
        pieces.add(new TextSpan(from, end));
        return pieces;
    }

    /** The sentence that holds {@code offset}, found by binary search. */
    public Optional<TextSpan> sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextSpan s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static int nextLineBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    public String text() {
        return text;
    }

    public Optional<LocalDate> published() {
        return Optional.ofNullable(published);
    }

    public List<TextSpan> sentences() {
        return sentences;
    }

    public List<TextSpan> tokens() {
        List<TextSpan> t = tokens;
        if (t == null) {
            List<TextSpan> found = new ArrayList<>();
            for (TextSpan sentence : sentences) {
                for (Span token : EnglishModels.tokens().tokenizePos(sentence.of(text))) {
                    found.add(new TextSpan(sentence.start() + token.getStart(), sentence.start() + token.getEnd()));
                }
            }
            t = Collections.unmodifiableList(found);
            tokens = t;
        }
        return t;
    }

    /**
     * The value derived from this text under {@code key}, computed by {@code compute} the first time it is
     * asked for. Lets detectors share work (the source detector reuses the attribution frames) while staying
     * stateless themselves.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(Object key, Supplier<T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.get();
            Object earlier = derived.putIfAbsent(key, value);
            value = earlier != null ? earlier : value;
        }
        return (T) value;
    }
}
