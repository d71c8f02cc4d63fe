package org.corroborate.suggestion;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Turns UTF-16 offsets (Java {@code String} indices) into Unicode code point offsets, which is what Python's
 * {@code str}, JavaScript's {@code Array.from(text)} and most data tools count: an emoji is one code point
 * but two UTF-16 units, so every span after it shifts by one.
 */
public final class CodePointOffsets {

    /** {@code counts[i]} = code points in {@code text[0, i)}. */
    private final int[] counts;

    private final String text;

    private CodePointOffsets(String text, int[] counts) {
        this.text = text;
        this.counts = counts;
    }

    public static CodePointOffsets of(String text) {
        int[] counts = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            counts[i] = n;
            boolean secondHalf =
                    Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (!secondHalf) {
                n++;
            }
        }
        counts[text.length()] = n;
        return new CodePointOffsets(text, counts);
    }

    /**
     * The code point offset of a UTF-16 offset (0 to length, inclusive).
     *
     * @throws IllegalArgumentException for an offset between the two halves of one character
     */
    public int toCodePoints(int utf16Offset) {
        if (utf16Offset < 0 || utf16Offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16Offset + " outside 0.." + text.length());
        }
        if (utf16Offset > 0
                && utf16Offset < text.length()
                && Character.isHighSurrogate(text.charAt(utf16Offset - 1))
                && Character.isLowSurrogate(text.charAt(utf16Offset))) {
            throw new IllegalArgumentException("offset " + utf16Offset + " splits a character in two");
        }
        return counts[utf16Offset];
    }

    /** Code points in the whole text. */
    public int length() {
        return counts[text.length()];
    }

    /**
     * Offsets into many articles' texts, each text's table worked out once: what a sheet or a command that
     * writes figures of several articles uses, so that every exported offset counts code points.
     *
     * @param textOf an article's text (the cleaned text its offsets point into) by its id
     */
    public static PerArticle perArticle(LongFunction<String> textOf) {
        return new PerArticle(textOf);
    }

    /** See {@link #perArticle}. */
    public static final class PerArticle {

        private final LongFunction<String> textOf;
        private final Map<Long, CodePointOffsets> offsets = new HashMap<>();

        private PerArticle(LongFunction<String> textOf) {
            this.textOf = textOf;
        }

        /** The code point offset of a UTF-16 offset into the article's text. */
        public int toCodePoints(long articleId, int utf16Offset) {
            return offsets.computeIfAbsent(articleId, id -> CodePointOffsets.of(textOf.apply(id)))
                    .toCodePoints(utf16Offset);
        }
    }
}
