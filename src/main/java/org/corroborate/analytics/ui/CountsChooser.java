package org.corroborate.analytics.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.corroborate.analytics.AnalyticsService;
import org.corroborate.analytics.Counts;

/**
 * Which annotations count, chosen on every analytics page and stated beside the choice. The choice travels in the
 * address ({@code ?counts=majority}), so a link or a reload keeps it.
 */
class CountsChooser extends Composite<HorizontalLayout> {

    static final String PARAMETER = "counts";

    private final Select<Counts> select = new Select<>();
    private final Paragraph statement = new Paragraph();
    private Counts counts = Counts.GOLD;
    private String path = "";

    CountsChooser(Consumer<Counts> onChange) {
        select.setLabel("Which annotations count");
        select.setId("analytics-counts");
        select.setItemLabelGenerator(CountsChooser::caption);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                counts = e.getValue();
                state();
                UI.getCurrent()
                        .getPage()
                        .getHistory()
                        .replaceState(null, new Location(path, QueryParameters.of(PARAMETER, counts.code())));
                onChange.accept(counts);
            }
        });
        statement.setId("analytics-counts-statement");
        statement.addClassName("muted");
        getContent().add(select, statement);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setWrap(true);
    }

    /** Reads the choice from the address (or the project's default) and offers the project's annotators. */
    Counts read(BeforeEnterEvent event, AnalyticsService analytics, long projectId) {
        path = event.getLocation().getPath();
        List<Counts> items = new ArrayList<>(List.of(Counts.GOLD, Counts.MAJORITY, Counts.SUGGESTIONS));
        analytics.annotatorsWithFinishedSets(projectId).forEach(a -> items.add(Counts.annotator(a)));
        counts = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(PARAMETER)
                .flatMap(Counts::parse)
                .orElseGet(() -> analytics.defaultCounts(projectId));
        if (!items.contains(counts)) {
            items.add(counts);
        }
        select.setItems(items);
        select.setValue(counts);
        state();
        return counts;
    }

    Counts counts() {
        return counts;
    }

    /** A query string that keeps the choice on links to other analytics pages. */
    String query() {
        return "?" + PARAMETER + "="
                + java.net.URLEncoder.encode(counts.code(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private void state() {
        statement.setText(counts.description() + ".");
    }

    static String caption(Counts counts) {
        return switch (counts.kind()) {
            case GOLD -> "Gold (curated articles)";
            case MAJORITY -> "Majority of finished sets";
            case SUGGESTIONS -> "Detectors' suggestions (machine-made)";
            case ANNOTATOR -> "Annotator " + counts.annotator();
        };
    }
}
