package org.corroborate.annotation;

/**
 * Where a span sits, twice over, as in the W3C Web Annotation model: a position (start, end in UTF-16
 * units of the cleaned text) and a quote selector (the exact text with a little context either side).
 * The quote lets a span find its place again after the text changed.
 */
public record TextQuote(int start, int end, String exact, String prefix, String suffix) {

    /** Characters of context kept on each side. */
    public static final int CONTEXT = 32;

    public TextQuote {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** Captures the span [start, end) of {@code text}. */
    public static TextQuote capture(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException(
                    "span " + start + ".." + end + " is outside a text of " + text.length() + " characters or empty");
        }
        return new TextQuote(
                start,
                end,
                text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)));
    }
}
