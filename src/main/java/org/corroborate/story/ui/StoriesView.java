package org.corroborate.story.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.story.NearDuplicateFlag;
import org.corroborate.story.NearDuplicateStatus;
import org.corroborate.story.StoryArticle;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryLinks;
import org.corroborate.story.StoryOverview;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryStatus;
import org.corroborate.story.StoryValidationException;
import org.corroborate.ui.ConcurrentEdits;
import org.corroborate.ui.GridTooltips;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * A project's stories with their articles, the articles in no story, and the near-duplicate flags. Managers
 * accept suggestions, rename, move and split; other members read. Actions on articles work on the rows
 * selected in that story's list.
 */
@Route("projects/:projectId/stories")
@PageTitle("Stories · Corroborate")
@PermitAll
class StoriesView extends VerticalLayout implements BeforeEnterObserver {

    private final StoryService storyService;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final Anchor articlesLink = InAppLink.unset();
    private final Button suggest = new Button("Suggest stories", VaadinIcon.MAGIC.create(), e -> suggest());
    private final Paragraph empty = new Paragraph();
    private final VerticalLayout storyList = new VerticalLayout();
    private final VerticalLayout unassigned = new VerticalLayout();
    private final VerticalLayout nearDuplicates = new VerticalLayout();
    private long projectId;
    private StoryOverview overview = new StoryOverview(List.of(), List.of(), List.of(), false, false);
    /** Article titles by id, and the other articles of each article's near-duplicate group. */
    private Map<Long, String> titles = Map.of();

    private Map<Long, List<String>> sameCopyAs = Map.of();

    StoriesView(StoryService storyService, ProjectService projects) {
        this.storyService = storyService;
        this.projects = projects;
        suggest.setId("suggest-stories");
        suggest.setTooltipText("Place the articles that are in no story, and look for near-duplicates");
        empty.setId("no-stories");
        storyList.setId("story-list");
        storyList.setPadding(false);
        unassigned.setId("unassigned");
        unassigned.setPadding(false);
        nearDuplicates.setId("near-duplicates");
        nearDuplicates.setPadding(false);
        Paragraph intro = new Paragraph("A story holds the articles of one event. Imports suggest them from the "
                + "articles' wording; managers accept, rename, move and split. Near-duplicates — rewrites of the "
                + "same copy — do not count as independent reports of a figure.");
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(title, suggest);
        header.setAlignItems(Alignment.BASELINE);
        add(header, articlesLink, intro, empty, storyList, unassigned, nearDuplicates);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        ProjectSummary project = projects.get(projectId);
        title.setText("Stories: " + project.name());
        articlesLink.setText("← Articles");
        articlesLink.setHref("projects/" + projectId + "/articles");
        refresh();
    }

    private void refresh() {
        overview = storyService.overview(projectId);
        suggest.setVisible(overview.canEdit());
        indexArticles();

        storyList.removeAll();
        overview.stories().forEach(story -> storyList.add(storyCard(story)));
        boolean noArticles =
                overview.stories().stream().allMatch(s -> s.articles().isEmpty())
                        && overview.unassigned().isEmpty();
        empty.setVisible(overview.stories().isEmpty());
        empty.setText(
                noArticles
                        ? "No stories yet: this project has no articles. Imported articles are grouped "
                                + "into suggested stories."
                        : "No stories yet."
                                + (overview.canEdit()
                                        ? " Run \"Suggest stories\", or select articles below and make a story of them."
                                        : ""));

        unassigned.removeAll();
        if (!overview.unassigned().isEmpty()) {
            unassigned.add(unassignedSection());
        }
        nearDuplicates.removeAll();
        if (!overview.nearDuplicates().isEmpty()) {
            nearDuplicates.add(nearDuplicateSection());
        }
    }

    private void indexArticles() {
        Map<Long, String> byId = new HashMap<>();
        Map<Long, Long> groups = new HashMap<>();
        List<StoryArticle> all = new ArrayList<>(overview.unassigned());
        overview.stories().forEach(s -> all.addAll(s.articles()));
        for (StoryArticle a : all) {
            byId.put(a.articleId(), a.title());
            if (a.nearDuplicateGroup() != null) {
                groups.put(a.articleId(), a.nearDuplicateGroup());
            }
        }
        Map<Long, List<String>> copies = new HashMap<>();
        groups.forEach((articleId, group) -> copies.put(
                articleId,
                groups.entrySet().stream()
                        .filter(e -> e.getValue().equals(group) && !e.getKey().equals(articleId))
                        .map(e -> byId.get(e.getKey()))
                        .sorted()
                        .toList()));
        titles = byId;
        sameCopyAs = copies;
    }

    private Component storyCard(StoryDetails story) {
        Card card = new Card();
        card.setId("story-" + story.id());
        card.addClassName("story");
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.setWidthFull();
        card.setTitle(story.title(), 3);
        card.setSubtitle(articleCount(story.articles().size()) + " · "
                + story.status().label().toLowerCase(Locale.ROOT));
        if (story.needsReview()) {
            Badge badge = new Badge(story.status() == StoryStatus.SUGGESTED ? "Suggested" : "New articles suggested");
            badge.addThemeVariants(BadgeVariant.WARNING);
            badge.addClassName("needs-review");
            card.setHeaderSuffix(badge);
        }

        Grid<StoryArticle> grid = articleGrid();
        grid.addClassName("story-articles");
        grid.setItems(story.articles());
        grid.setVisible(!story.articles().isEmpty());
        card.add(grid);
        if (story.articles().isEmpty()) {
            card.add(new Paragraph("No articles left in this story."));
        }

        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        if (overview.canReconcile()) {
            Anchor link = InAppLink.to(StoryLinks.reconcilePath(projectId, story.id()), "Reconcile figures");
            link.addClassName("reconcile-figures");
            link.setTitle("The story's figures side by side, with verdicts");
            actions.add(link);
            Anchor map =
                    InAppLink.to("projects/" + projectId + "/analytics/stories/" + story.id(), "Corroboration map");
            map.addClassName("corroboration-map");
            map.setTitle("Per figure: which articles report it, how many independently, who said it, the verdict");
            actions.add(map);
        }
        if (overview.canEdit()) {
            if (story.needsReview()) {
                Button accept = new Button(
                        "Accept",
                        VaadinIcon.CHECK.create(),
                        e -> run(() -> storyService.accept(projectId, story.id(), story.version()), "Story accepted."));
                accept.addClassName("accept-story");
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(accept);
            }
            Button rename = new Button(
                    "Rename",
                    VaadinIcon.EDIT.create(),
                    e -> titleDialog(
                            "Rename story",
                            story.title(),
                            "Rename",
                            newTitle -> run(
                                    () -> storyService.rename(projectId, story.id(), story.version(), newTitle),
                                    "Story renamed.")));
            rename.addClassName("rename-story");
            Button split = new Button("Split off selected", VaadinIcon.SPLIT.create(), e -> {
                List<Long> selected = selectedIds(grid);
                if (selected.isEmpty()) {
                    Notifications.error("Select the articles to split off first.");
                    return;
                }
                titleDialog(
                        "New story from " + articleCount(selected.size()),
                        titles.get(selected.getFirst()),
                        "Split",
                        newTitle -> run(
                                () -> storyService.split(projectId, story.id(), story.version(), selected, newTitle),
                                "New story made of " + articleCount(selected.size()) + "."));
            });
            split.addClassName("split-story");
            split.setTooltipText("Make a new story of the selected articles");
            Button takeOut = new Button("Take out of story", VaadinIcon.CLOSE_SMALL.create(), e -> takeOut(grid));
            takeOut.addClassName("take-out");
            actions.add(rename);
            if (story.articles().isEmpty()) {
                Button delete = new Button(
                        "Delete story",
                        VaadinIcon.TRASH.create(),
                        e -> run(
                                () -> {
                                    storyService.delete(projectId, story.id(), story.version());
                                },
                                "Story deleted."));
                delete.addClassName("delete-story");
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(delete);
            } else {
                actions.add(split);
                moveControls(grid, story).ifPresent(actions::add);
                actions.add(takeOut);
            }
        }
        card.add(actions);
        return card;
    }

    private Component unassignedSection() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3("Not in a story"));
        Grid<StoryArticle> grid = articleGrid();
        grid.setId("unassigned-grid");
        grid.setItems(overview.unassigned());
        section.add(grid);
        if (overview.canEdit()) {
            Button create = new Button("New story from selected", VaadinIcon.PLUS.create(), e -> {
                List<Long> selected = selectedIds(grid);
                if (selected.isEmpty()) {
                    Notifications.error("Select the articles of the new story first.");
                    return;
                }
                titleDialog(
                        "New story",
                        titles.get(selected.getFirst()),
                        "Create",
                        newTitle -> run(() -> storyService.create(projectId, newTitle, selected), "Story created."));
            });
            create.setId("create-story");
            HorizontalLayout actions = new HorizontalLayout(create);
            moveControls(grid, null).ifPresent(actions::add);
            actions.setAlignItems(Alignment.BASELINE);
            section.add(actions);
        }
        return section;
    }

    private Component nearDuplicateSection() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3("Near-duplicates"));
        Paragraph explanation = new Paragraph("Pairs of articles that share much of their wording: rewrites of the "
                + "same wire copy. Their agreement on a figure counts once. Dismiss a pair that is not one copy.");
        explanation.getStyle().set("margin", "0");
        Grid<NearDuplicateFlag> grid = new Grid<>();
        grid.setId("near-duplicate-grid");
        grid.addColumn(NearDuplicateFlag::titleA).setHeader("Article").setFlexGrow(3);
        grid.addColumn(NearDuplicateFlag::titleB).setHeader("Near-duplicate of").setFlexGrow(3);
        grid.addColumn(f -> Math.round(f.similarity() * 100) + " %")
                .setHeader("Shared wording")
                .setAutoWidth(true)
                .setTooltipGenerator(f -> "Share of the shorter article's three-word runs found in the other");
        grid.addColumn(f -> f.status().label()).setHeader("Status").setAutoWidth(true);
        if (overview.canEdit()) {
            grid.addComponentColumn(this::flagActions).setHeader("").setAutoWidth(true);
        }
        grid.setItems(overview.nearDuplicates());
        grid.setAllRowsVisible(true);
        GridTooltips.nullSafe(grid);
        section.add(explanation, grid);
        return section;
    }

    private Component flagActions(NearDuplicateFlag flag) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (flag.status() != NearDuplicateStatus.CONFIRMED) {
            Button confirm = new Button(
                    "Confirm",
                    e -> run(() -> storyService.confirm(projectId, flag.id(), flag.version()), "Marked as one copy."));
            confirm.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            confirm.addClassName("confirm-near-duplicate");
            buttons.add(confirm);
        }
        if (flag.status() != NearDuplicateStatus.DISMISSED) {
            Button dismiss = new Button(
                    "Dismiss",
                    e -> run(
                            () -> storyService.dismiss(projectId, flag.id(), flag.version()),
                            "Dismissed: the two articles count as independent."));
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            dismiss.addClassName("dismiss-near-duplicate");
            buttons.add(dismiss);
        }
        return buttons;
    }

    private Grid<StoryArticle> articleGrid() {
        Grid<StoryArticle> grid = new Grid<>();
        grid.addColumn(StoryArticle::title).setHeader("Title").setFlexGrow(6).setTooltipGenerator(StoryArticle::title);
        grid.addColumn(a -> a.outlet() == null ? "" : a.outlet())
                .setHeader("Outlet")
                .setAutoWidth(true);
        grid.addColumn(a -> a.publishedDate() == null ? "" : a.publishedDate().toString())
                .setHeader("Published")
                .setAutoWidth(true);
        grid.addColumn(a -> sameCopyAs.containsKey(a.articleId())
                        ? "≈ " + String.join("; ", sameCopyAs.get(a.articleId()))
                        : "")
                .setHeader("Near-duplicate of")
                .setFlexGrow(2)
                .setTooltipGenerator(a -> sameCopyAs.containsKey(a.articleId())
                        ? "A rewrite of the same copy as " + String.join("; ", sameCopyAs.get(a.articleId()))
                                + ": not an independent report"
                        : "");
        grid.addColumn(a -> a.suggested()
                        ? "suggested"
                                + (a.similarity() == null ? "" : String.format(Locale.ROOT, " %.2f", a.similarity()))
                        : "")
                .setHeader("Placed")
                .setAutoWidth(true)
                .setTooltipGenerator(a -> a.suggested()
                        ? "Placed by the suggestion: average similarity to the " + "story's other articles"
                        : "");
        grid.setAllRowsVisible(true);
        GridTooltips.nullSafe(grid);
        grid.addThemeName("row-stripes");
        if (overview.canEdit()) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addItemClickListener(e -> {
                if (grid.getSelectedItems().contains(e.getItem())) {
                    grid.deselect(e.getItem());
                } else {
                    grid.select(e.getItem());
                }
            });
        } else {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
        }
        return grid;
    }

    /** "Move selected to" another story than {@code from} (null: from no story); empty when there is none. */
    private Optional<Component> moveControls(Grid<StoryArticle> grid, @Nullable StoryDetails from) {
        List<StoryDetails> targets = overview.stories().stream()
                .filter(s -> from == null || s.id() != from.id())
                .toList();
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        ComboBox<StoryDetails> target = new ComboBox<>();
        target.setPlaceholder(from == null ? "Add selected to…" : "Move selected to…");
        target.setAriaLabel(from == null ? "Add selected articles to story" : "Move selected articles to story");
        target.addClassName("move-target");
        target.setItems(targets);
        target.setItemLabelGenerator(StoryDetails::title);
        target.setWidth("14rem");
        Button move = new Button(from == null ? "Add" : "Move", e -> {
            List<Long> selected = selectedIds(grid);
            if (selected.isEmpty() || target.getValue() == null) {
                Notifications.error("Select articles and the story to put them in.");
                return;
            }
            StoryDetails to = target.getValue();
            run(
                    () -> storyService.move(projectId, selected, to.id()),
                    articleCount(selected.size()) + " now in \u201c" + to.title() + "\u201d.");
        });
        move.addClassName("move-articles");
        HorizontalLayout controls = new HorizontalLayout(target, move);
        controls.setAlignItems(Alignment.BASELINE);
        controls.setSpacing(false);
        return Optional.of(controls);
    }

    private void takeOut(Grid<StoryArticle> grid) {
        List<Long> selected = selectedIds(grid);
        if (selected.isEmpty()) {
            Notifications.error("Select the articles to take out first.");
            return;
        }
        run(
                () -> {
                    selected.forEach(id -> storyService.remove(projectId, id));
                },
                articleCount(selected.size()) + " taken out: they are in no story now.");
    }

    private void suggest() {
        try {
            Notifications.success(storyService.suggest(projectId).summary());
        } catch (AccessRefusedException ex) {
            Notifications.error(ex);
        }
        refresh();
    }

    private void titleDialog(String header, @Nullable String initial, String confirmText, Consumer<String> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(header);
        TextField field = new TextField("Title");
        field.setId("story-title-field");
        field.setMaxLength(StoryDetails.TITLE_MAX_LENGTH);
        field.setWidth("32rem");
        field.setValue(initial == null ? "" : initial);
        Button confirm = new Button(confirmText, e -> {
            dialog.close();
            action.accept(field.getValue());
        });
        confirm.setId("confirm-story-title");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(field);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
        field.focus();
    }

    /** Runs a change, reports how it went, and shows the stories as they are now. */
    private void run(Runnable change, String success) {
        try {
            ConcurrentEdits.run(() -> {
                change.run();
                Notifications.success(success);
            });
        } catch (StoryValidationException | AccessRefusedException ex) {
            Notifications.error(ex);
        }
        refresh();
    }

    private static List<Long> selectedIds(Grid<StoryArticle> grid) {
        return grid.getSelectedItems().stream()
                .map(StoryArticle::articleId)
                .sorted()
                .toList();
    }

    private static String articleCount(int n) {
        return n == 1 ? "1 article" : n + " articles";
    }
}
