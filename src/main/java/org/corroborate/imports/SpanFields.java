package org.corroborate.imports;

import java.util.Locale;
import java.util.Map;
import org.corroborate.annotation.ImportedAnnotation;
import org.corroborate.annotation.SuggestionReview;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/** Turns a span as files write it (code point offsets, layer and label codes) into an annotation to import. */
final class SpanFields {

    private SpanFields() {}

    static ImportedAnnotation parse(
            String text,
            String where,
            @Nullable String layer,
            @Nullable String label,
            @Nullable Long start,
            @Nullable Long end,
            Map<String, String> attributes,
            @Nullable String annotator,
            @Nullable String detector,
            @Nullable String review,
            @Nullable String frame)
            throws FileProblems {
        if (layer == null || layer.isBlank()) {
            throw new FileProblems(where, "the span has no layer");
        }
        Layer parsedLayer;
        try {
            parsedLayer = Layer.fromCode(layer);
        } catch (IllegalArgumentException e) {
            throw new FileProblems(where, "'" + layer + "' is not a layer (claim, attribution, source or figure)");
        }
        if (label == null || label.isBlank()) {
            throw new FileProblems(where, "the span has no label");
        }
        if (start == null || end == null) {
            throw new FileProblems(where, "the span needs a start and an end offset");
        }
        int from = SpanOffsets.toUtf16(text, start);
        int to = SpanOffsets.toUtf16(text, end);
        int length = text.codePointCount(0, text.length());
        if (from < 0 || to < 0 || start > end) {
            throw new FileProblems(
                    where, "the span " + start + "–" + end + " lies outside the text (0–" + length + ")");
        }
        SuggestionReview parsedReview = null;
        if (review != null && !review.isBlank()) {
            try {
                parsedReview = SuggestionReview.valueOf(review.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new FileProblems(where, "'" + review + "' is not a review (pending, accepted or rejected)");
            }
        }
        String detectorName = detector == null || detector.isBlank() ? null : detector.strip();
        return new ImportedAnnotation(
                annotator == null ? "" : annotator.strip(),
                parsedLayer,
                label.strip(),
                from,
                to,
                SpanOffsets.attributesToUtf16(text, attributes),
                frame == null || frame.isBlank() ? null : frame,
                detectorName,
                detectorName == null ? null : parsedReview == null ? SuggestionReview.ACCEPTED : parsedReview);
    }
}
