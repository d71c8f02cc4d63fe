package org.corroborate.suggestion;

import java.util.Map;
import java.util.Objects;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * A span a detector proposes: layer and label from the scheme, {@code [start, end)} in UTF-16 units of the
 * analysed text, attributes keyed by {@code Attributes} names. The parts of one attribution (cue, source,
 * content) share a frame id; every other suggestion has none.
 */
public record Suggestion(
        String detector,
        Layer layer,
        String label,
        int start,
        int end,
        Map<String, String> attributes,
        @Nullable String frameId) {

    public Suggestion {
        Objects.requireNonNull(detector);
        Objects.requireNonNull(layer);
        Objects.requireNonNull(label);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span [" + start + ", " + end + ")");
        }
        attributes = Map.copyOf(attributes);
    }

    public String text(String analysed) {
        return analysed.substring(start, end);
    }
}
