package org.corroborate.curation;

import java.util.List;
import java.util.Map;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.labels.LabelSet;

/** What the curation view shows: the text, each annotator's spans, the merged comparison and gold. */
public record CurationDocument(
        long projectId,
        long articleId,
        String title,
        String text,
        boolean curated,
        List<String> annotators,
        Map<String, List<AnnotationView>> byAnnotator,
        List<ComparedSpan> comparison,
        List<GoldSpan> gold,
        LabelSet labels,
        List<CurationLogEntry> log) {

    /** Positions of every layer where annotators differ and gold has nothing yet: what marking curated skips. */
    public long unresolvedDifferences() {
        return comparison.stream().filter(ComparedSpan::unresolved).count();
    }
}
