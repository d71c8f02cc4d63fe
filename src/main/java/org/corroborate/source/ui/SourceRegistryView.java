package org.corroborate.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Attributes;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.source.SourceEntry;
import org.corroborate.source.SourceKind;
import org.corroborate.source.SourceRegistryService;
import org.corroborate.source.SourceValidationException;
import org.corroborate.ui.ConcurrentEdits;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The project's source registry: members add sources and aliases; managers and curators also edit,
 * merge and delete. Actions work on the selected row.
 */
@Route("projects/:projectId/sources")
@PageTitle("Sources · Corroborate")
@PermitAll
class SourceRegistryView extends VerticalLayout implements BeforeEnterObserver {

    private final SourceRegistryService registry;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final Anchor articlesLink = InAppLink.unset();
    private final Paragraph empty = new Paragraph(
            "No sources yet. Add the people, organisations and documents the articles quote, so that their "
                    + "mentions can link to one canonical source.");
    private final Grid<SourceEntry> grid = new Grid<>();
    private final Button addAlias =
            new Button("Add alias", VaadinIcon.TAG.create(), e -> selected().ifPresent(this::openAliasDialog));
    private final Button edit =
            new Button("Edit", VaadinIcon.EDIT.create(), e -> selected().ifPresent(this::openEditDialog));
    private final Button merge = new Button(
            "Merge into…", VaadinIcon.COMPRESS.create(), e -> selected().ifPresent(this::openMergeDialog));
    private final Button delete =
            new Button("Delete", VaadinIcon.TRASH.create(), e -> selected().ifPresent(this::confirmDelete));
    private long projectId;
    private boolean canCurate;

    SourceRegistryView(SourceRegistryService registry, ProjectService projects) {
        this.registry = registry;
        this.projects = projects;
        setSizeFull();
        Button add = new Button("Add source", VaadinIcon.PLUS.create(), e -> openEditDialog(null));
        add.setId("add-source");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAlias.setId("add-alias");
        edit.setId("edit-source");
        merge.setId("merge-source");
        delete.setId("delete-source");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout toolbar = new HorizontalLayout(add, addAlias, edit, merge, delete);

        empty.setId("no-sources");
        grid.setId("source-grid");
        grid.addColumn(SourceEntry::name).setHeader("Name").setFlexGrow(2).setSortable(true);
        grid.addColumn(s -> s.kind().label())
                .setHeader("Kind")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(s -> s.affiliation() == null ? "" : s.affiliation())
                .setHeader("Affiliation")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(s -> String.join(", ", s.aliases())).setHeader("Aliases").setFlexGrow(3);
        grid.addColumn(SourceEntry::mentions)
                .setHeader("Mentions")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addSelectionListener(e -> updateActions());
        add(title, articlesLink, toolbar, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        ProjectSummary project = projects.get(projectId);
        title.setText("Sources: " + project.name());
        articlesLink.setText("← Articles");
        articlesLink.setHref("projects/" + projectId + "/articles");
        canCurate = registry.canCurate(projectId);
        edit.setVisible(canCurate);
        merge.setVisible(canCurate);
        delete.setVisible(canCurate);
        refresh();
    }

    private void refresh() {
        Optional<Long> selectedId = selected().map(SourceEntry::id);
        List<SourceEntry> all = registry.list(projectId);
        grid.setItems(all);
        selectedId
                .flatMap(id -> all.stream().filter(s -> s.id() == id).findFirst())
                .ifPresent(grid::select);
        empty.setVisible(all.isEmpty());
        grid.setVisible(!all.isEmpty());
        updateActions();
    }

    private Optional<SourceEntry> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        boolean one = selected().isPresent();
        addAlias.setEnabled(one);
        edit.setEnabled(one);
        merge.setEnabled(one && grid.getListDataView().getItemCount() > 1);
        delete.setEnabled(one);
    }

    /** Adds a source ({@code source} null) or edits one. */
    private void openEditDialog(@Nullable SourceEntry source) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(source == null ? "New source" : "Edit " + source.name());
        TextField name = new TextField("Name");
        name.setId("source-name");
        name.setMaxLength(SourceEntry.NAME_MAX_LENGTH);
        name.setWidth("24rem");
        name.setHelperText("The full, usual name: \"Emmanuel Macron\", \"World Health Organization\"");
        Select<SourceKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setId("source-kind");
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(SourceKind::label);
        kind.setValue(SourceKind.PERSON);
        ComboBox<String> affiliation = new ComboBox<>("Affiliation");
        affiliation.setId("source-affiliation");
        affiliation.setItems(Attributes.AFFILIATIONS);
        affiliation.setClearButtonVisible(true);
        TextArea note = new TextArea("Note");
        note.setId("source-note");
        note.setWidth("24rem");
        if (source != null) {
            name.setValue(source.name());
            kind.setValue(source.kind());
            affiliation.setValue(source.affiliation());
            note.setValue(source.note());
        }
        Button save = new Button(source == null ? "Add" : "Save", e -> {
            try {
                ConcurrentEdits.run(
                        () -> {
                            if (source == null) {
                                registry.add(
                                        projectId,
                                        name.getValue(),
                                        kind.getValue(),
                                        affiliation.getValue(),
                                        note.getValue());
                                Notifications.success(name.getValue().strip() + " added to the registry.");
                            } else {
                                registry.update(
                                        projectId,
                                        source.id(),
                                        source.version(),
                                        name.getValue(),
                                        kind.getValue(),
                                        affiliation.getValue(),
                                        note.getValue());
                                Notifications.success("Source saved.");
                            }
                            dialog.close();
                            refresh();
                        },
                        () -> {
                            dialog.close();
                            refresh();
                        });
            } catch (SourceValidationException | AccessRefusedException ex) {
                Notifications.error(ex);
            }
        });
        save.setId("save-source");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, kind, affiliation, note));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void openAliasDialog(SourceEntry source) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Another name for " + source.name());
        TextField alias = new TextField("Alias");
        alias.setId("alias-name");
        alias.setMaxLength(SourceEntry.NAME_MAX_LENGTH);
        alias.setWidth("24rem");
        alias.setHelperText("How articles also call this source: \"Macron\", \"the Élysée\"");
        Button save = new Button("Add alias", e -> {
            try {
                registry.addAlias(projectId, source.id(), alias.getValue());
                Notifications.success("'" + alias.getValue().strip() + "' now stands for " + source.name() + ".");
                dialog.close();
                refresh();
            } catch (SourceValidationException | AccessRefusedException ex) {
                Notifications.error(ex);
            }
        });
        save.setId("save-alias");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(alias);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        alias.focus();
    }

    private void openMergeDialog(SourceEntry merged) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Merge " + merged.name() + " into another source");
        ComboBox<SourceEntry> kept = new ComboBox<>("Keep");
        kept.setId("merge-target");
        kept.setWidth("24rem");
        kept.setItems(grid.getListDataView()
                .getItems()
                .filter(s -> s.id() != merged.id())
                .toList());
        kept.setItemLabelGenerator(SourceEntry::name);
        Paragraph explanation = new Paragraph("'" + merged.name() + "' becomes an alias of the source you keep, "
                + "its aliases move there, and the " + merged.mentions() + " mention(s) linked to it will link to "
                + "the kept source.");
        Button confirm = new Button("Merge", e -> {
            if (kept.getValue() == null) {
                Notifications.error("Choose the source to keep.");
                return;
            }
            SourceEntry target = kept.getValue();
            try {
                ConcurrentEdits.run(
                        () -> {
                            registry.merge(projectId, target.id(), target.version(), merged.id(), merged.version());
                            Notifications.success(merged.name() + " merged into " + target.name() + ".");
                            dialog.close();
                            grid.deselectAll();
                            refresh();
                        },
                        () -> {
                            dialog.close();
                            refresh();
                        });
            } catch (SourceValidationException | AccessRefusedException ex) {
                Notifications.error(ex);
            }
        });
        confirm.setId("confirm-merge");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(kept, explanation));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    private void confirmDelete(SourceEntry source) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Delete " + source.name() + "?");
        dialog.add(new Paragraph("Its aliases go with it. A source that mentions link to cannot be deleted: "
                + "merge it into another instead."));
        Button confirm = new Button("Delete", e -> {
            dialog.close();
            delete(source);
        });
        confirm.setId("confirm-delete");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    private void delete(SourceEntry source) {
        try {
            ConcurrentEdits.run(
                    () -> {
                        registry.delete(projectId, source.id(), source.version());
                        Notifications.success(source.name() + " deleted.");
                        grid.deselectAll();
                        refresh();
                    },
                    this::refresh);
        } catch (SourceValidationException | AccessRefusedException ex) {
            Notifications.error(ex);
        }
    }
}
