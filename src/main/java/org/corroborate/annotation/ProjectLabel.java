package org.corroborate.annotation;

import org.corroborate.scheme.Layer;

/** One label of a project's label set for a layer, with how the editor shows it. */
public record ProjectLabel(Layer layer, String code, String caption, String color) {

    /** Stable id for the editor palette: "layer:code". */
    public String id() {
        return layer.code() + ":" + code;
    }
}
