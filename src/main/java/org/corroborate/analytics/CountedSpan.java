package org.corroborate.analytics;

import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * A span behind an analytics number, with what it counted as: a source mention's resolved type and reason, a cue's
 * certainty, whether a content's source is anonymous. Text offsets are into the article's cleaned text.
 */
public record CountedSpan(
        long annotationId,
        long articleId,
        Layer layer,
        String label,
        int start,
        int end,
        String quote,
        @Nullable String sourceType,
        boolean reasonGiven,
        @Nullable String certainty,
        boolean anonymousContent) {

    public boolean anonymous() {
        return sourceType != null && org.corroborate.scheme.Labels.isAnonymous(sourceType);
    }
}
