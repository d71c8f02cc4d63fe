package org.corroborate.article;

/**
 * A stretch of the raw text set aside as noise: whole lines, {@code [start, end)} in Java string indices of
 * the raw text, line terminators included.
 */
public record RemovedSegment(int start, int end, NoiseKind kind) {

    public RemovedSegment {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad segment [" + start + ", " + end + ")");
        }
    }

    public String textIn(String raw) {
        return raw.substring(start, end);
    }
}
