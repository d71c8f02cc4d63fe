package org.corroborate.annotation;

import java.util.Optional;

/**
 * Finds a span's place again in a changed text. The span stays where it was if its quote is still
 * there; otherwise the occurrence of the quote with the best matching context wins, nearer the old
 * position on ties. A quote that no longer occurs cannot be re-anchored: the caller flags it.
 */
public final class TextAnchoring {

    private TextAnchoring() {}

    public static Optional<TextQuote> reanchor(TextQuote quote, String text) {
        if (quote.end() <= text.length() && text.startsWith(quote.exact(), quote.start())) {
            return Optional.of(TextQuote.capture(text, quote.start(), quote.end()));
        }
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        for (int at = text.indexOf(quote.exact()); at >= 0; at = text.indexOf(quote.exact(), at + 1)) {
            int end = at + quote.exact().length();
            long context = commonSuffix(quote.prefix(), text.substring(Math.max(0, at - TextQuote.CONTEXT), at))
                    + commonPrefix(
                            quote.suffix(), text.substring(end, Math.min(text.length(), end + TextQuote.CONTEXT)));
            // Context dominates; distance from the old position only breaks ties.
            long score = context * 1_000_000_000L - Math.abs(at - quote.start());
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
        }
        if (best < 0 || quote.exact().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TextQuote.capture(text, best, best + quote.exact().length()));
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
