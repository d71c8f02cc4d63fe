package org.corroborate.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotationValidationException;
import org.corroborate.annotation.AnnotatorSet;
import org.corroborate.annotation.TeamAnnotationService;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleStatus;
import org.corroborate.article.ArticleSummary;
import org.corroborate.live.TeamEvent;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.AssignmentMode;
import org.corroborate.project.ProjectMemberSummary;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.project.WorkflowSettings;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.LiveUpdates;
import org.corroborate.ui.Notifications;
import org.corroborate.workflow.AssignmentService;
import org.corroborate.workflow.WorkTime;
import org.jspecify.annotations.Nullable;

/**
 * Who works on what: every annotator's set of every article with its status, time spent and annotation count,
 * each annotator's progress, and for managers assigning articles by hand. Curators and managers only.
 */
@Route("projects/:projectId/workload")
@PageTitle("Workload · Corroborate")
@PermitAll
class WorkloadView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    /** One annotator's set of one article, with what the grid shows of the article. */
    record Row(AnnotatorSet set, String title, ArticleStatus articleStatus) {

        String statusCaption() {
            return set.status().caption() + (set.abandoned() ? " (abandoned)" : "");
        }
    }

    private final TeamAnnotationService team;
    private final AssignmentService assignments;
    private final ArticleService articles;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final Paragraph workflowLine = new Paragraph();
    private final Paragraph articleLine = new Paragraph();
    private final Grid<AnnotatorProgress> progress = new Grid<>();
    private final ComboBox<String> annotatorFilter = new ComboBox<>("Annotator");
    private final ComboBox<AnnotationSetStatus> statusFilter = new ComboBox<>("Status");
    private final TextField articleFilter = new TextField("Article");
    private final Grid<Row> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout content = new VerticalLayout();

    private long projectId;
    private @Nullable ProjectSummary project;
    private List<Row> rows = List.of();
    private List<ArticleSummary> articleList = List.of();

    WorkloadView(
            TeamAnnotationService team,
            AssignmentService assignments,
            ArticleService articles,
            ProjectService projects,
            LiveUpdates live) {
        this.team = team;
        this.assignments = assignments;
        this.articles = articles;
        this.projects = projects;
        setSizeFull();
        live.follow(this, () -> projectId, this::teammateChanged);

        workflowLine.setId("workload-workflow");
        workflowLine.addClassName("muted");
        articleLine.setId("workload-articles");

        progress.setId("annotator-progress");
        progress.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        progress.addColumn(AnnotatorProgress::annotator)
                .setHeader("Annotator")
                .setSortable(true)
                .setComparator(AnnotatorProgress::annotator)
                .setAutoWidth(true);
        progress.addComponentColumn(WorkloadView::progressBar)
                .setHeader("Finished")
                .setWidth("14rem")
                .setFlexGrow(0)
                .setSortable(true)
                .setComparator(AnnotatorProgress::progress);
        progress.addColumn(AnnotatorProgress::articles)
                .setHeader("Articles")
                .setSortable(true)
                .setComparator(AnnotatorProgress::articles)
                .setAutoWidth(true);
        progress.addColumn(AnnotatorProgress::inProgress)
                .setHeader("In progress")
                .setSortable(true)
                .setComparator(AnnotatorProgress::inProgress)
                .setAutoWidth(true);
        progress.addColumn(AnnotatorProgress::notStarted)
                .setHeader("Not started")
                .setSortable(true)
                .setComparator(AnnotatorProgress::notStarted)
                .setAutoWidth(true);
        progress.addColumn(AnnotatorProgress::skipped)
                .setHeader("Skipped")
                .setSortable(true)
                .setComparator(AnnotatorProgress::skipped)
                .setAutoWidth(true);
        progress.addColumn(AnnotatorProgress::abandoned)
                .setHeader("Abandoned")
                .setSortable(true)
                .setComparator(AnnotatorProgress::abandoned)
                .setAutoWidth(true);
        progress.addColumn(p -> WorkTime.format(p.activeSeconds()))
                .setHeader("Time spent")
                .setSortable(true)
                .setComparator(AnnotatorProgress::activeSeconds)
                .setAutoWidth(true);
        progress.addColumn(AnnotatorProgress::annotations)
                .setHeader("Annotations")
                .setSortable(true)
                .setComparator(AnnotatorProgress::annotations)
                .setAutoWidth(true);
        progress.setAllRowsVisible(true);

        annotatorFilter.setId("workload-annotator");
        annotatorFilter.setClearButtonVisible(true);
        annotatorFilter.setPlaceholder("Everyone");
        annotatorFilter.addValueChangeListener(e -> applyFilters());
        statusFilter.setId("workload-status");
        statusFilter.setItems(AnnotationSetStatus.values());
        statusFilter.setItemLabelGenerator(AnnotationSetStatus::caption);
        statusFilter.setClearButtonVisible(true);
        statusFilter.setPlaceholder("Any");
        statusFilter.addValueChangeListener(e -> applyFilters());
        articleFilter.setId("workload-article");
        articleFilter.setPlaceholder("Title contains");
        articleFilter.setClearButtonVisible(true);
        articleFilter.setValueChangeMode(ValueChangeMode.LAZY);
        articleFilter.addValueChangeListener(e -> applyFilters());
        HorizontalLayout filters = new HorizontalLayout(articleFilter, annotatorFilter, statusFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("workload-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<Row> articleColumn = grid.addColumn(Row::title)
                .setHeader("Article")
                .setWidth("18rem")
                .setFlexGrow(1)
                .setSortable(true)
                .setComparator(Comparator.comparing(Row::title, String.CASE_INSENSITIVE_ORDER));
        Grid.Column<Row> annotatorColumn = grid.addColumn(r -> r.set().annotator())
                .setHeader("Annotator")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(r -> r.set().annotator());
        grid.addColumn(Row::statusCaption)
                .setHeader("Status")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(Comparator.comparing((Row r) -> r.set().status())
                        .thenComparing(r -> r.set().abandoned()));
        grid.addColumn(r -> WorkTime.format(r.set().activeSeconds()))
                .setHeader("Time spent")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(r -> r.set().activeSeconds());
        grid.addColumn(r -> r.set().annotations())
                .setHeader("Annotations")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(r -> r.set().annotations());
        grid.addColumn(r -> WHEN.format(r.set().updatedAt()))
                .setHeader("Last change")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(r -> r.set().updatedAt());
        grid.addColumn(r -> r.set().assignedBy() == null ? "" : "by " + r.set().assignedBy())
                .setHeader("Assigned")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(r -> r.set().assignedBy() == null ? "" : r.set().assignedBy());
        grid.addColumn(r -> r.articleStatus() == ArticleStatus.CURATED ? "Curated" : "")
                .setHeader("Gold")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(Row::articleStatus);
        grid.addComponentColumn(this::rowActions)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.sort(List.of(
                new GridSortOrder<>(articleColumn, com.vaadin.flow.data.provider.SortDirection.ASCENDING),
                new GridSortOrder<>(annotatorColumn, com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        grid.setMinHeight("16rem");

        empty.setId("workload-empty");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        HorizontalLayout header = new HorizontalLayout(title, actions);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.setPadding(false);
        content.setSizeFull();
        content.add(new H3("Annotators"), progress, new H3("Articles by annotator"), filters, grid);
        content.setFlexGrow(1, grid);
        add(header, workflowLine, articleLine, empty, content);
        setFlexGrow(1, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        ProjectSummary summary = projects.get(projectId);
        if (!summary.canCurate()) {
            throw new NotFoundOrNotAllowedException();
        }
        project = summary;
        title.setText("Workload: " + summary.name());
        actions.removeAll();
        if (summary.canManage()) {
            Button assign = new Button("Assign an article", VaadinIcon.USER_CHECK.create(), e -> openAssignDialog());
            assign.setId("assign-article");
            actions.add(assign);
            actions.add(InAppLink.to("projects/" + projectId + "/settings", "Workflow settings"));
        }
        refresh();
    }

    /** Reads everything again (after a change here, or a teammate's elsewhere). */
    void refresh() {
        ProjectSummary summary = projects.get(projectId);
        project = summary;
        articleList = articles.list(projectId);
        Map<Long, ArticleSummary> byId = new HashMap<>();
        articleList.forEach(a -> byId.put(a.id(), a));
        List<AnnotatorSet> sets = team.projectSets(projectId);
        rows = sets.stream()
                .filter(s -> byId.containsKey(s.articleId()))
                .map(s -> {
                    ArticleSummary article = Objects.requireNonNull(byId.get(s.articleId()), "filtered above");
                    return new Row(s, article.title(), article.status());
                })
                .toList();
        showWorkflow(summary.workflow());
        showArticleLine(sets, summary.workflow());
        progress.setItems(AnnotatorProgress.of(sets));
        String annotator = annotatorFilter.getValue();
        annotatorFilter.setItems(
                sets.stream().map(AnnotatorSet::annotator).distinct().sorted().toList());
        if (annotator != null && sets.stream().anyMatch(s -> s.annotator().equals(annotator))) {
            annotatorFilter.setValue(annotator);
        }
        boolean none = rows.isEmpty();
        empty.setVisible(none);
        content.setVisible(!none);
        empty.setText(
                articleList.isEmpty()
                        ? "No articles yet: import some first."
                        : summary.workflow().assignmentMode() == AssignmentMode.MANUAL
                                ? "Nobody has an article yet. Assign articles to annotators with \u201cAssign an article\u201d."
                                : "Nobody has started an article yet. Annotators get one with \u201cNext article for me\u201d "
                                        + "on the Articles page.");
        applyFilters();
    }

    /** A teammate finished, was assigned or curated an article: the page shows it at once (Vaadin Push). */
    private void teammateChanged(TeamEvent event) {
        String article = event.articleId() == null
                ? "an article"
                : articleList.stream()
                        .filter(a -> a.id() == event.articleId())
                        .map(a -> "\u201c" + a.title() + "\u201d")
                        .findFirst()
                        .orElse("an article");
        switch (event.kind()) {
            case SET_FINISHED -> {
                refresh();
                Notifications.teamNews(event.actor() + " finished " + article + ".");
            }
            case ASSIGNMENT_CHANGED, ARTICLE_CURATED -> {
                refresh();
                Notifications.teamNews(event.message() + ": " + article + ".");
            }
            default -> {
                // gold and slots are not on this page
            }
        }
    }

    private void showWorkflow(WorkflowSettings workflow) {
        workflowLine.setText(workflow.annotatorsPerArticle() + " annotator"
                + (workflow.annotatorsPerArticle() == 1 ? "" : "s") + " per article · "
                + (workflow.assignmentMode() == AssignmentMode.MANUAL
                        ? "managers assign articles"
                        : "articles handed out automatically")
                + " · unfinished work reclaimed after " + WorkTime.format(workflow.abandonAfterMinutes() * 60L)
                + " idle · blind mode " + (workflow.blindMode() ? "on" : "off"));
    }

    /** How far the project's articles are: fully annotated (ready to curate), curated, not handed out. */
    private void showArticleLine(List<AnnotatorSet> sets, WorkflowSettings workflow) {
        Map<Long, Integer> finished = new HashMap<>();
        Map<Long, Integer> taken = new HashMap<>();
        for (AnnotatorSet set : sets) {
            if (set.status() == AnnotationSetStatus.FINISHED) {
                finished.merge(set.articleId(), 1, Integer::sum);
            }
            if (set.status() != AnnotationSetStatus.SKIPPED) {
                taken.merge(set.articleId(), 1, Integer::sum);
            }
        }
        long curated = articleList.stream()
                .filter(a -> a.status() == ArticleStatus.CURATED)
                .count();
        long ready = articleList.stream()
                .filter(a -> a.status() != ArticleStatus.CURATED
                        && finished.getOrDefault(a.id(), 0) >= workflow.annotatorsPerArticle())
                .count();
        long untouched =
                articleList.stream().filter(a -> !taken.containsKey(a.id())).count();
        articleLine.setText(articleList.size() + " article" + (articleList.size() == 1 ? "" : "s") + " · " + ready
                + " finished by all their annotators, ready to curate · " + curated + " curated · " + untouched
                + " not handed out yet");
    }

    private void applyFilters() {
        String annotator = annotatorFilter.getValue();
        AnnotationSetStatus status = statusFilter.getValue();
        String q = articleFilter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(rows.stream()
                .filter(r -> annotator == null || r.set().annotator().equals(annotator))
                .filter(r -> status == null || r.set().status() == status)
                .filter(r -> q.isEmpty() || r.title().toLowerCase(Locale.ROOT).contains(q))
                .toList());
    }

    private Component rowActions(Row row) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(false);
        Anchor curate =
                InAppLink.to("projects/" + projectId + "/articles/" + row.set().articleId() + "/curate", "Curate");
        curate.getElement().setAttribute("aria-label", "Curate " + row.title());
        cell.add(curate);
        boolean untouched = row.set().annotations() == 0 && row.set().status() == AnnotationSetStatus.NOT_STARTED;
        if (project != null && project.canManage() && untouched) {
            Button unassign = new Button("Unassign", e -> unassign(row));
            unassign.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            unassign.getElement()
                    .setAttribute("aria-label", "Unassign " + row.set().annotator() + " from " + row.title());
            cell.add(unassign);
        }
        return cell;
    }

    private static Component progressBar(AnnotatorProgress p) {
        ProgressBar bar = new ProgressBar(0, 1, p.progress());
        bar.setWidth("6rem");
        Span label = new Span(p.finished() + " of " + (p.articles() - p.skipped()));
        bar.getElement().setAttribute("aria-label", "Finished by " + p.annotator() + ": " + label.getText());
        HorizontalLayout cell = new HorizontalLayout(bar, label);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    private void unassign(Row row) {
        try {
            assignments.unassign(projectId, row.set().articleId(), row.set().annotator());
            Notifications.success(row.set().annotator() + " no longer has \u201c" + row.title() + "\u201d.");
        } catch (AnnotationValidationException | AccessRefusedException e) {
            Notifications.error(e);
        }
        refresh();
    }

    private void openAssignDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Assign an article");
        ComboBox<ArticleSummary> article = new ComboBox<>("Article");
        article.setId("assign-article-choice");
        article.setItems(articleList.stream()
                .filter(a -> a.status() != ArticleStatus.CURATED)
                .toList());
        article.setItemLabelGenerator(ArticleSummary::title);
        article.setWidthFull();
        ComboBox<String> annotator = new ComboBox<>("Annotator");
        annotator.setId("assign-annotator-choice");
        annotator.setItems(projects.members(projectId).stream()
                .filter(m -> m.role().takesAnnotatorPlaces())
                .map(ProjectMemberSummary::username)
                .sorted()
                .toList());
        annotator.setWidthFull();
        Button assign = new Button("Assign", e -> {
            if (article.getValue() == null || annotator.getValue() == null) {
                Notifications.error("Choose an article and an annotator.");
                return;
            }
            try {
                assignments.assign(projectId, article.getValue().id(), annotator.getValue());
                Notifications.success(
                        "\u201c" + article.getValue().title() + "\u201d assigned to " + annotator.getValue() + ".");
                dialog.close();
                refresh();
            } catch (AnnotationValidationException | AccessRefusedException ex) {
                Notifications.error(ex);
            }
        });
        assign.setId("assign-confirm");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(article, annotator);
        form.setPadding(false);
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), assign);
        dialog.setWidth("36rem");
        dialog.open();
    }
}
