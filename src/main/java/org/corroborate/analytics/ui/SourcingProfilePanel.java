package org.corroborate.analytics.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.corroborate.analytics.AnalyticsService;
import org.corroborate.analytics.ArticleProfile;
import org.corroborate.analytics.Counts;
import org.corroborate.ui.InAppLink;

/**
 * The article's sourcing profile as a closed panel for the reader (curators and managers only: it shows everyone's
 * work), counting what the project counts by default, with a link to the full profile page.
 */
class SourcingProfilePanel extends Details {

    SourcingProfilePanel(AnalyticsService analytics, long projectId, long articleId) {
        setSummaryText("Sourcing profile");
        setId("sourcing-profile-panel");
        Counts counts = analytics.defaultCounts(projectId);
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Paragraph statement = new Paragraph(counts.description() + ".");
        statement.addClassName("muted");
        content.add(statement);
        analytics.article(projectId, articleId, counts).ifPresent((ArticleProfile profile) -> {
            Grid<ProfileRows.Row> grid = new Grid<>();
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
            grid.addColumn(ProfileRows.Row::component).setHeader("Component").setAutoWidth(true);
            grid.addColumn(ProfileRows.Row::value).setHeader("Value").setAutoWidth(true);
            grid.setItems(ProfileRows.of(profile));
            grid.setAllRowsVisible(true);
            content.add(grid);
        });
        content.add(InAppLink.to(
                "projects/" + projectId + "/analytics/articles/" + articleId + "?" + CountsChooser.PARAMETER + "="
                        + counts.code(),
                "Open the full profile, with the spans behind each number"));
        add(content);
    }
}
