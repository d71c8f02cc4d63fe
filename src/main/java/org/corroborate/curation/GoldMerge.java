package org.corroborate.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;

/**
 * Chooses which annotators' spans go into gold under a {@link MergeStrategy}. Spans are compared by position
 * (layer, start, end) and label; each annotator has one vote per position. Attribution cues come first in the
 * result, so the sources and contents that follow join the frames of the cues already in gold.
 */
public final class GoldMerge {

    /** One annotator's span. */
    public record Vote(String annotator, long annotationId, Layer layer, String label, int start, int end) {}

    /** A span gold should get: its label, the annotation to copy (the first supporter's) and who supported it. */
    public record Choice(Layer layer, int start, int end, String label, long annotationId, List<String> supporters) {}

    private record Position(Layer layer, int start, int end) {}

    private GoldMerge() {}

    /**
     * @param annotators how many annotators worked on the article (the electorate: someone who did not mark a
     *     position voted against every label there)
     * @param threshold  votes needed under {@link MergeStrategy#THRESHOLD}; ignored otherwise
     */
    public static List<Choice> choose(List<Vote> votes, int annotators, MergeStrategy strategy, int threshold) {
        if (annotators < 1) {
            return List.of();
        }
        Map<Position, Map<String, List<Vote>>> byPosition = new TreeMap<>(Comparator.comparing(Position::layer)
                .thenComparingInt(Position::start)
                .thenComparingInt(Position::end));
        Map<String, Position> votedAt = new LinkedHashMap<>();
        for (Vote vote :
                votes.stream().sorted(Comparator.comparing(Vote::annotator)).toList()) {
            Position position = new Position(vote.layer(), vote.start(), vote.end());
            String key = vote.annotator() + "\u0000" + position;
            if (votedAt.putIfAbsent(key, position) != null) {
                continue; // one vote per annotator and position
            }
            byPosition
                    .computeIfAbsent(position, p -> new LinkedHashMap<>())
                    .computeIfAbsent(vote.label(), l -> new ArrayList<>())
                    .add(vote);
        }
        List<Choice> chosen = new ArrayList<>();
        byPosition.forEach((position, labels) -> {
            List<Map.Entry<String, List<Vote>>> ranked = new ArrayList<>(labels.entrySet());
            ranked.sort(Comparator.comparingInt(
                            (Map.Entry<String, List<Vote>> e) -> e.getValue().size())
                    .reversed());
            Map.Entry<String, List<Vote>> best = ranked.getFirst();
            int count = best.getValue().size();
            boolean tie = ranked.size() > 1 && ranked.get(1).getValue().size() == count;
            boolean accepted = switch (strategy) {
                case UNANIMOUS -> count == annotators && ranked.size() == 1;
                case MAJORITY -> count * 2 > annotators;
                case THRESHOLD -> count >= Math.max(1, threshold) && !tie;
            };
            if (accepted) {
                chosen.add(new Choice(
                        position.layer(),
                        position.start(),
                        position.end(),
                        best.getKey(),
                        best.getValue().getFirst().annotationId(),
                        best.getValue().stream().map(Vote::annotator).toList()));
            }
        });
        chosen.sort(
                Comparator.comparing((Choice c) -> !(c.layer() == Layer.ATTRIBUTION && Labels.CUE.equals(c.label()))));
        return chosen;
    }
}
