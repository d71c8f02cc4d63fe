package org.corroborate.analytics;

import org.corroborate.scheme.Labels;
import org.jspecify.annotations.Nullable;

/**
 * An annotation that counts, as {@link CountedRows} works it out from what {@link AnalyticsSql#spans} reads.
 *
 * @param words for an attributed content, its words (spaces + 1), else 0
 * @param beforeType for a pronoun, the type of the nearest mention before it in its set that can be its antecedent
 * @param afterType the same after it
 */
record SpanRow(
        long id,
        long setId,
        long articleId,
        String layer,
        String label,
        int start,
        int end,
        @Nullable String frameId,
        String quote,
        long words,
        @Nullable String certainty,
        @Nullable String reason,
        @Nullable String canonical,
        @Nullable String reportedBy,
        @Nullable String beforeType,
        @Nullable String afterType) {

    boolean overlaps(SpanRow o) {
        return start < o.end && o.start < end;
    }

    boolean is(String layerName, String labelCode) {
        return layer.equals(layerName) && label.equals(labelCode);
    }

    boolean sourceMention() {
        return layer.equals("SOURCE");
    }

    /** An attribution's source role with its frame: the span a mention of the source overlaps. */
    boolean sourceRole() {
        return is("ATTRIBUTION", Labels.SOURCE) && frameId != null;
    }

    /** The frame within its set, or null when the span is in none. */
    @Nullable
    String frameKey() {
        return frameId == null ? null : setId + "/" + frameId;
    }
}
