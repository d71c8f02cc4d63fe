package org.corroborate.analytics.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.corroborate.analytics.AnalyticsService;
import org.corroborate.ui.ArticleReaderPanel;

/** Puts the sourcing profile into the article reader for curators and managers (it counts everyone's work). */
@org.springframework.stereotype.Component
class SourcingProfileReaderPanel implements ArticleReaderPanel {

    private final AnalyticsService analytics;

    SourcingProfileReaderPanel(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @Override
    public Optional<Component> panel(long projectId, long articleId) {
        return analytics.canView(projectId)
                ? Optional.of(new SourcingProfilePanel(analytics, projectId, articleId))
                : Optional.empty();
    }
}
