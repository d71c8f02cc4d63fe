package org.corroborate.analytics.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.corroborate.analytics.AnalyticsService;
import org.corroborate.analytics.OutletProfile;
import org.corroborate.analytics.Scope;
import org.corroborate.analytics.SourceTypes;
import org.corroborate.project.ProjectService;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.chart.Chart;
import org.corroborate.ui.chart.ChartSpec;

/**
 * The sourcing components per outlet with their article counts (a small sample shows as small), filtered by
 * publication dates and story; a chart of anonymous share per outlet and one of sources by type.
 */
@Route("projects/:projectId/analytics/outlets")
@PageTitle("Outlets · Analytics · Corroborate")
@PermitAll
class OutletsAnalyticsView extends VerticalLayout implements BeforeEnterObserver {

    static final String NO_OUTLET = "(no outlet)";

    private final AnalyticsService analytics;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final AnalyticsNav nav = new AnalyticsNav();
    private final CountsChooser chooser = new CountsChooser(c -> refresh());
    private final DatePicker from = new DatePicker("Published from");
    private final DatePicker to = new DatePicker("Published until");
    private final ComboBox<Long> story = new ComboBox<>("Story");
    private final Paragraph summary = new Paragraph();
    private final Chart anonymousChart = new Chart();
    private final Chart typesChart = new Chart();
    private final Grid<OutletProfile> grid = new Grid<>();
    private Map<Long, String> stories = Map.of();
    private long projectId;

    OutletsAnalyticsView(AnalyticsService analytics, ProjectService projects) {
        this.analytics = analytics;
        this.projects = projects;
        setWidthFull();
        from.setId("outlets-from");
        to.setId("outlets-to");
        story.setId("outlets-story");
        story.setClearButtonVisible(true);
        story.setPlaceholder("Every story");
        story.setItemLabelGenerator(id -> stories.getOrDefault(id, "Story " + id));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        story.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, story);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setId("outlets-summary");
        anonymousChart.setId("outlets-anonymous-chart");
        typesChart.setId("outlets-types-chart");
        anonymousChart.getElement().getStyle().set("width", "100%");
        typesChart.getElement().getStyle().set("width", "100%");
        grid.setId("analytics-outlets");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(o -> name(o))
                .setHeader("Outlet")
                .setAutoWidth(true)
                .setFrozen(true)
                .setSortable(true)
                .setComparator(OutletsAnalyticsView::name);
        grid.addColumn(OutletProfile::articles)
                .setHeader("Articles")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(OutletProfile::articles);
        grid.addColumn(OutletProfile::countedArticles)
                .setHeader("Counted")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(OutletProfile::countedArticles);
        ComponentColumns.add(grid, OutletProfile::components);
        grid.addColumn(OutletProfile::nearDuplicates)
                .setHeader("Near-duplicates")
                .setAutoWidth(true);
        add(title, nav, chooser, filters, summary, anonymousChart, typesChart, grid);
    }

    static String name(OutletProfile o) {
        return o.outlet().isEmpty() ? NO_OUTLET : o.outlet();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        if (!projects.get(projectId).canCurate()) {
            throw new NotFoundOrNotAllowedException();
        }
        title.setText("Outlets: " + projects.get(projectId).name());
        stories = analytics.stories(projectId);
        story.setItems(List.copyOf(stories.keySet()));
        chooser.read(event, analytics, projectId);
        refresh();
    }

    private void refresh() {
        if (projectId == 0) {
            return;
        }
        nav.show(projectId, chooser.query());
        List<OutletProfile> outlets = analytics.outlets(
                projectId, chooser.counts(), new Scope(null, story.getValue(), from.getValue(), to.getValue()));
        grid.setItems(outlets);
        summary.setText(outlets.size() + (outlets.size() == 1 ? " outlet, " : " outlets, ")
                + outlets.stream().mapToLong(OutletProfile::articles).sum() + " articles.");
        List<String> categories = outlets.stream()
                .map(o -> name(o) + " (" + o.countedArticles() + " of " + o.articles() + " articles)")
                .toList();
        anonymousChart.setSpec(ChartSpec.bar(
                        "Anonymous share per outlet",
                        "Share of source mentions that are anonymous (unnamed individuals and groups) for "
                                + outlets.size() + " outlets; each outlet names how many of its articles count",
                        "Outlet",
                        "Anonymous share",
                        categories,
                        List.of(
                                new ChartSpec.Series(
                                        "Anonymous share of mentions",
                                        outlets.stream()
                                                .map(o -> o.components().anonymousShare())
                                                .toList()),
                                new ChartSpec.Series(
                                        "Anonymous share of attributed words",
                                        outlets.stream()
                                                .map(o -> o.components().anonymousWordShare())
                                                .toList())))
                .asPercent());
        typesChart.setSpec(ChartSpec.stackedBar(
                "Sources by type per outlet",
                "Source mentions per outlet, stacked by type, pronouns counted as their antecedent's type",
                "Outlet",
                "Source mentions",
                categories,
                List.of(
                        series("Named person", outlets, SourceTypes::namedPerson),
                        series("Named organisation", outlets, SourceTypes::namedOrganisation),
                        series("Unnamed individual", outlets, SourceTypes::unnamedIndividual),
                        series("Unnamed group", outlets, SourceTypes::unnamedGroup),
                        series("Document", outlets, SourceTypes::document),
                        series("Pronoun, unresolved", outlets, SourceTypes::pronounUnresolved))));
    }

    private static ChartSpec.Series series(
            String name, List<OutletProfile> outlets, java.util.function.ToLongFunction<SourceTypes> value) {
        return new ChartSpec.Series(
                name,
                outlets.stream()
                        .map(o -> (Number) value.applyAsLong(o.components().sourcesByType()))
                        .toList());
    }
}
