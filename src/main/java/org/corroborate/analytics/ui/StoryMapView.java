package org.corroborate.analytics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.corroborate.analytics.AnalyticsService;
import org.corroborate.analytics.Components;
import org.corroborate.analytics.StoryMap;
import org.corroborate.project.ProjectService;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.chart.Chart;
import org.corroborate.ui.chart.ChartSpec;

/**
 * A story's corroboration map: per figure slot, the articles that report it, how many of them independently
 * (near-duplicates count once), who said it and the verdict; per article its anonymous share; and a heat map of
 * articles × slots coloured by verdict.
 */
@Route("projects/:projectId/analytics/stories/:storyId")
@PageTitle("Corroboration map · Corroborate")
@PermitAll
class StoryMapView extends VerticalLayout implements BeforeEnterObserver {

    /** The heat map's colour scale: one number per cell state, named in the chart's description. */
    static final Map<String, Integer> CODES = Map.of(
            "UNDECIDED", 1, "CONSISTENT", 2, "DIFFERENT_SCOPE", 3, "SUPERSEDED", 4, "CONFLICT", 5, "ERROR_HERE", 6);

    private final AnalyticsService analytics;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final AnalyticsNav nav = new AnalyticsNav();
    private final CountsChooser chooser = new CountsChooser(c -> refresh());
    private final Paragraph summary = new Paragraph();
    private final Chart heatMap = new Chart();
    private final Grid<StoryMap.Slot> slots = new Grid<>();
    private final Grid<StoryMap.Article> articles = new Grid<>();
    private final VerticalLayout links = new VerticalLayout();
    private Map<Long, String> articleTitles = Map.of();
    private long projectId;
    private long storyId;

    StoryMapView(AnalyticsService analytics, ProjectService projects) {
        this.analytics = analytics;
        this.projects = projects;
        setWidthFull();
        summary.setId("story-map-summary");
        heatMap.setId("story-map-chart");
        heatMap.getElement().getStyle().set("width", "100%");
        slots.setId("story-map-slots");
        slots.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        slots.addColumn(StoryMap.Slot::title).setHeader("Figure slot").setAutoWidth(true);
        slots.addColumn(s -> verdict(s.verdict())).setHeader("Verdict").setAutoWidth(true);
        slots.addColumn(StoryMap.Slot::acceptedValue)
                .setHeader("Accepted value")
                .setAutoWidth(true);
        slots.addColumn(s -> s.reportingArticles().size()).setHeader("Articles").setAutoWidth(true);
        slots.addColumn(StoryMap.Slot::independent).setHeader("Independently").setAutoWidth(true);
        slots.addColumn(s -> s.reportingArticles().stream()
                        .map(id -> articleTitles.getOrDefault(id, "#" + id))
                        .collect(Collectors.joining("; ")))
                .setHeader("Reported by")
                .setFlexGrow(1);
        slots.addColumn(s -> String.join("; ", s.saidBy())).setHeader("Said by").setAutoWidth(true);
        slots.setAllRowsVisible(true);
        articles.setId("story-map-articles");
        articles.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        articles.addComponentColumn(a -> InAppLink.to(
                        "projects/" + projectId + "/analytics/articles/" + a.articleId() + chooser.query(), a.title()))
                .setHeader("Article")
                .setFlexGrow(1);
        articles.addColumn(StoryMap.Article::outlet).setHeader("Outlet").setAutoWidth(true);
        articles.addColumn(a -> Components.percent(a.anonymousShare()))
                .setHeader("Anonymous share")
                .setAutoWidth(true);
        articles.addColumn(a -> a.nearDuplicate() ? "yes" : "")
                .setHeader("Near-duplicate")
                .setAutoWidth(true);
        articles.setAllRowsVisible(true);
        links.setPadding(false);
        add(title, nav, chooser, links, summary, heatMap, new H2("Figure slots"), slots, new H2("Articles"), articles);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        storyId = event.getRouteParameters().getLong("storyId").orElseThrow(NotFoundOrNotAllowedException::new);
        if (!projects.get(projectId).canCurate()) {
            throw new NotFoundOrNotAllowedException();
        }
        chooser.read(event, analytics, projectId);
        refresh();
    }

    private void refresh() {
        nav.show(projectId, chooser.query());
        StoryMap map =
                analytics.story(projectId, storyId, chooser.counts()).orElseThrow(NotFoundOrNotAllowedException::new);
        title.setText("Corroboration map: " + map.title());
        links.removeAll();
        links.add(
                InAppLink.to("projects/" + projectId + "/stories/" + storyId + "/reconcile", "Reconcile the figures"));
        articleTitles = map.articles().stream()
                .collect(Collectors.toMap(StoryMap.Article::articleId, StoryMap.Article::title, (a, b) -> a));
        summary.setText(
                map.slots().size() + " figure slots over " + map.articles().size() + " articles."
                        + (map.slots().isEmpty() ? " Slots are made on the reconciliation board." : ""));
        slots.setItems(map.slots());
        articles.setItems(map.articles());
        List<String> columns = map.slots().stream().map(StoryMap.Slot::title).toList();
        List<String> rows = map.articles().stream().map(StoryMap.Article::title).toList();
        List<ChartSpec.Cell> cells = new ArrayList<>();
        for (int c = 0; c < map.slots().size(); c++) {
            for (int r = 0; r < map.articles().size(); r++) {
                String state = map.cell(
                        map.slots().get(c).slotId(), map.articles().get(r).articleId());
                if (!state.isEmpty()) {
                    cells.add(new ChartSpec.Cell(c, r, CODES.getOrDefault(state, 1)));
                }
            }
        }
        heatMap.setSpec(ChartSpec.heatMap(
                "Corroboration map",
                "Which article reports which figure slot, coloured by "
                        + "the slot's verdict: 1 undecided, 2 consistent, 3 different scope, 4 superseded, 5 conflict, "
                        + "6 the error is in this article; an empty cell: the article does not report it",
                "Figure slot",
                "Article",
                columns,
                rows,
                cells));
    }

    private static String verdict(@org.jspecify.annotations.Nullable String code) {
        return code == null ? "undecided" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
