package org.corroborate.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleStoryTitles;
import org.corroborate.article.ArticleSummary;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;
import org.springframework.beans.factory.ObjectProvider;

/** A project's articles; those who may add articles get a way to the import page. */
@Route("projects/:projectId/articles")
@PageTitle("Articles · Corroborate")
@PermitAll
class ArticlesView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter IMPORTED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final ArticleService articles;
    private final ProjectService projects;
    private final ObjectProvider<ArticleStoryTitles> storyTitles;
    private final Grid<ArticleSummary> grid = new Grid<>();
    private final H1 title = new H1();
    private final Paragraph description = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Paragraph empty = new Paragraph("No articles yet.");
    private final TextField filter = new TextField();
    private List<ArticleSummary> all = List.of();
    private Map<Long, String> stories = Map.of();
    private long projectId;

    ArticlesView(ArticleService articles, ProjectService projects, ObjectProvider<ArticleStoryTitles> storyTitles) {
        this.articles = articles;
        this.projects = projects;
        this.storyTitles = storyTitles;
        setSizeFull();

        filter.setPlaceholder("Filter by title or outlet");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        filter.setClearButtonVisible(true);
        filter.setId("article-filter");

        grid.setId("article-grid");
        grid.addColumn(ArticleSummary::title)
                .setHeader("Title")
                .setFlexGrow(4)
                .setSortable(true)
                .setComparator(ArticleSummary::title);
        grid.addColumn(a -> a.outlet() == null ? "" : a.outlet())
                .setHeader("Outlet")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(a -> stories.getOrDefault(a.id(), ""))
                .setHeader("Story")
                .setFlexGrow(2)
                .setSortable(true)
                .setComparator(a -> stories.getOrDefault(a.id(), ""));
        grid.addColumn(a -> a.publishedDate() == null ? "" : a.publishedDate().toString())
                .setHeader("Published")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(ArticleSummary::wordCount)
                .setHeader("Words")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(ArticleSummary::wordCount);
        grid.addColumn(a -> IMPORTED.format(a.importedAt()))
                .setHeader("Imported")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(a -> a.status().label())
                .setHeader("Status")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addThemeName("row-stripes");

        actions.setAlignItems(Alignment.BASELINE);
        HorizontalLayout header = new HorizontalLayout(title, actions);
        header.setAlignItems(Alignment.BASELINE);
        add(header, description, filter, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        ProjectSummary project = projects.get(projectId);
        title.setText(project.name());
        description.setText(project.description());
        actions.removeAll();
        Button next = new Button(
                "Next article for me",
                VaadinIcon.ARROW_FORWARD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/next-article")));
        next.setId("next-article");
        next.setTooltipText("Opens the article that needs you next: your unfinished ones first");
        // Students and instructors take no annotator places.
        next.setVisible(project.canManage()
                || project.myRole().filter(r -> r.takesAnnotatorPlaces()).isPresent());
        actions.add(next);
        boolean canImport = project.canManage()
                || project.myRole().filter(r -> r.canEditArticles()).isPresent();
        if (canImport) {
            Button importButton = new Button(
                    "Import articles",
                    VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/import")));
            importButton.setId("import-articles");
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(importButton);
        }
        if (project.canManage()) {
            actions.add(InAppLink.to("projects/" + projectId + "/settings", "Settings"));
        }
        refresh();
    }

    private void refresh() {
        all = articles.list(projectId);
        ArticleStoryTitles titles = storyTitles.getIfAvailable();
        stories = titles == null ? Map.of() : titles.storyTitles(projectId);
        applyFilter();
    }

    private void applyFilter() {
        String q = filter.getValue().strip().toLowerCase(Locale.ROOT);
        List<ArticleSummary> shown = q.isEmpty()
                ? all
                : all.stream()
                        .filter(a -> a.title().toLowerCase(Locale.ROOT).contains(q)
                                || (a.outlet() != null
                                        && a.outlet().toLowerCase(Locale.ROOT).contains(q)))
                        .toList();
        grid.setItems(shown);
        empty.setVisible(all.isEmpty());
        empty.setText(
                "No articles yet." + (actions.getComponentCount() > 0 ? " Import .txt files or a .zip of them." : ""));
        grid.setVisible(!all.isEmpty());
        filter.setVisible(!all.isEmpty());
    }

    private void open(ArticleSummary article) {
        getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/articles/" + article.id()));
    }
}
