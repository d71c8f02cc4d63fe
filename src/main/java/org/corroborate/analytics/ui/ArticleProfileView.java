package org.corroborate.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.List;
import org.corroborate.analytics.AnalyticsService;
import org.corroborate.analytics.ArticleProfile;
import org.corroborate.analytics.CountedSpan;
import org.corroborate.analytics.SourceTypes;
import org.corroborate.project.ProjectService;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.chart.Chart;
import org.corroborate.ui.chart.ChartSpec;

/**
 * An article's sourcing profile: each component with its value; "Show spans" lists the counted spans behind it
 * (their text shown as text, never as markup). A chart shows the mentions by type.
 */
@Route("projects/:projectId/analytics/articles/:articleId")
@PageTitle("Sourcing profile · Corroborate")
@PermitAll
class ArticleProfileView extends VerticalLayout implements BeforeEnterObserver {

    private final AnalyticsService analytics;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final AnalyticsNav nav = new AnalyticsNav();
    private final CountsChooser chooser = new CountsChooser(c -> refresh());
    private final Paragraph counted = new Paragraph();
    private final Grid<ProfileRows.Row> profile = new Grid<>();
    private final Chart typesChart = new Chart();
    private final H2 spansTitle = new H2("Spans behind the numbers");
    private final Paragraph spansFilter = new Paragraph();
    private final Grid<CountedSpan> spans = new Grid<>();
    private final VerticalLayout readerLink = new VerticalLayout();
    private List<CountedSpan> allSpans = List.of();
    private long projectId;
    private long articleId;

    ArticleProfileView(AnalyticsService analytics, ProjectService projects) {
        this.analytics = analytics;
        this.projects = projects;
        setWidthFull();
        counted.setId("profile-counted");
        profile.setId("article-profile");
        profile.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        profile.addColumn(ProfileRows.Row::component).setHeader("Component").setAutoWidth(true);
        profile.addColumn(ProfileRows.Row::value).setHeader("Value").setAutoWidth(true);
        profile.addComponentColumn(row -> {
                    if (row.spans() == null) {
                        return new com.vaadin.flow.component.html.Span();
                    }
                    Button show = new Button("Show spans", e -> showSpans(row));
                    show.setId("show-" + row.id());
                    show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    show.getElement().setAttribute("aria-label", "Show spans behind: " + row.component());
                    return show;
                })
                .setHeader("Spans")
                .setAutoWidth(true);
        profile.setAllRowsVisible(true);
        typesChart.setId("profile-types-chart");
        typesChart.getElement().getStyle().set("width", "100%");
        spansFilter.setId("spans-filter");
        spans.setId("profile-spans");
        spans.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        spans.addColumn(s -> s.layer().code()).setHeader("Layer").setAutoWidth(true);
        spans.addColumn(CountedSpan::label).setHeader("Label").setAutoWidth(true);
        spans.addColumn(s -> s.sourceType() == null ? "" : s.sourceType() + (s.anonymous() ? " (anonymous)" : ""))
                .setHeader("Counted as")
                .setAutoWidth(true);
        spans.addColumn(CountedSpan::quote).setHeader("Text").setFlexGrow(1);
        spans.addColumn(s -> s.start() + "–" + s.end()).setHeader("Offsets").setAutoWidth(true);
        spans.setAllRowsVisible(true);
        readerLink.setPadding(false);
        add(title, nav, chooser, counted, readerLink, profile, typesChart, spansTitle, spansFilter, spans);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        articleId = event.getRouteParameters().getLong("articleId").orElseThrow(NotFoundOrNotAllowedException::new);
        if (!projects.get(projectId).canCurate()) {
            throw new NotFoundOrNotAllowedException();
        }
        chooser.read(event, analytics, projectId);
        refresh();
    }

    private void refresh() {
        nav.show(projectId, chooser.query());
        ArticleProfile article = analytics
                .article(projectId, articleId, chooser.counts())
                .orElseThrow(NotFoundOrNotAllowedException::new);
        title.setText("Sourcing profile: " + article.title());
        counted.setText(
                article.counted()
                        ? (article.outlet().isEmpty() ? "" : article.outlet() + ". ") + "Counted."
                        : "Nothing of this kind counts for this article yet: every number is zero.");
        readerLink.removeAll();
        readerLink.add(InAppLink.to("projects/" + projectId + "/articles/" + articleId, "Read the article"));
        profile.setItems(ProfileRows.of(article));
        SourceTypes t = article.components().sourcesByType();
        typesChart.setSpec(ChartSpec.bar(
                "Source mentions by type",
                "Source mentions of this article by type, pronouns counted as their antecedent's type",
                "Type",
                "Mentions",
                List.of(
                        "Named person",
                        "Named organisation",
                        "Unnamed individual",
                        "Unnamed group",
                        "Document",
                        "Pronoun, unresolved"),
                List.of(new ChartSpec.Series(
                        "Mentions",
                        List.of(
                                t.namedPerson(),
                                t.namedOrganisation(),
                                t.unnamedIndividual(),
                                t.unnamedGroup(),
                                t.document(),
                                t.pronounUnresolved())))));
        allSpans = analytics.spans(projectId, articleId, chooser.counts());
        spansFilter.setText("Every counted span (" + allSpans.size() + ").");
        spans.setItems(allSpans);
    }

    private void showSpans(ProfileRows.Row row) {
        java.util.function.Predicate<CountedSpan> behind = row.spans();
        if (behind == null) {
            return;
        }
        List<CountedSpan> shown = allSpans.stream().filter(behind).toList();
        spansFilter.setText(row.component() + ": " + shown.size() + (shown.size() == 1 ? " span." : " spans."));
        spans.setItems(shown);
        spans.scrollIntoView();
    }
}
