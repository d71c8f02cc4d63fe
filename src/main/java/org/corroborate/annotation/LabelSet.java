package org.corroborate.annotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;

/** A project's labels for every layer, in display order. Plain Java. */
public record LabelSet(List<ProjectLabel> labels) {

    private static final Map<String, String> DEFAULT_COLORS = new LinkedHashMap<>();

    static {
        // Claims amber/orange, attribution blue/violet/cyan, sources green with anonymous ones red,
        // figures magenta: layers tell apart at a glance, labels within a layer by shade.
        put(Layer.CLAIM, Labels.FACTUAL, "#f59e0b");
        put(Layer.CLAIM, Labels.STATISTICAL, "#d97706");
        put(Layer.CLAIM, Labels.QUOTE, "#eab308");
        put(Layer.CLAIM, Labels.PREDICTION, "#f97316");
        put(Layer.CLAIM, Labels.OPINION, "#ea580c");
        put(Layer.CLAIM, Labels.OTHER, "#ca8a04");
        put(Layer.ATTRIBUTION, Labels.CUE, "#2563eb");
        put(Layer.ATTRIBUTION, Labels.SOURCE, "#7c3aed");
        put(Layer.ATTRIBUTION, Labels.CONTENT, "#0891b2");
        put(Layer.SOURCE, Labels.NAMED_PERSON, "#16a34a");
        put(Layer.SOURCE, Labels.NAMED_ORGANISATION, "#15803d");
        put(Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, "#dc2626");
        put(Layer.SOURCE, Labels.UNNAMED_GROUP, "#b91c1c");
        put(Layer.SOURCE, Labels.DOCUMENT, "#65a30d");
        put(Layer.SOURCE, Labels.PRONOUN, "#4d7c0f");
        put(Layer.FIGURE, Labels.MONEY, "#db2777");
        put(Layer.FIGURE, Labels.PERCENT, "#c026d3");
        put(Layer.FIGURE, Labels.COUNT, "#9333ea");
        put(Layer.FIGURE, Labels.LENGTH, "#a21caf");
        put(Layer.FIGURE, Labels.DURATION, "#be185d");
        put(Layer.FIGURE, Labels.DATE, "#e11d48");
        put(Layer.FIGURE, Labels.OTHER, "#f472b6");
    }

    private static void put(Layer layer, String code, String color) {
        DEFAULT_COLORS.put(layer.code() + ":" + code, color);
    }

    public LabelSet {
        labels = List.copyOf(labels);
    }

    /** The scheme's default labels, used until a manager edits the project's set. */
    public static LabelSet defaults() {
        List<ProjectLabel> labels = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            for (String code : Labels.DEFAULTS.get(layer)) {
                labels.add(new ProjectLabel(layer, code, caption(code),
                        DEFAULT_COLORS.getOrDefault(layer.code() + ":" + code, "#64748b")));
            }
        }
        return new LabelSet(labels);
    }

    public List<ProjectLabel> of(Layer layer) {
        return labels.stream().filter(l -> l.layer() == layer).toList();
    }

    public Optional<ProjectLabel> find(Layer layer, String code) {
        return labels.stream().filter(l -> l.layer() == layer && l.code().equals(code)).findFirst();
    }

    /** "unnamed-individual" → "Unnamed individual". */
    static String caption(String code) {
        String words = code.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
