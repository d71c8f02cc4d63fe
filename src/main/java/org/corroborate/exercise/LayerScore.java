package org.corroborate.exercise;

import java.util.List;
import java.util.Map;
import org.corroborate.scheme.Layer;

/**
 * One layer of a scored attempt.
 *
 * @param tally its counts and scores
 * @param items every gold item of the layer, in text order, with what became of it
 * @param spurious the student spans that matched no gold item, in text order
 * @param parts for attribution frames, the same counts per part (source, cue, content), by the gold or student
 *     span's label; empty for the other layers
 */
public record LayerScore(
        Layer layer, Tally tally, List<GoldItemResult> items, List<ExerciseSpan> spurious, Map<String, Tally> parts) {

    public LayerScore {
        items = List.copyOf(items);
        spurious = List.copyOf(spurious);
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
    }
}
