package org.corroborate.analytics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.corroborate.analytics.AnalyticsService;
import org.corroborate.analytics.ArticleProfile;
import org.corroborate.analytics.Counts;
import org.corroborate.project.ProjectService;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;

/** Every article's sourcing components in one table; each title opens the article's profile. Curators and managers. */
@Route("projects/:projectId/analytics")
@PageTitle("Analytics · Corroborate")
@PermitAll
class ArticlesAnalyticsView extends VerticalLayout implements BeforeEnterObserver {

    private final AnalyticsService analytics;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final AnalyticsNav nav = new AnalyticsNav();
    private final CountsChooser chooser = new CountsChooser(c -> refresh());
    private final Paragraph summary = new Paragraph();
    private final Grid<ArticleProfile> grid = new Grid<>();
    private long projectId;

    ArticlesAnalyticsView(AnalyticsService analytics, ProjectService projects) {
        this.analytics = analytics;
        this.projects = projects;
        setSizeFull();
        summary.setId("analytics-summary");
        grid.setId("analytics-articles");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(a -> InAppLink.to(
                        "projects/" + projectId + "/analytics/articles/" + a.articleId() + chooser.query(), a.title()))
                .setHeader("Article")
                .setWidth("18rem")
                .setFlexGrow(1)
                .setFrozen(true)
                .setSortable(true)
                .setComparator(ArticleProfile::title);
        grid.addColumn(ArticleProfile::outlet)
                .setHeader("Outlet")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(a -> a.counted() ? "yes" : "no")
                .setHeader("Counted")
                .setAutoWidth(true)
                .setSortable(true);
        ComponentColumns.add(grid, ArticleProfile::components);
        grid.addColumn(a -> a.nearDuplicate() ? "yes" : "")
                .setHeader("Near-duplicate")
                .setAutoWidth(true);
        add(title, nav, chooser, summary, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        if (!projects.get(projectId).canCurate()) {
            throw new NotFoundOrNotAllowedException();
        }
        title.setText("Sourcing analytics: " + projects.get(projectId).name());
        chooser.read(event, analytics, projectId);
        refresh();
    }

    private void refresh() {
        Counts counts = chooser.counts();
        nav.show(projectId, chooser.query());
        List<ArticleProfile> articles = analytics.articles(projectId, counts, org.corroborate.analytics.Scope.ALL);
        long counted = articles.stream().filter(ArticleProfile::counted).count();
        summary.setText(articles.size() + " articles, " + counted + " of them counted. Each number is a count of "
                + "spans; shares are worked out from the counts beside them.");
        grid.setItems(articles);
    }
}
