package org.corroborate.agreement;

import org.corroborate.scheme.Layer;
import org.corroborate.scheme.TextPosition;

/** A place in an article that annotators can mark: spans at the same position are compared by label. */
public record SpanPosition(long articleId, Layer layer, int start, int end) implements Comparable<SpanPosition> {

    /** Where it lies within its article, as links write it ({@code layer:start-end}). */
    public TextPosition inText() {
        return new TextPosition(layer, start, end);
    }

    @Override
    public int compareTo(SpanPosition other) {
        int c = Long.compare(articleId, other.articleId);
        if (c == 0) {
            c = layer.compareTo(other.layer);
        }
        if (c == 0) {
            c = Integer.compare(start, other.start);
        }
        return c != 0 ? c : Integer.compare(end, other.end);
    }
}
