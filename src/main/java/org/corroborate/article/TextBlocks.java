package org.corroborate.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a very long paragraph into blocks that a browser can lay out one at a time (and skip while they are off
 * screen): a page scraped without line breaks is one 5 MB paragraph, which a browser lays out as a whole on every
 * change. The blocks joined are the paragraph exactly; the editor's component cuts the same way
 * ({@code frontend/src/editor/text-index.ts}).
 */
public final class TextBlocks {

    /** The longest block, in UTF-16 units (Java {@code char}s). */
    public static final int MAX_BLOCK = 4000;

    /**
     * The longest paragraph still laid out as one, so that its lines wrap as in any paragraph; a longer one is drawn in
     * blocks, each laid out alone (a line ends where a block does): the price of opening a 5 MB page. The editor's
     * component uses the same length ({@code LAID_OUT_APART}).
     */
    public static final int LAID_OUT_APART = 100_000;

    private TextBlocks() {}

    /**
     * The paragraph in blocks of at most {@code max} chars: each cut falls after the last white space in the
     * block's second half, else at {@code max} (never between the two halves of a surrogate pair). A paragraph
     * of at most {@code max} chars is one block.
     */
    public static List<String> split(String paragraph, int max) {
        int limit = Math.max(2, max);
        List<String> blocks = new ArrayList<>(paragraph.length() / limit + 1);
        int at = 0;
        do {
            int end = paragraph.length() - at <= limit ? paragraph.length() : cutPoint(paragraph, at, at + limit);
            blocks.add(paragraph.substring(at, end));
            at = end;
        } while (at < paragraph.length());
        return blocks;
    }

    private static int cutPoint(String text, int from, int to) {
        int half = from + (to - from) / 2;
        for (int i = to; i > half; i--) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(to - 1)) ? to - 1 : to;
    }
}
