package org.corroborate.exercise;

import java.util.Objects;
import org.corroborate.scheme.Layer;

/**
 * One span of a gold key or of a student's submission, as the scorer sees it.
 *
 * @param doc the article it is in (any stable key: an id, a file name)
 * @param layer the annotation layer
 * @param start first code point (inclusive)
 * @param end last code point (exclusive), after {@code start}
 * @param label the label; for attribution frames the part (source, cue or content)
 */
public record ExerciseSpan(String doc, Layer layer, int start, int end, String label) {

    public ExerciseSpan {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 ≤ start < end, not " + start + "–" + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** Intersection over union of the two spans' code points; 0 when they are in different articles or layers. */
    public double overlap(ExerciseSpan other) {
        if (!doc.equals(other.doc) || layer != other.layer) {
            return 0;
        }
        int intersection = Math.min(end, other.end) - Math.max(start, other.start);
        if (intersection <= 0) {
            return 0;
        }
        int union = length() + other.length() - intersection;
        return (double) intersection / union;
    }
}
