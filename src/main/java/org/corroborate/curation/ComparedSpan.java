package org.corroborate.curation;

import java.util.Map;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.scheme.Layer;
import org.corroborate.scheme.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * One position (layer, start, end) of the merged view: what each annotator marked there (absent = nothing) and
 * what gold has. {@code agreed} when every annotator of the article marked it with the same label.
 */
public record ComparedSpan(
        Layer layer,
        int start,
        int end,
        String text,
        Map<String, AnnotationView> byAnnotator,
        @Nullable GoldSpan gold,
        boolean agreed) {

    /** Gold has this position with a label some annotator gave it, or differs from all of them. */
    public boolean inGold() {
        return gold != null;
    }

    /** A label differs, or someone did not mark it. */
    public boolean disputed() {
        return !agreed;
    }

    /** A difference the curator has not settled yet: annotators differ here and gold has nothing. */
    public boolean unresolved() {
        return disputed() && !inGold();
    }

    /** Stable key for views and links: {@code layer:start-end}. */
    public String slot() {
        return position().format();
    }

    public TextPosition position() {
        return new TextPosition(layer, start, end);
    }
}
