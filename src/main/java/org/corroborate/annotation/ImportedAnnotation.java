package org.corroborate.annotation;

import java.util.Map;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * An annotation brought in from a file, for one annotator's set: UTF-16 offsets into the article's text, the
 * frame as the file named it (parts with the same file frame get one new frame), and suggestion provenance.
 */
public record ImportedAnnotation(
        String annotator,
        Layer layer,
        String label,
        int start,
        int end,
        Map<String, String> attributes,
        @Nullable String frame,
        @Nullable String suggestedBy,
        @Nullable SuggestionReview review) {

    public ImportedAnnotation {
        attributes = Map.copyOf(attributes);
    }
}
