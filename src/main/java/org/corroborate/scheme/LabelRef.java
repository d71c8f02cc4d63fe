package org.corroborate.scheme;

import java.util.Optional;

/**
 * A label of a layer, as the editor's palette, usage counts and label-set comparisons name it: written
 * {@code layer:code}, e.g. {@code claim:factual}.
 */
public record LabelRef(Layer layer, String code) {

    /** The written form, {@code layer:code}. */
    public String format() {
        return layer.code() + ":" + code;
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * Reads {@code layer:code}.
     *
     * @throws IllegalArgumentException when there is no colon or the layer is not one
     */
    public static LabelRef parse(String written) {
        int colon = written.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("'" + written + "' is not layer:code");
        }
        return new LabelRef(Layer.fromCode(written.substring(0, colon)), written.substring(colon + 1));
    }

    /** {@link #parse}, or empty for anything else. */
    public static Optional<LabelRef> tryParse(String written) {
        try {
            return Optional.of(parse(written));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
