package org.corroborate.exercise;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/** What an exercise asks students to do; each span task is one layer, maybe limited to some labels. */
public enum ExerciseTask {
    ANONYMOUS_SOURCES(
            "Find the anonymous sources", Layer.SOURCE, List.of(Labels.UNNAMED_INDIVIDUAL, Labels.UNNAMED_GROUP)),
    SOURCE_TYPES("Classify every source mention", Layer.SOURCE, List.of()),
    ATTRIBUTIONS("Mark attribution frames (source, cue, content)", Layer.ATTRIBUTION, List.of()),
    CLAIMS("Mark check-worthy claims", Layer.CLAIM, List.of()),
    FIGURES("Mark figures", Layer.FIGURE, List.of()),
    RECONCILE("Reconcile the story's figures", null, List.of());

    private final String caption;
    private final @Nullable Layer layer;
    private final List<String> onlyLabels;

    ExerciseTask(String caption, @Nullable Layer layer, List<String> onlyLabels) {
        this.caption = caption;
        this.layer = layer;
        this.onlyLabels = onlyLabels;
    }

    public String caption() {
        return caption;
    }

    public Optional<Layer> layer() {
        return Optional.ofNullable(layer);
    }

    /** Labels the task is limited to; empty: all of the layer's labels. */
    public List<String> onlyLabels() {
        return onlyLabels;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ExerciseTask fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static String format(Set<ExerciseTask> tasks) {
        return tasks.stream().sorted().map(ExerciseTask::code).collect(Collectors.joining(","));
    }

    static Set<ExerciseTask> parse(String stored) {
        Set<ExerciseTask> tasks = EnumSet.noneOf(ExerciseTask.class);
        Arrays.stream(stored.split(","))
                .filter(s -> !s.isBlank())
                .map(ExerciseTask::fromCode)
                .forEach(tasks::add);
        return tasks;
    }

    /**
     * Which labels of a layer the tasks ask for: empty when the layer is not asked for, all of {@code allLabels}
     * when some task takes the whole layer.
     */
    public static List<String> labelsAsked(Set<ExerciseTask> tasks, Layer layer, List<String> allLabels) {
        List<ExerciseTask> ofLayer =
                tasks.stream().filter(t -> t.layer == layer).toList();
        if (ofLayer.isEmpty()) {
            return List.of();
        }
        if (ofLayer.stream().anyMatch(t -> t.onlyLabels.isEmpty())) {
            return allLabels;
        }
        return allLabels.stream()
                .filter(l -> ofLayer.stream().anyMatch(t -> t.onlyLabels.contains(l)))
                .toList();
    }
}
