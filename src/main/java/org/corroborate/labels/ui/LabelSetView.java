package org.corroborate.labels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.corroborate.labels.LabelColors;
import org.corroborate.labels.LabelSet;
import org.corroborate.labels.LabelSetException;
import org.corroborate.labels.LabelSetRules;
import org.corroborate.labels.LabelSetService;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.ConcurrentEdits;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.LayerTabs;
import org.corroborate.ui.Notifications;

/**
 * A project's labels per layer. Managers add, remove, reorder, recolour and save them in one go (or
 * go back to the scheme's defaults); everyone else sees them read-only.
 */
@Route("projects/:projectId/labels")
@PageTitle("Labels · Corroborate")
@PermitAll
class LabelSetView extends VerticalLayout implements BeforeEnterObserver {

    private static final String DEFAULT_NEW_COLOR = "#64748b";

    private final LabelSetService labelSets;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final Anchor articlesLink = InAppLink.unset();
    private final Paragraph readOnlyNote = new Paragraph("Only the project's managers can change its labels.");
    private final Tabs tabs = new Tabs();
    private final Map<Tab, Layer> tabLayers = new LinkedHashMap<>();
    private final Map<Layer, List<ProjectLabel>> working = new EnumMap<>(Layer.class);
    /** The set as last read from the project: a save names it, so another manager's save meanwhile is seen. */
    private LabelSet loaded = LabelSet.defaults();

    private final Grid<ProjectLabel> grid = new Grid<>();
    private final HorizontalLayout addRow = new HorizontalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private Map<String, Long> usage = Map.of();
    private long projectId;
    private boolean canManage;

    LabelSetView(LabelSetService labelSets, ProjectService projects) {
        this.labelSets = labelSets;
        this.projects = projects;
        setSizeFull();
        for (Layer layer : Layer.values()) {
            Tab tab = new Tab(LayerTabs.caption(layer));
            tab.setId("layer-tab-" + layer.code());
            tabLayers.put(tab, layer);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> showLayer());
        LayerTabs.withoutFocusableScrollBox(tabs);
        grid.setId("label-grid");
        grid.setAllRowsVisible(true);
        readOnlyNote.setId("labels-read-only");

        TextField code = new TextField("Code");
        code.setId("new-label-code");
        code.setHelperText("lower-case, digits, dashes: \"rumour\"");
        code.setMaxLength(60);
        TextField caption = new TextField("Caption");
        caption.setId("new-label-caption");
        caption.setMaxLength(100);
        TextField color = colorField(DEFAULT_NEW_COLOR);
        color.setId("new-label-color");
        color.setLabel("Colour");
        color.addValueChangeListener(e -> flagIllegible(color, e.getValue().strip()));
        Button add = new Button("Add label", VaadinIcon.PLUS.create(), e -> {
            if (addLabel(
                    code.getValue().strip(),
                    caption.getValue().strip(),
                    color.getValue().strip())) {
                code.clear();
                caption.clear();
                color.setValue(DEFAULT_NEW_COLOR);
            }
        });
        add.setId("add-label");
        addRow.add(code, caption, color, add);
        addRow.setAlignItems(Alignment.BASELINE);

        Button save = new Button("Save labels", VaadinIcon.CHECK.create(), e -> save());
        save.setId("save-labels");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button("Reset to defaults", VaadinIcon.REFRESH.create(), e -> {
            load(LabelSet.defaults());
            Notifications.success("The scheme's default labels are loaded: save to keep them.");
        });
        reset.setId("reset-labels");
        Button discard = new Button("Discard changes", e -> load(labelSets.labels(projectId)));
        discard.setId("discard-labels");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(save, reset, discard);

        add(title, articlesLink, readOnlyNote, tabs, grid, addRow, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        ProjectSummary project = projects.get(projectId);
        canManage = project.canManage();
        title.setText("Labels: " + project.name());
        articlesLink.setText("← Articles");
        articlesLink.setHref("projects/" + projectId + "/articles");
        readOnlyNote.setVisible(!canManage);
        addRow.setVisible(canManage);
        actions.setVisible(canManage);
        configureColumns();
        load(labelSets.labels(projectId));
    }

    private void load(LabelSet labels) {
        loaded = labels;
        usage = labelSets.labelUsage(projectId);
        for (Layer layer : Layer.values()) {
            working.put(layer, new ArrayList<>(labels.of(layer)));
        }
        showLayer();
    }

    private Layer layer() {
        return tabLayers.getOrDefault(tabs.getSelectedTab(), Layer.CLAIM);
    }

    private void showLayer() {
        grid.setItems(new ArrayList<>(working.getOrDefault(layer(), List.of())));
    }

    private void configureColumns() {
        grid.removeAllColumns();
        grid.addColumn(ProjectLabel::code).setHeader("Code").setAutoWidth(true);
        if (canManage) {
            grid.addComponentColumn(this::captionEditor).setHeader("Caption").setFlexGrow(2);
            grid.addComponentColumn(this::colorEditor).setHeader("Colour").setAutoWidth(true);
        } else {
            grid.addColumn(ProjectLabel::caption).setHeader("Caption").setFlexGrow(2);
            grid.addComponentColumn(l -> withSwatch(new Span(l.color()), l.color()))
                    .setHeader("Colour")
                    .setAutoWidth(true);
        }
        grid.addColumn(l -> usage.getOrDefault(l.id(), 0L)).setHeader("Used by").setAutoWidth(true);
        if (canManage) {
            grid.addComponentColumn(this::rowActions).setHeader("").setAutoWidth(true);
        }
    }

    private TextField captionEditor(ProjectLabel label) {
        TextField caption = new TextField();
        caption.setValue(label.caption());
        caption.setMaxLength(100);
        caption.setAriaLabel("Caption of " + label.code());
        caption.setWidthFull();
        caption.addValueChangeListener(e -> replace(
                label.code(),
                l -> new ProjectLabel(l.layer(), l.code(), e.getValue().strip(), l.color())));
        return caption;
    }

    private HorizontalLayout colorEditor(ProjectLabel label) {
        TextField color = colorField(label.color());
        color.setAriaLabel("Colour of " + label.code());
        HorizontalLayout cell = withSwatch(color, label.color());
        color.addValueChangeListener(e -> {
            String value = e.getValue().strip();
            replace(label.code(), l -> new ProjectLabel(l.layer(), l.code(), l.caption(), value));
            if (LabelSetRules.COLOR.matcher(value).matches()) {
                cell.getComponentAt(0).getElement().getStyle().setBackgroundColor(value);
            }
            flagIllegible(color, value);
        });
        return cell;
    }

    private HorizontalLayout rowActions(ProjectLabel label) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(label, -1));
        up.setAriaLabel("Move " + label.code() + " up");
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(label, 1));
        down.setAriaLabel("Move " + label.code() + " down");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(label));
        remove.setAriaLabel("Remove " + label.code());
        remove.setId("remove-label-" + label.code());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(up, down, remove);
    }

    /** A colour swatch (only ever painted with a validated #rrggbb value) beside the given component. */
    private static HorizontalLayout withSwatch(Component beside, String color) {
        Span swatch = new Span();
        swatch.setWidth("1.2em");
        swatch.setHeight("1.2em");
        swatch.getStyle().set("border-radius", "4px").set("border", "1px solid var(--lumo-contrast-30pct)");
        if (LabelSetRules.COLOR.matcher(color).matches()) {
            swatch.getStyle().setBackgroundColor(color);
        }
        HorizontalLayout cell = new HorizontalLayout(swatch, beside);
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }

    /** Says at once when a colour would be hard to see in the editor; saving refuses it too (LabelSetRules). */
    private static void flagIllegible(TextField field, String value) {
        java.util.Optional<String> problem = LabelColors.problem(value);
        field.setInvalid(
                problem.isPresent() || !LabelSetRules.COLOR.matcher(value).matches());
        field.setErrorMessage(problem.orElse("A colour like #1a2b3c"));
    }

    private static TextField colorField(String value) {
        TextField color = new TextField();
        color.setValue(value);
        color.setPattern("#[0-9a-fA-F]{6}");
        color.setMaxLength(7);
        color.setWidth("7rem");
        color.setErrorMessage("A colour like #1a2b3c");
        return color;
    }

    private List<ProjectLabel> workingLabels(Layer layer) {
        return Objects.requireNonNull(working.get(layer), "load() fills every layer");
    }

    private boolean addLabel(String code, String caption, String color) {
        List<ProjectLabel> labels = workingLabels(layer());
        if (!LabelSetRules.CODE.matcher(code).matches()) {
            Notifications.error("Label codes are lower-case letters, digits and dashes: '" + code + "' is not.");
            return false;
        }
        if (labels.stream().anyMatch(l -> l.code().equals(code))) {
            Notifications.error("The " + layer().code() + " layer already has the label '" + code + "'.");
            return false;
        }
        if (caption.isEmpty()) {
            Notifications.error("The new label needs a caption.");
            return false;
        }
        if (!LabelSetRules.COLOR.matcher(color).matches()) {
            Notifications.error("A colour looks like #1a2b3c, not '" + color + "'.");
            return false;
        }
        if (LabelColors.problem(color).isPresent()) {
            Notifications.error(LabelColors.problem(color).get());
            return false;
        }
        labels.add(new ProjectLabel(layer(), code, caption, color));
        showLayer();
        return true;
    }

    private void remove(ProjectLabel label) {
        long uses = usage.getOrDefault(label.id(), 0L);
        if (uses > 0) {
            Notifications.error("'" + label.code() + "' is used by " + uses
                    + (uses == 1 ? " annotation" : " annotations") + ": relabel them before removing it.");
            return;
        }
        workingLabels(label.layer()).removeIf(l -> l.code().equals(label.code()));
        showLayer();
    }

    private void move(ProjectLabel label, int by) {
        List<ProjectLabel> labels = workingLabels(label.layer());
        int from = indexOf(labels, label.code());
        int to = from + by;
        if (from < 0 || to < 0 || to >= labels.size()) {
            return;
        }
        labels.add(to, labels.remove(from));
        showLayer();
    }

    private void replace(String code, UnaryOperator<ProjectLabel> change) {
        List<ProjectLabel> labels = workingLabels(layer());
        int at = indexOf(labels, code);
        if (at >= 0) {
            labels.set(at, change.apply(labels.get(at)));
        }
    }

    private static int indexOf(List<ProjectLabel> labels, String code) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private void save() {
        List<ProjectLabel> all = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            all.addAll(workingLabels(layer));
        }
        try {
            ConcurrentEdits.run(
                    () -> {
                        load(labelSets.saveLabels(projectId, loaded, new LabelSet(all)));
                        Notifications.success("Labels saved.");
                    },
                    "Another manager changed the labels meanwhile. Your changes are still here, not saved:"
                            + " note them, press \"Discard changes\" to see the new set, and apply them again.",
                    () -> {});
        } catch (LabelSetException | AccessRefusedException ex) {
            Notifications.error(ex);
        }
    }
}
