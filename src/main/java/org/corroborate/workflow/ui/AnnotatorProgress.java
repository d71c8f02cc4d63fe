package org.corroborate.workflow.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotatorSet;

/**
 * One annotator's progress over the project, summed from their sets: how many articles they hold in each status,
 * time spent and annotations. Skipped articles are not theirs to finish, so they do not count against progress.
 */
record AnnotatorProgress(
        String annotator,
        int articles,
        int finished,
        int inProgress,
        int notStarted,
        int skipped,
        int abandoned,
        long activeSeconds,
        long annotations) {

    /** Finished share of the articles the annotator kept (0 to 1). */
    double progress() {
        int kept = articles - skipped;
        return kept == 0 ? 0 : (double) finished / kept;
    }

    static List<AnnotatorProgress> of(Collection<AnnotatorSet> sets) {
        Map<String, List<AnnotatorSet>> byAnnotator = new TreeMap<>();
        sets.forEach(s -> byAnnotator
                .computeIfAbsent(s.annotator(), a -> new ArrayList<>())
                .add(s));
        List<AnnotatorProgress> result = new ArrayList<>();
        byAnnotator.forEach((annotator, own) -> result.add(new AnnotatorProgress(
                annotator,
                own.size(),
                count(own, AnnotationSetStatus.FINISHED),
                count(own, AnnotationSetStatus.IN_PROGRESS),
                count(own, AnnotationSetStatus.NOT_STARTED),
                count(own, AnnotationSetStatus.SKIPPED),
                (int) own.stream().filter(AnnotatorSet::abandoned).count(),
                own.stream().mapToLong(AnnotatorSet::activeSeconds).sum(),
                own.stream().mapToLong(AnnotatorSet::annotations).sum())));
        return result;
    }

    private static int count(List<AnnotatorSet> sets, AnnotationSetStatus status) {
        return (int) sets.stream().filter(s -> s.status() == status).count();
    }
}
