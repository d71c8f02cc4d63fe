package org.corroborate.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import opennlp.tools.util.Span;
import org.jspecify.annotations.Nullable;

/**
 * One text analysed once for all detectors: its sentences and tokens (OpenNLP), and the publication date
 * that relative dates are read against. Sentences never cross a line break: in news copy a line is a
 * paragraph or a headline, and the sentence model was trained on running text.
 */
public final class ArticleAnalysis {

    private final String text;
    private final @Nullable LocalDate published;
    private final List<TextSpan> sentences;
    private final List<TextSpan> tokens;

    private ArticleAnalysis(String text, @Nullable LocalDate published, List<TextSpan> sentences,
            List<TextSpan> tokens) {
        this.text = text;
        this.published = published;
        this.sentences = sentences;
        this.tokens = tokens;
    }

    public static ArticleAnalysis of(String text, @Nullable LocalDate published) {
        List<TextSpan> sentences = new ArrayList<>();
        List<TextSpan> tokens = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = nextLineBreak(text, lineStart);
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span s : EnglishModels.sentences().sentPosDetect(line)) {
                    int start = lineStart + s.getStart();
                    int end = lineStart + s.getEnd();
                    if (end > start) {
                        sentences.add(new TextSpan(start, end));
                        for (Span t : EnglishModels.tokens().tokenizePos(text.substring(start, end))) {
                            tokens.add(new TextSpan(start + t.getStart(), start + t.getEnd()));
                        }
                    }
                }
            }
            if (lineEnd >= text.length()) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return new ArticleAnalysis(text, published, Collections.unmodifiableList(sentences),
                Collections.unmodifiableList(tokens));
    }

    public static ArticleAnalysis of(String text) {
        return of(text, null);
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
        return tokens;
    }
}
