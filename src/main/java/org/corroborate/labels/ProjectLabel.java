package org.corroborate.labels;

import org.corroborate.scheme.LabelRef;
import org.corroborate.scheme.Layer;

/** One label of a project's label set for a layer, with how the editor shows it. */
public record ProjectLabel(Layer layer, String code, String caption, String color) {

    /** The label as one value: its layer and code. */
    public LabelRef ref() {
        return new LabelRef(layer, code);
    }

    /** Stable id for the editor palette: "layer:code" ({@link LabelRef}). */
    public String id() {
        return ref().format();
    }
}
