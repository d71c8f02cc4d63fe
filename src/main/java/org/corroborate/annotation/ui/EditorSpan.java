package org.corroborate.annotation.ui;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A span as the editor shows it. Offsets are Java {@code String} (UTF-16) indices into the text given to
 * {@link AnnotationEditor#setText(String)}, end exclusive.
 *
 * @param frameId    the attribution frame the span belongs to, if any ({@code a} activates it)
 * @param suggestion a machine suggestion: drawn lighter and dashed; Enter accepts, Backspace rejects
 * @param tooltip    shown on hover; null shows the label
 */
public record EditorSpan(
        String id,
        int start,
        int end,
        String layer,
        String label,
        String color,
        @Nullable String frameId,
        boolean suggestion,
        @Nullable String tooltip) {

    public EditorSpan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(color, "color");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Span " + id + " has bad offsets [" + start + ", " + end + ")");
        }
    }
}
