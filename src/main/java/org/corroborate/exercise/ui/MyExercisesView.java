package org.corroborate.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseValidationException;
import org.corroborate.exercise.MyExercise;
import org.corroborate.ui.DateTimes;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.Notifications;

/** The signed-in user's exercises (open, submitted, scored) and joining one with a class code. */
@Route("exercises")
@PageTitle("My exercises · Corroborate")
@PermitAll
class MyExercisesView extends VerticalLayout {

    private final ExerciseService exercises;
    private final Grid<MyExercise> grid = new Grid<>();

    MyExercisesView(ExerciseService exercises) {
        this.exercises = exercises;
        TextField code = new TextField("Class code");
        code.setId("class-code-field");
        Button join = new Button("Join", e -> {
            try {
                MyExercise joined = exercises.join(code.getValue());
                code.clear();
                Notifications.success("You joined “" + joined.title() + "”.");
                refresh();
            } catch (ExerciseValidationException ex) {
                Notifications.error(ex);
            }
        });
        join.setId("join-class");
        HorizontalLayout joining = new HorizontalLayout(code, join);
        joining.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setId("my-exercises");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(x -> InAppLink.to("exercises/" + x.exerciseId(), x.title()))
                .setHeader("Exercise")
                .setFlexGrow(3);
        grid.addColumn(MyExercise::projectName).setHeader("Project").setFlexGrow(2);
        grid.addColumn(x -> x.state().caption()).setHeader("State").setAutoWidth(true);
        grid.addColumn(x -> x.dueAt() == null ? "" : DateTimes.medium(x.dueAt(), getLocale()))
                .setHeader("Due")
                .setAutoWidth(true);
        grid.addColumn(x -> x.attemptsUsed() + " of " + x.attemptsAllowed())
                .setHeader("Attempts")
                .setAutoWidth(true);
        grid.addColumn(x -> Scores.percent(x.score())).setHeader("Score").setAutoWidth(true);
        Paragraph empty = new Paragraph("Exercises your instructors set appear here once you join with a class code.");
        empty.addClassName("muted");
        add(new H1("My exercises"), joining, grid, empty);
        refresh();
    }

    private void refresh() {
        grid.setItems(exercises.myExercises());
    }
}
