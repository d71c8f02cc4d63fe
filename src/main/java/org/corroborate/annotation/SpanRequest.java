package org.corroborate.annotation;

import java.util.Map;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * A span someone wants to create: UTF-16 offsets into the cleaned text, layer, label, attributes, and
 * for attribution parts the frame they belong to (null starts a new frame).
 */
public record SpanRequest(
        Layer layer,
        String label,
        int start,
        int end,
        Map<String, String> attributes,
        @Nullable String frameId) {

    public SpanRequest {
        attributes = Map.copyOf(attributes);
    }

    public static SpanRequest of(Layer layer, String label, int start, int end) {
        return new SpanRequest(layer, label, start, end, Map.of(), null);
    }

    public SpanRequest inFrame(String frameId) {
        return new SpanRequest(layer, label, start, end, attributes, frameId);
    }

    public SpanRequest withAttributes(Map<String, String> attributes) {
        return new SpanRequest(layer, label, start, end, attributes, frameId);
    }
}
