package org.corroborate.annotation;

import java.util.Map;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * An annotation as services hand it out. {@code start}/{@code end} are UTF-16 offsets into the
 * article's cleaned text; {@code suggestedBy} names the detector for machine suggestions.
 */
public record AnnotationView(
        long id,
        long version,
        Layer layer,
        String label,
        int start,
        int end,
        String text,
        Map<String, String> attributes,
        @Nullable String frameId,
        @Nullable String suggestedBy,
        @Nullable SuggestionReview review,
        @Nullable String reviewedBy,
        AnchorState anchorState,
        String createdBy) {

    public AnnotationView {
        attributes = Map.copyOf(attributes);
    }

    /** A suggestion nobody has accepted or rejected yet. */
    public boolean pendingSuggestion() {
        return review == SuggestionReview.PENDING;
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }
}
