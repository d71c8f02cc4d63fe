package org.corroborate.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Quotations in a text: curly pairs “…” and straight pairs "…", never across a paragraph break. */
final class Quotes {

    private Quotes() {}

    /** {@code [open, close]} offsets of each quotation's marks. */
    static List<int[]> find(String text) {
        List<int[]> quotes = new ArrayList<>();
        int open = -1;
        char openMark = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                open = -1;
            } else if (open < 0 && (c == '“' || c == '"')) {
                open = i;
                openMark = c;
            } else if (open >= 0 && ((openMark == '“' && c == '”') || (openMark == '"' && c == '"'))) {
                quotes.add(new int[] {open, i});
                open = -1;
            }
        }
        return quotes;
    }

    static boolean inside(List<int[]> quotes, int offset) {
        for (int[] q : quotes) {
            if (offset > q[0] && offset < q[1]) {
                return true;
            }
        }
        return false;
    }

    /** The quotation whose closing mark is the last non-space character before {@code offset}. */
    static Optional<int[]> endingBefore(List<int[]> quotes, String text, int offset) {
        int i = offset;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '\n') {
            i--;
        }
        for (int[] q : quotes) {
            // “…,” he said — but not “… .” He said, which is the next sentence
            if (q[1] == i - 1 && q[1] > 0 && ",?!—-".indexOf(text.charAt(q[1] - 1)) >= 0) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** A quotation opening between {@code from} and {@code to}, after nothing but spaces, a comma or a colon. */
    static Optional<int[]> startingAfter(List<int[]> quotes, String text, int from, int to) {
        for (int[] q : quotes) {
            if (q[0] >= from && q[0] <= to && text.substring(from, q[0]).matches("(?s)[\\s,:]*")) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** “…,” he said. “…” — the quotation that goes on right after the cue's sentence, in the same paragraph. */
    static Optional<int[]> continuation(List<int[]> quotes, String text, TextSpan sentence, int cueEnd) {
        int i = cueEnd;
        int limit = Math.min(text.length(), sentence.end() + 1);
        while (i < limit && text.charAt(i) != '\n' && text.charAt(i) != '.' && text.charAt(i) != '“') {
            i++;
        }
        if (i >= limit || text.charAt(i) != '.') {
            return Optional.empty();
        }
        i++;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        for (int[] q : quotes) {
            if (q[0] == i) {
                String after = text.substring(q[1] + 1, Math.min(text.length(), q[1] + 40));
                boolean ownCue = after.matches("(?s)^\\s*\\S+ (?:said|told|added|says)\\b.*")
                        || after.matches("(?s)^\\s*(?:said|told|added|says)\\b.*");
                return ownCue ? Optional.empty() : Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** The text inside the marks, without a trailing comma or colon. */
    static Optional<TextSpan> interior(String text, int[] quote) {
        return AttributionDetector.trim(text, quote[0] + 1, quote[1]);
    }
}
