package org.corroborate.labels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.scheme.LabelRef;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;

/** A project's labels for every layer, in display order. Plain Java. */
public record LabelSet(List<ProjectLabel> labels) {

    private static final Map<LabelRef, String> DEFAULT_COLORS = new LinkedHashMap<>();

    static {
        // Designed once (issue 18): one hue family per layer, anchored on Okabe–Ito's vermillion, blue, bluish green
        // and reddish purple; within a layer the shades step in lightness and drift in hue, so that every pair stays
        // distinct for protan and deutan readers too, and each is dark enough to see as an underline on white
        // (LabelColorsTest checks both).
        put(Layer.CLAIM, Labels.FACTUAL, "#9c4407");
        put(Layer.CLAIM, Labels.STATISTICAL, "#ee6903");
        put(Layer.CLAIM, Labels.QUOTE, "#5c1a02");
        put(Layer.CLAIM, Labels.PREDICTION, "#d07a64");
        put(Layer.CLAIM, Labels.OPINION, "#803c32");
        put(Layer.CLAIM, Labels.OTHER, "#a65f4d");
        put(Layer.ATTRIBUTION, Labels.CUE, "#1061c2");
        put(Layer.ATTRIBUTION, Labels.SOURCE, "#0b2f62");
        put(Layer.ATTRIBUTION, Labels.CONTENT, "#169dc2");
        put(Layer.SOURCE, Labels.NAMED_PERSON, "#156806");
        put(Layer.SOURCE, Labels.NAMED_ORGANISATION, "#066c4f");
        put(Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, "#4ca411");
        put(Layer.SOURCE, Labels.UNNAMED_GROUP, "#3ba18a");
        put(Layer.SOURCE, Labels.DOCUMENT, "#488a52");
        put(Layer.SOURCE, Labels.PRONOUN, "#07390c");
        put(Layer.FIGURE, Labels.MONEY, "#621931");
        put(Layer.FIGURE, Labels.PERCENT, "#cb788d");
        put(Layer.FIGURE, Labels.COUNT, "#7719b6");
        put(Layer.FIGURE, Labels.LENGTH, "#984a5f");
        put(Layer.FIGURE, Labels.DURATION, "#c069f9");
        put(Layer.FIGURE, Labels.DATE, "#521358");
        put(Layer.FIGURE, Labels.OTHER, "#92689d");
    }

    private static void put(Layer layer, String code, String color) {
        DEFAULT_COLORS.put(new LabelRef(layer, code), color);
    }

    public LabelSet {
        labels = List.copyOf(labels);
    }

    /** The scheme's default labels, used until a manager edits the project's set. */
    public static LabelSet defaults() {
        List<ProjectLabel> labels = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            for (String code : Labels.DEFAULTS.getOrDefault(layer, List.of())) {
                labels.add(new ProjectLabel(
                        layer, code, caption(code), DEFAULT_COLORS.getOrDefault(new LabelRef(layer, code), "#64748b")));
            }
        }
        return new LabelSet(labels);
    }

    public List<ProjectLabel> of(Layer layer) {
        return labels.stream().filter(l -> l.layer() == layer).toList();
    }

    public Optional<ProjectLabel> find(Layer layer, String code) {
        return labels.stream()
                .filter(l -> l.layer() == layer && l.code().equals(code))
                .findFirst();
    }

    /** "unnamed-individual" → "Unnamed individual". */
    static String caption(String code) {
        String words = code.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
