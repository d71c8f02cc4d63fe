package org.corroborate.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseSettings;
import org.corroborate.exercise.ExerciseSummary;
import org.corroborate.exercise.ExerciseValidationException;
import org.corroborate.project.ProjectService;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.DateTimes;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.Notifications;

/** A project's exercises, for its instructors and managers: the list and a new exercise. */
@Route("projects/:projectId/exercises")
@PageTitle("Exercises · Corroborate")
@PermitAll
class ExercisesView extends VerticalLayout implements BeforeEnterObserver {

    private final ExerciseService exercises;
    private final ProjectService projects;
    private final H1 title = new H1("Exercises");
    private final Grid<ExerciseSummary> grid = new Grid<>();
    private long projectId;

    ExercisesView(ExerciseService exercises, ProjectService projects) {
        this.exercises = exercises;
        this.projects = projects;
        Paragraph about = new Paragraph("Exercises ask students to mark sources, attributions, claims or figures in "
                + "curated articles; their attempts are scored against the gold (README: Scoring exercises). Students "
                + "join with the class code or from a roster.");
        about.addClassName("muted");
        Button create = new Button("New exercise", VaadinIcon.PLUS.create(), e -> openForm());
        create.setId("new-exercise");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("exercise-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(x -> InAppLink.to("projects/" + projectId + "/exercises/" + x.id(), x.title()))
                .setHeader("Exercise")
                .setFlexGrow(3);
        grid.addColumn(ExerciseSummary::classCode).setHeader("Class code").setAutoWidth(true);
        grid.addColumn(ExerciseSummary::students).setHeader("Students").setAutoWidth(true);
        grid.addColumn(ExerciseSummary::submitted).setHeader("Submitted").setAutoWidth(true);
        grid.addColumn(x -> x.dueAt() == null ? "no due date" : DateTimes.medium(x.dueAt(), getLocale()))
                .setHeader("Due")
                .setAutoWidth(true);
        add(title, about, create, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        if (!exercises.canTeach(projectId)) {
            throw new NotFoundOrNotAllowedException();
        }
        title.setText("Exercises: " + projects.nameForTeaching(projectId));
        refresh();
    }

    private void refresh() {
        grid.setItems(exercises.list(projectId));
    }

    private void openForm() {
        ExerciseForm[] form = new ExerciseForm[1];
        form[0] = new ExerciseForm(
                "New exercise",
                ExerciseSettings.blank(),
                exercises.articleChoices(projectId),
                exercises.storyChoices(projectId),
                settings -> {
                    try {
                        ExerciseSummary made = exercises.create(projectId, settings);
                        form[0].close();
                        Notifications.success("Exercise created. Class code: " + made.classCode());
                        getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/exercises/" + made.id()));
                    } catch (ExerciseValidationException ex) {
                        Notifications.error(ex);
                    }
                });
        form[0].open();
    }
}
