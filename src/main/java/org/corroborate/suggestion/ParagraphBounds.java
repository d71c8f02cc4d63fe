package org.corroborate.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;

/**
 * Keeps every suggestion inside one paragraph (issue 18: a suggested source ran across two). A paragraph ends at a
 * line break, as the cleaned text has them. A span that crosses one is cut at the breaks: an attribution's content
 * becomes one content span per paragraph; any other span keeps one piece, the one in its cue's paragraph for the
 * parts of a frame, else the longest; a source mention keeps the same piece as the attribution source at its span.
 * Pieces that are only white space are dropped. The result is in no particular order. Plain Java.
 */
final class ParagraphBounds {

    private ParagraphBounds() {}

    static List<Suggestion> apply(String text, List<Suggestion> suggestions) {
        if (suggestions.stream().noneMatch(s -> crosses(text, s))) {
            return suggestions;
        }
        Map<String, Integer> cueParagraph = new HashMap<>();
        for (Suggestion s : suggestions) {
            if (s.frameId() != null && s.layer() == Layer.ATTRIBUTION && Labels.CUE.equals(s.label())) {
                cueParagraph.put(s.frameId(), paragraphStart(text, s.start()));
            }
        }
        // An attribution source and the source mention at the same span are cut alike.
        Map<Long, TextSpan> chosen = new HashMap<>();
        List<Suggestion> kept = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (s.layer() != Layer.ATTRIBUTION && s.frameId() == null) {
                continue;
            }
            clip(text, s, cueParagraph, chosen, kept);
        }
        for (Suggestion s : suggestions) {
            if (s.layer() == Layer.ATTRIBUTION || s.frameId() != null) {
                continue;
            }
            clip(text, s, cueParagraph, chosen, kept);
        }
        return kept;
    }

    private static void clip(
            String text,
            Suggestion s,
            Map<String, Integer> cueParagraph,
            Map<Long, TextSpan> chosen,
            List<Suggestion> kept) {
        if (!crosses(text, s)) {
            kept.add(s);
            return;
        }
        List<TextSpan> pieces = pieces(text, s.start(), s.end());
        if (pieces.isEmpty()) {
            return;
        }
        if (s.layer() == Layer.ATTRIBUTION && Labels.CONTENT.equals(s.label())) {
            pieces.forEach(p -> kept.add(with(s, p)));
            return;
        }
        long key = (long) s.start() << 32 | s.end();
        TextSpan piece = chosen.get(key);
        if (piece == null) {
            Integer cue = s.frameId() == null ? null : cueParagraph.get(s.frameId());
            piece = pieces.stream()
                    .filter(p -> cue != null && paragraphStart(text, p.start()) == cue)
                    .findFirst()
                    .orElseGet(() -> pieces.stream()
                            .max(java.util.Comparator.comparingInt(p -> p.end() - p.start()))
                            .orElseThrow());
            chosen.put(key, piece);
        }
        kept.add(with(s, piece));
    }

    private static Suggestion with(Suggestion s, TextSpan piece) {
        return new Suggestion(
                s.detector(), s.layer(), s.label(), piece.start(), piece.end(), s.attributes(), s.frameId());
    }

    static boolean crosses(String text, Suggestion s) {
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** The stretches of {@code [start, end)} between line breaks, without white space at their ends. */
    static List<TextSpan> pieces(String text, int start, int end) {
        List<TextSpan> pieces = new ArrayList<>();
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int a = from;
                int b = i;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                if (b > a) {
                    pieces.add(new TextSpan(a, b));
                }
                from = i + 1;
            }
        }
        return pieces;
    }

    private static int paragraphStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }
}
