package org.corroborate.agreement;

import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/** One annotator's span as agreement sees it: where it is, its layer and label, its attribution frame. */
public record AgreementSpan(
        String annotator,
        long articleId,
        Layer layer,
        String label,
        int start,
        int end,
        @Nullable String frameId) {

    public SpanPosition position() {
        return new SpanPosition(articleId, layer, start, end);
    }
}
