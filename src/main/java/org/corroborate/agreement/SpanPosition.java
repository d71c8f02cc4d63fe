package org.corroborate.agreement;

import org.corroborate.scheme.Layer;

/** A place in an article that annotators can mark: spans at the same position are compared by label. */
public record SpanPosition(long articleId, Layer layer, int start, int end) implements Comparable<SpanPosition> {

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
