package org.corroborate.export;

import java.util.List;

/** One article and all its spans from the chosen label sources, handed to the writers one at a time. */
public record ArticleLabels(ExportArticle article, List<ExportSpan> spans) {

    public ArticleLabels {
        spans = List.copyOf(spans);
    }
}
