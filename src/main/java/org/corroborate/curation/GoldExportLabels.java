package org.corroborate.curation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.export.ExportSpan;
import org.corroborate.export.GoldLabels;
import org.springframework.stereotype.Component;

/** Gives exports the gold version of each article that has one. */
@Component
class GoldExportLabels implements GoldLabels {

    private final CurationService curation;

    GoldExportLabels(CurationService curation) {
        this.curation = curation;
    }

    @Override
    public Map<Long, List<ExportSpan>> spansOfArticles(long projectId, Collection<Long> articleIds) {
        Map<Long, List<ExportSpan>> gold = new LinkedHashMap<>();
        for (long articleId : articleIds) {
            List<ExportSpan> spans = curation.goldAnnotations(projectId, articleId).stream()
                    .map(GoldSpan::annotation)
                    .map(a -> ExportSpan.of(ExportSpan.GOLD, a))
                    .toList();
            if (!spans.isEmpty()) {
                gold.put(articleId, spans);
            }
        }
        return gold;
    }
}
