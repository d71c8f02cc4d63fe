package org.corroborate.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.scheme.Layer;
import org.corroborate.suggestion.ArticleAnalysis;
import org.corroborate.suggestion.TextSpan;

/**
 * Token-classification tags: the article's sentences and tokens (the same OpenNLP models the detectors use)
 * with one BIO tag per layer and token ({@code B-label} on a span's first token, {@code I-label} on the
 * rest, {@code O} outside). Within a layer spans may overlap but a token gets one tag: the span that starts
 * first wins, the longer one on a tie. A token counts as inside a span when they share a character.
 * Plain Java.
 */
public final class BioTagger {

    public static final String OUTSIDE = "O";

    private BioTagger() {}

    /** One token: UTF-16 offsets, its text and one tag per requested layer. */
    public record Token(int start, int end, String text, Map<Layer, String> tags) {}

    /** One sentence's tokens, numbered from 0 within the article. */
    public record Sentence(int index, List<Token> tokens) {}

    /** Sentences and tokens of the text, tagged from one annotator's (or gold) spans. */
    public static List<Sentence> tag(String text, List<ExportSpan> spans, List<Layer> layers) {
        ArticleAnalysis analysis = ArticleAnalysis.of(text);
        return tag(text, analysis.sentences(), analysis.tokens(), spans, layers);
    }

    static List<Sentence> tag(
            String text, List<TextSpan> sentences, List<TextSpan> tokens, List<ExportSpan> spans, List<Layer> layers) {
        Map<Layer, String[]> tagsByLayer = new EnumMap<>(Layer.class);
        for (Layer layer : layers) {
            tagsByLayer.put(
                    layer,
                    tagLayer(
                            tokens,
                            spans.stream().filter(s -> s.layer() == layer).toList()));
        }
        List<Sentence> result = new ArrayList<>();
        int t = 0;
        for (int s = 0; s < sentences.size(); s++) {
            TextSpan sentence = sentences.get(s);
            List<Token> inSentence = new ArrayList<>();
            while (t < tokens.size() && tokens.get(t).start() < sentence.end()) {
                TextSpan token = tokens.get(t);
                if (token.end() > sentence.start()) {
                    Map<Layer, String> tags = new EnumMap<>(Layer.class);
                    for (Layer layer : layers) {
                        tags.put(layer, Objects.requireNonNull(tagsByLayer.get(layer), "tagged above")[t]);
                    }
                    inSentence.add(new Token(token.start(), token.end(), token.of(text), tags));
                }
                t++;
            }
            if (!inSentence.isEmpty()) {
                result.add(new Sentence(result.size(), inSentence));
            }
        }
        return result;
    }

    private static String[] tagLayer(List<TextSpan> tokens, List<ExportSpan> spans) {
        int[] owner = new int[tokens.size()];
        java.util.Arrays.fill(owner, -1);
        List<ExportSpan> byPriority = new ArrayList<>(spans);
        byPriority.sort(Comparator.comparingInt(ExportSpan::start)
                .thenComparing(ExportSpan::end, Comparator.reverseOrder())
                .thenComparingLong(ExportSpan::id));
        // Lowest priority first, so that the span that starts first overwrites the others.
        for (int i = byPriority.size() - 1; i >= 0; i--) {
            ExportSpan span = byPriority.get(i);
            for (int t = firstTokenEndingAfter(tokens, span.start());
                    t < tokens.size() && tokens.get(t).start() < span.end();
                    t++) {
                owner[t] = i;
            }
        }
        String[] tags = new String[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            if (owner[t] < 0) {
                tags[t] = OUTSIDE;
            } else {
                boolean begins = t == 0 || owner[t - 1] != owner[t];
                tags[t] = (begins ? "B-" : "I-") + byPriority.get(owner[t]).label();
            }
        }
        return tags;
    }

    private static int firstTokenEndingAfter(List<TextSpan> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
