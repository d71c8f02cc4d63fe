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
import org.corroborate.analytics.SourceRecord;
import org.corroborate.project.ProjectService;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.chart.Chart;
import org.corroborate.ui.chart.ChartSpec;

/**
 * Per canonical source of the registry: its mentions across articles and stories, what is attributed to it, and the
 * track record of the figures it is reported to have given.
 */
@Route("projects/:projectId/analytics/sources")
@PageTitle("Sources · Analytics · Corroborate")
@PermitAll
class SourcesAnalyticsView extends VerticalLayout implements BeforeEnterObserver {

    private static final int CHART_SOURCES = 20;

    private final AnalyticsService analytics;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final AnalyticsNav nav = new AnalyticsNav();
    private final CountsChooser chooser = new CountsChooser(c -> refresh());
    private final Paragraph summary = new Paragraph();
    private final VerticalLayout seeding = new VerticalLayout();
    private final Chart trackChart = new Chart();
    private final Grid<SourceRecord> grid = new Grid<>();
    private long projectId;

    SourcesAnalyticsView(AnalyticsService analytics, ProjectService projects) {
        this.analytics = analytics;
        this.projects = projects;
        setWidthFull();
        summary.setId("sources-summary");
        seeding.setPadding(false);
        trackChart.setId("sources-track-chart");
        trackChart.getElement().getStyle().set("width", "100%");
        grid.setId("analytics-sources");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(SourceRecord::name)
                .setHeader("Source")
                .setAutoWidth(true)
                .setFrozen(true)
                .setSortable(true)
                .setComparator(SourceRecord::name);
        grid.addColumn(s -> s.kind().toLowerCase(java.util.Locale.ROOT))
                .setHeader("Kind")
                .setAutoWidth(true)
                .setSortable(true);
        column("Mentions", SourceRecord::mentions);
        column("Articles", SourceRecord::articles);
        column("Stories", SourceRecord::stories);
        column("Attributions", SourceRecord::attributions);
        column("Claims", SourceRecord::claims);
        column("Figures", SourceRecord::figures);
        column("Agree", SourceRecord::agree);
        column("Conflict", SourceRecord::conflict);
        column("Superseded", SourceRecord::superseded);
        add(title, nav, chooser, summary, seeding, trackChart, grid);
    }

    private void column(String header, java.util.function.ToLongFunction<SourceRecord> value) {
        grid.addColumn(value::applyAsLong)
                .setHeader(header)
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(s -> value.applyAsLong(s));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        if (!projects.get(projectId).canCurate()) {
            throw new NotFoundOrNotAllowedException();
        }
        title.setText("Sources: " + projects.get(projectId).name());
        chooser.read(event, analytics, projectId);
        seeding.removeAll();
        seeding.add(
                new Paragraph("Sources are the entries of the project's "),
                InAppLink.to("projects/" + projectId + "/sources", "source registry"));
        refresh();
    }

    private void refresh() {
        nav.show(projectId, chooser.query());
        List<SourceRecord> sources = analytics.sources(projectId, chooser.counts());
        grid.setItems(sources);
        long linked = sources.stream().filter(s -> s.mentions() > 0).count();
        summary.setText(sources.size() + " sources in the registry, " + linked + " of them mentioned in what counts.");
        List<SourceRecord> shown = sources.stream()
                .filter(s -> s.mentions() > 0)
                .limit(CHART_SOURCES)
                .toList();
        List<String> names = shown.stream().map(SourceRecord::name).toList();
        trackChart.setSpec(ChartSpec.stackedBar(
                "Track record of the most mentioned sources",
                "Figures attributed to each of the " + shown.size() + " most mentioned sources: how many agree with "
                        + "the reconciled value, conflict, or were superseded, and mentions for scale",
                "Source",
                "Figures",
                names,
                List.of(
                        new ChartSpec.Series(
                                "Agree",
                                shown.stream().map(s -> (Number) s.agree()).toList()),
                        new ChartSpec.Series(
                                "Conflict",
                                shown.stream().map(s -> (Number) s.conflict()).toList()),
                        new ChartSpec.Series(
                                "Superseded",
                                shown.stream().map(s -> (Number) s.superseded()).toList()),
                        new ChartSpec.Series(
                                "Not on the board",
                                shown.stream()
                                        .map(s -> (Number) (s.figures() - s.agree() - s.conflict() - s.superseded()))
                                        .toList()))));
    }
}
