package org.corroborate.reconcile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnRendering;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.annotation.ui.SpanEditing.TextAt;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.reconcile.ReconcileService;
import org.corroborate.reconcile.ReconcileValidationException;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.corroborate.reconcile.ReconciliationBoard;
import org.corroborate.reconcile.StoryFigure;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.story.StoryLinks;
import org.corroborate.ui.ConcurrentEdits;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.LiveUpdates;
import org.corroborate.ui.Notifications;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A story's figures side by side: slots as rows (conflicts first), articles as columns, each cell the figure
 * as written, who said it and how it reads; a number line per slot. In the slot list, J/K move between slots
 * and 1–5 record a verdict; the panel beside it takes the accepted value and the rationale.
 */
@Route("projects/:projectId/stories/:storyId/reconcile")
@PermitAll
@JsModule("./src/number-line.ts")
class ReconciliationBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Up to this many articles every column is rendered; beyond, only those in view (a grid's lazy columns). */
    private static final int EAGER_COLUMNS = 8;
    /** Wide enough for the number line beside the cell's padding. */
    private static final String SLOT_COLUMN_WIDTH = (NumberLine.WIDTH + 40) + "px";

    private final ReconcileService service;
    private final H1 title = new H1();
    private final Paragraph summary = new Paragraph();
    private final Div legend = new Div();
    private final Details legendDetails = new Details();
    private final Grid<ReconciliationBoard.Row> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final SlotPanel panel;
    private final Details unslottedDetails = new Details();
    private final Grid<StoryFigure> unslotted = new Grid<>();
    private @Nullable ReconciliationBoard board;
    /** A reload that must leave the panel as it is (it holds unsaved edits). */
    private boolean keepPanel;

    private long projectId;
    private long storyId;

    ReconciliationBoardView(ReconcileService service, LiveUpdates live) {
        this.service = service;
        this.panel = new SlotPanel(service, this::guarded, this::reload, this::labelOf);
        setSizeFull();
        // Someone else changed a slot of this board: show theirs (Vaadin Push), keeping the selected slot. Typing
        // not yet saved in the panel is never replaced: the rows reload, the panel stays, and saving it names the
        // version it started from, so a clash is reported instead of overwriting either change.
        live.follow(this, () -> projectId, event -> {
            if (event.concernsStory(storyId)) {
                ReconciliationBoard.Row selected = grid.asSingleSelect().getValue();
                if (panel.edited()) {
                    keepPanel = true;
                    try {
                        reload(selected == null ? null : selected.id());
                    } finally {
                        keepPanel = false;
                    }
                    Notifications.teamNews(event.message() + "; the list is reloaded, your unsaved changes in the"
                            + " panel are kept (saving them tells you if they clash)");
                } else {
                    reload(selected == null ? null : selected.id());
                    Notifications.teamNews(event.message() + "; reloaded");
                }
            }
        });
        title.setId("board-title");
        summary.setId("board-summary");
        summary.addClassName("board-summary");
        legend.setId("board-legend");
        legend.addClassName("board-legend");
        legendDetails.setId("board-articles");
        legendDetails.add(legend);
        Button propose = new Button("Propose slots", VaadinIcon.MAGIC.create(), e -> propose());
        propose.setId("propose-slots");
        propose.setTooltipText("Group the figures in no slot yet by what they measure, and take up readings "
                + "annotators corrected since");
        Anchor back = InAppLink.to("", "Stories");
        back.setId("back-to-stories");
        HorizontalLayout header = new HorizontalLayout(title, propose, back);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);
        this.back = back;

        empty.setId("board-empty");
        grid.setId("slot-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        // Rows are tall (a figure per article, a number line): a few screens' worth at a time is plenty, and the
        // default of 50 made the first paint of a 50-article story wait for 50 rows of 50 cells.
        grid.setPageSize(12);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!keepPanel) {
                showPanel(e.getValue());
            }
        });
        Shortcuts.addShortcutListener(grid, () -> step(1), Key.KEY_J).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> step(-1), Key.KEY_K).listenOn(grid);
        for (ReconcilerVerdict v : ReconcilerVerdict.values()) {
            Shortcuts.addShortcutListener(grid, () -> quickVerdict(v), Key.of(v.key()))
                    .listenOn(grid);
        }

        unslotted.setId("unslotted-grid");
        unslotted.addThemeVariants(GridVariant.LUMO_COMPACT);
        unslotted.setAllRowsVisible(true);
        unslottedDetails.setId("unslotted");
        unslottedDetails.setSummaryText("Figures in no slot");
        unslottedDetails.add(unslotted);
        // Finding them reads every article of the story: only when someone opens the list.
        unslottedDetails.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                loadUnslotted();
            }
        });

        VerticalLayout left = new VerticalLayout(summary, legendDetails, empty, grid, unslottedDetails);
        left.setPadding(false);
        left.setFlexGrow(1, grid);
        left.setSizeFull();
        SplitLayout split = new SplitLayout(left, panel);
        split.setSizeFull();
        split.setSplitterPosition(72);
        add(header, split);
        expand(split);
    }

    private final Anchor back;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        storyId = event.getRouteParameters().getLong("storyId").orElseThrow(NotFoundOrNotAllowedException::new);
        back.setHref(StoryLinks.storiesPath(projectId));
        if (!service.hasSlots(projectId, storyId)) {
            service.propose(projectId, storyId); // first opening: start from the automatic proposal
        }
        reload(null);
    }

    @Override
    public String getPageTitle() {
        return (board == null ? "Reconcile" : "Reconcile: " + board.storyTitle()) + " · Corroborate";
    }

    // --- showing --------------------------------------------------------------------------------------

    private void reload(@Nullable Long select) {
        ReconciliationBoard b = service.board(projectId, storyId);
        board = b;
        title.setText("Reconcile figures: " + b.storyTitle());
        long conflicts =
                b.slots().stream().filter(ReconciliationBoard.Row::inConflict).count();
        summary.setText(b.slots().size() + " slot" + (b.slots().size() == 1 ? "" : "s") + " · " + conflicts
                + " in conflict · figures within ±"
                + b.tolerance().movePointRight(2).stripTrailingZeros().toPlainString()
                + "% of each other are compatible; rewrites of one copy count as one report. "
                + "In the list: J/K move, 1–5 set a verdict.");
        legend.removeAll();
        for (ReconciliationBoard.Column c : b.articles()) {
            Span entry = new Span(c.label() + ": " + c.title() + (c.outlet() == null ? "" : " (" + c.outlet() + ")")
                    + (c.published() == null ? "" : ", " + c.published())
                    + (c.nearDuplicateGroup() == null
                            ? ""
                            : " · near-duplicate group " + labelOf(c.nearDuplicateGroup())));
            entry.addClassName("board-legend-entry");
            legend.add(entry);
        }
        legendDetails.setSummaryText("Articles A1–A" + b.articles().size());
        legendDetails.setOpened(b.articles().size() <= 6);
        buildColumns(b);
        grid.setItems(b.slots());
        empty.setText(
                b.slots().isEmpty()
                        ? "No slots yet: no two articles of this story report a figure of the same "
                                + "kind about the same thing. Put figures into slots from the list below, or annotate figures first."
                        : "");
        empty.setVisible(b.slots().isEmpty());
        if (unslottedDetails.isOpened()) {
            loadUnslotted();
        }
        Optional<ReconciliationBoard.Row> again = select == null
                ? Optional.empty()
                : b.slots().stream().filter(r -> r.id() == select).findFirst();
        if (again.isPresent()) {
            grid.select(again.get());
            grid.scrollToItem(again.get());
        } else if (!keepPanel) {
            showPanel(null);
        }
    }

    private SlotBadges badges(ReconciliationBoard.Row r) {
        return SlotBadges.of(r, r.errorArticleId() == null ? "" : labelOf(r.errorArticleId()));
    }

    private String labelOf(long articleId) {
        return board == null
                ? ""
                : board.articles().stream()
                        .filter(c -> c.articleId() == articleId)
                        .map(ReconciliationBoard.Column::label)
                        .findFirst()
                        .orElse("?");
    }

    private void openArticle(long articleId, int start, int end) {
        UI.getCurrent()
                .navigate(
                        "projects/" + projectId + "/articles/" + articleId + "/annotate",
                        QueryParameters.of("at", TextAt.of(start, end)));
    }

    private void loadUnslotted() {
        List<StoryFigure> figures = service.unslotted(projectId, storyId);
        unslotted.setItems(figures);
        unslottedDetails.setSummaryText("Figures in no slot (" + figures.size() + ")");
    }

    /**
     * Cells are Lit templates filled with plain values (rendered as text by Lit), not server components: a
     * story of 50 articles has 50 columns, and components per cell made the board take seconds to open. The
     * slot column stays in view and says it all: title, verdicts and the number line; the articles scroll
     * beside it, and when there are many only the ones in view are rendered.
     */
    private void buildColumns(ReconciliationBoard b) {
        grid.removeAllColumns();
        grid.setColumnRendering(b.articles().size() > EAGER_COLUMNS ? ColumnRendering.LAZY : ColumnRendering.EAGER);
        grid.addColumn(LitRenderer.<ReconciliationBoard.Row>of("""
                        <div class="slot-cell"><span class="slot-title">${item.title}</span>\
                        <span class="slot-meta">${item.meta}</span>\
                        <div class="slot-verdicts"><span class="automatic-verdict" theme="${item.autoTheme}">\
                        ${item.auto}</span>${item.verdict ? html`<span class="reconciler-verdict" \
                        theme="${item.verdictTheme}">${item.verdict}</span>` : ''}</div>\
                        <number-line .data=${item.chart}></number-line></div>""")
                        .withProperty("title", ReconciliationBoard.Row::title)
                        .withProperty(
                                "meta",
                                r -> r.figures().size() + " figures · " + r.independentReports()
                                        + " independent report" + (r.independentReports() == 1 ? "" : "s")
                                        + (r.proposed() ? " · proposed" : ""))
                        // Badges and the summary's conflict count follow one rule (Row.inConflict, SlotBadges).
                        .withProperty("auto", r -> badges(r).automatic())
                        .withProperty("autoTheme", r -> badges(r).automaticTheme())
                        .withProperty("verdict", r -> badges(r).verdict())
                        .withProperty("verdictTheme", r -> badges(r).verdictTheme())
                        .withProperty("chart", r -> chart(r).toJson()))
                .setHeader("Slot")
                .setWidth(SLOT_COLUMN_WIDTH)
                .setFlexGrow(0)
                .setFrozen(true);
        for (ReconciliationBoard.Column c : b.articles()) {
            grid.addColumn(LitRenderer.<ReconciliationBoard.Row>of("""
                            <div class="figure-cell">${JSON.parse(item.figures).map((f) => html`\
                            <div class="figure ${f.conflicting}"><a class="figure-quote" href="${f.href}" \
                            @click=${(e) => { if (!e.ctrlKey && !e.metaKey && !e.shiftKey) { e.preventDefault(); \
                            open(f.start, f.end); } }} \
                            title="Open the article at this figure">${f.quote}</a>\
                            <span class="figure-source">${f.source}</span>\
                            <span class="figure-reading">${f.reading}</span></div>`)}</div>""")
                            .withProperty(
                                    "figures", r -> cells(r, c.articleId()).toString())
                            // The server opens the article: a plain link in a grid cell was not always followed.
                            .withFunction(
                                    "open",
                                    (r, args) -> openArticle(
                                            c.articleId(),
                                            args.get(0).asInt(),
                                            args.get(1).asInt())))
                    .setHeader(c.label())
                    .setWidth("9rem")
                    .setFlexGrow(1)
                    .setKey("article-" + c.articleId());
        }

        unslotted.removeAllColumns();
        unslotted
                .addColumn(f -> labelOf(f.articleId()))
                .setHeader("Article")
                .setWidth("5rem")
                .setFlexGrow(0);
        unslotted.addColumn(StoryFigure::quote).setHeader("Figure as written").setFlexGrow(1);
        unslotted.addColumn(StoryFigure::source).setHeader("Said by").setFlexGrow(1);
        unslotted
                .addComponentColumn(this::unslottedActions)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /**
     * One article's figures in a slot for the cell template, which parses them (JSON text, so that their form
     * does not depend on how properties are serialised) and renders every value as text.
     */
    private ArrayNode cells(ReconciliationBoard.Row r, long articleId) {
        ArrayNode cells = JsonNodeFactory.instance.arrayNode();
        for (ReconciliationBoard.Figure f : r.figures()) {
            if (f.articleId() == articleId) {
                cells.addObject()
                        .put("quote", f.quote())
                        .put("source", f.source().isEmpty() ? "" : "— " + f.source())
                        .put("reading", f.reading())
                        .put("conflicting", f.conflicting() ? "conflicting" : "")
                        .put("start", f.start())
                        .put("end", f.end())
                        .put(
                                "href",
                                "projects/" + projectId + "/articles/" + articleId + "/annotate?at="
                                        + TextAt.of(f.start(), f.end()));
            }
        }
        return cells;
    }

    private NumberLine.Chart chart(ReconciliationBoard.Row r) {
        List<NumberLine.Row> rows = new ArrayList<>();
        for (ReconciliationBoard.Figure f : r.figures()) {
            if (f.interval() != null) {
                rows.add(new NumberLine.Row(labelOf(f.articleId()), f.interval(), f.conflicting()));
            }
        }
        return NumberLine.chart(rows);
    }

    private Component unslottedActions(StoryFigure f) {
        Button add = new Button(
                "Add to selected slot",
                e -> guarded(() -> {
                    ReconciliationBoard.Row selected = grid.asSingleSelect().getValue();
                    if (selected == null) {
                        Notifications.error("Select a slot first, then add the figure to it.");
                        return;
                    }
                    long id = service.addFigure(
                            projectId, storyId, f.articleId(), f.start(), f.end(), selected.id(), selected.version());
                    reload(id);
                }));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button alone = new Button(
                "New slot",
                e -> guarded(() ->
                        reload(service.addFigure(projectId, storyId, f.articleId(), f.start(), f.end(), null, null))));
        alone.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(add, alone);
    }

    // --- the selected slot ------------------------------------------------------------------------------

    private void showPanel(ReconciliationBoard.@Nullable Row r) {
        ReconciliationBoard b = board;
        if (r == null || b == null) {
            panel.showNone();
        } else {
            panel.show(projectId, b, r);
        }
    }

    // --- keyboard ----------------------------------------------------------------------------------------

    private void step(int by) {
        if (board == null || board.slots().isEmpty()) {
            return;
        }
        List<ReconciliationBoard.Row> rows = board.slots();
        ReconciliationBoard.Row current = grid.asSingleSelect().getValue();
        int i = current == null ? (by > 0 ? -1 : rows.size()) : indexOf(rows, current.id());
        int next = Math.max(0, Math.min(rows.size() - 1, i + by));
        grid.select(rows.get(next));
        grid.scrollToItem(rows.get(next));
    }

    private static int indexOf(List<ReconciliationBoard.Row> rows, long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void quickVerdict(ReconcilerVerdict verdict) {
        ReconciliationBoard.Row r = grid.asSingleSelect().getValue();
        if (r == null) {
            Notifications.error("Select a slot (J/K) before setting a verdict.");
            return;
        }
        if (verdict.namesArticle()) {
            Notifications.error("Choose the article in error in the panel, then Save verdict.");
            return;
        }
        guarded(() -> {
            service.decide(projectId, r.id(), r.version(), verdict, null, r.acceptedValue(), r.rationale());
            Notifications.success(verdict.caption() + ": saved. Add the accepted value and a rationale beside.");
            reload(r.id());
        });
    }

    // --- changes ----------------------------------------------------------------------------------------

    private void propose() {
        guarded(() -> {
            int added = service.propose(projectId, storyId);
            Notifications.success(
                    added == 0
                            ? "No new slots: every figure that could be grouped is in one."
                            : "Proposed " + added + " new slot" + (added == 1 ? "" : "s") + ".");
            reload(null);
        });
    }

    private void guarded(Runnable change) {
        try {
            ConcurrentEdits.run(
                    change,
                    "Someone changed this slot meanwhile. Nothing was overwritten; the board now shows the saved"
                            + " state.",
                    () -> {
                        ReconciliationBoard.Row selected = grid.asSingleSelect().getValue();
                        reload(selected == null ? null : selected.id());
                    });
        } catch (ReconcileValidationException | AccessRefusedException e) {
            Notifications.error(e);
        }
    }
}
