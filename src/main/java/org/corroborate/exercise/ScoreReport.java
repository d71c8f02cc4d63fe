package org.corroborate.exercise;

import java.util.Map;
import java.util.Optional;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * A scored attempt: per layer, the reconciliation task if it has one, and the total over all of them (every gold
 * item and gold slot verdict counts once in the denominator).
 */
public record ScoreReport(
        ScoringRules rules,
        Map<Layer, LayerScore> layers,
        @Nullable VerdictScore reconciliation,
        Tally total) {

    public ScoreReport {
        layers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(layers));
    }

    public Optional<LayerScore> layer(Layer layer) {
        return Optional.ofNullable(layers.get(layer));
    }

    public Optional<VerdictScore> verdicts() {
        return Optional.ofNullable(reconciliation);
    }
}
