package org.corroborate.analytics;

import java.util.List;

/** Everything the headless command and the export print: the same figures as the pages. */
public record AnalyticsReport(
        Counts counts,
        List<ArticleProfile> articles,
        List<OutletProfile> outlets,
        List<SourceRecord> sources,
        List<StoryMap> stories) {}
