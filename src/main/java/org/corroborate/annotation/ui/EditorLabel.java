package org.corroborate.annotation.ui;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the editor's palette.
 *
 * @param id      what create and relabel events report as {@code labelId}
 * @param layer   layer code, e.g. {@code claim}; the palette groups labels by it, in first-seen order
 * @param label   label code within the layer, e.g. {@code factual}
 * @param caption what the palette shows, e.g. "Factual"
 * @param color   a CSS colour, e.g. {@code #1f77b4}
 * @param key     shortcut key "1".."9" or "0", or null for none
 */
public record EditorLabel(
        String id,
        String layer,
        String label,
        String caption,
        String color,
        @Nullable String key) {

    public EditorLabel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(color, "color");
        if (key != null && !key.matches("[0-9]")) {
            throw new IllegalArgumentException("A label key is one digit, not '" + key + "'");
        }
    }
}
