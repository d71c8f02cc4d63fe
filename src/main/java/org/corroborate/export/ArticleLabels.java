package org.corroborate.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One article, whether it is curated, its label sets and all their spans, handed to the writers one at a time.
 * Every span's owner names one of {@code sets}.
 */
public record ArticleLabels(ExportArticle article, boolean curated, List<ExportedSet> sets, List<ExportSpan> spans) {

    public ArticleLabels {
        sets = List.copyOf(sets);
        spans = List.copyOf(spans);
    }

    /** For generated data: each span owner's set finished, the article curated when it has gold spans. */
    public ArticleLabels(ExportArticle article, List<ExportSpan> spans) {
        this(article, spans.stream().anyMatch(s -> s.owner().equals(ExportSpan.GOLD)), setsOf(spans), spans);
    }

    private static List<ExportedSet> setsOf(List<ExportSpan> spans) {
        Set<String> owners = new LinkedHashSet<>();
        spans.forEach(s -> owners.add(s.owner()));
        List<ExportedSet> sets = new ArrayList<>();
        for (String owner : owners) {
            sets.add(
                    owner.equals(ExportSpan.GOLD)
                            ? ExportedSet.gold(true)
                            : ExportedSet.annotator(owner, SetStatus.FINISHED));
        }
        return sets;
    }
}
