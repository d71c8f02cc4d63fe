package org.corroborate.project.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.corroborate.project.Project;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.project.ProjectValidationException;
import org.corroborate.security.CurrentUser;
import org.corroborate.ui.Notifications;

/** The projects the user belongs to; site admins see all and create new ones. */
@Route("projects")
@RouteAlias("")
@PageTitle("Projects · Corroborate")
@PermitAll
class ProjectsView extends VerticalLayout {

    private final ProjectService projects;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final TextField filter = new TextField();
    private final Span count = new Span();
    private List<ProjectSummary> shownProjects = List.of();

    ProjectsView(ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H1("Projects"));
        header.setAlignItems(Alignment.BASELINE);
        if (currentUser.isSiteAdmin()) {
            Button create = new Button("New project", VaadinIcon.PLUS.create(), e -> openCreateDialog());
            create.setId("new-project");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }

        grid.setId("project-grid");
        grid.addColumn(ProjectSummary::name).setHeader("Project").setFlexGrow(2).setSortable(true);
        grid.addColumn(ProjectSummary::description).setHeader("Description").setFlexGrow(4);
        grid.addColumn(p -> p.myRole().map(r -> r.label()).orElse("Site admin"))
                .setHeader("My role")
                .setAutoWidth(true);
        grid.addItemClickListener(e -> openProject(e.getItem()));
        grid.addThemeName("row-stripes");

        filter.setId("project-filter");
        filter.setPlaceholder("Filter by name");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());

        empty.setId("no-projects");
        count.setId("project-count");
        HorizontalLayout filterBar = new HorizontalLayout(filter, count);
        filterBar.setAlignItems(Alignment.BASELINE);
        add(header, filterBar, empty, grid);
        refresh();
    }

    private void refresh() {
        List<ProjectSummary> mine = projects.listMyProjects();
        String wanted = filter.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        List<ProjectSummary> shown = mine.stream()
                .filter(p -> wanted.isEmpty()
                        || p.name().toLowerCase(java.util.Locale.ROOT).contains(wanted))
                .toList();
        if (!shown.equals(shownProjects)) { // re-setting equal items would only reset the rows under the pointer
            shownProjects = shown;
            grid.setItems(shown);
        }
        grid.setVisible(!shown.isEmpty());
        filter.setVisible(!mine.isEmpty());
        count.setText(
                shown.size() == mine.size()
                        ? mine.size() + (mine.size() == 1 ? " project" : " projects")
                        : shown.size() + " of " + mine.size());
        count.setVisible(!mine.isEmpty());
        empty.setVisible(shown.isEmpty());
        empty.setText(
                mine.isEmpty()
                        ? "You are not a member of any project yet. Ask a project manager to add you. Exercises you joined are "
                                + "under My exercises."
                        : "No project of yours has “" + filter.getValue().strip() + "” in its name.");
    }

    private void openProject(ProjectSummary project) {
        // Instructors see a project through its exercises only.
        String home = project.seesProjectPages() ? "/articles" : "/exercises";
        getUI().ifPresent(ui -> ui.navigate("projects/" + project.id() + home));
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New project");
        TextField name = new TextField("Name");
        name.setId("project-name");
        name.setMaxLength(Project.NAME_MAX_LENGTH);
        name.setRequired(true);
        name.setWidthFull();
        TextArea description = new TextArea("Description");
        description.setMaxLength(Project.DESCRIPTION_MAX_LENGTH);
        description.setWidthFull();
        Button save = new Button("Create", e -> {
            try {
                ProjectSummary created = projects.create(name.getValue(), description.getValue());
                dialog.close();
                Notifications.success("Project '" + created.name() + "' created. You are its manager.");
                refresh();
            } catch (ProjectValidationException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        save.setId("create-project");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.add(new VerticalLayout(name, description));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("32rem");
        dialog.open();
        name.focus();
    }
}
