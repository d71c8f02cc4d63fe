package org.corroborate.ui.chart;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import org.corroborate.ui.chart.ChartSpec.Cell;
import org.corroborate.ui.chart.ChartSpec.Point;
import org.corroborate.ui.chart.ChartSpec.Series;

/** Test-only page with one chart of each kind; one category label is hostile markup. */
@Route("test/chart-harness")
@PermitAll
class ChartHarnessView extends Main {

    static final String HOSTILE = "<img src=x onerror=\"document.title='pwned'\">";

    ChartHarnessView() {
        add(new H1("Charts"));
        Chart bar = new Chart(ChartSpec.bar(
                        "Anonymous share per outlet",
                        "Anonymous share of source mentions for 3 outlets",
                        "Outlet",
                        "Anonymous share",
                        List.of("Reuters", "AP", HOSTILE),
                        List.of(new Series("Anonymous share", List.of(0.25, 0.5, 0.125))))
                .asPercent());
        bar.setId("bar");
        Chart stacked = new Chart(ChartSpec.stackedBar(
                "Sources by type",
                "Source mentions by type for 2 outlets",
                "Outlet",
                "Mentions",
                List.of("Reuters", "AP"),
                List.of(
                        new Series("Named person", List.of(4, 2)),
                        new Series("Unnamed group", Arrays.asList(1, null)))));
        stacked.setId("stacked");
        Chart heat = new Chart(ChartSpec.heatMap(
                "Students per word",
                "How many students marked each word",
                "Word",
                "Paragraph",
                List.of("a", "senior", "official"),
                List.of("Paragraph 1"),
                List.of(new Cell(0, 0, 1), new Cell(1, 0, 3), new Cell(2, 0, 3))));
        heat.setId("heat");
        Chart scatter = new Chart(ChartSpec.scatter(
                        "Score against time",
                        "Score against minutes spent",
                        "Minutes",
                        "Score",
                        List.of(new Point("student", 12, 0.75), new Point("student2", 30, 0.5)))
                .asPercent());
        scatter.setId("scatter");
        add(bar, stacked, heat, scatter);
    }
}
