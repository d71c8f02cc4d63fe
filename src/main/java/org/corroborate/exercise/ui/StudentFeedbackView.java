package org.corroborate.exercise.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.corroborate.exercise.AttemptFeedback;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;

/** One student's scored attempt, for the exercise's instructors. */
@Route("projects/:projectId/exercises/:exerciseId/students/:username")
@PageTitle("Student feedback · Corroborate")
@PermitAll
class StudentFeedbackView extends VerticalLayout implements BeforeEnterObserver {

    private final ExerciseService exercises;

    StudentFeedbackView(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId =
                event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        long exerciseId =
                event.getRouteParameters().getLong("exerciseId").orElseThrow(NotFoundOrNotAllowedException::new);
        String username = event.getRouteParameters().get("username").orElseThrow(NotFoundOrNotAllowedException::new);
        String title = exercises.get(projectId, exerciseId).title();
        Optional<AttemptFeedback> feedback = exercises.feedbackOf(projectId, exerciseId, username);
        removeAll();
        add(new H1(title + ": " + username));
        if (feedback.isEmpty()) {
            add(new Paragraph(username + " has not started this exercise."));
        } else {
            AttemptFeedback f = feedback.get();
            add(new Paragraph(f.displayName() + ", attempt " + f.attemptNumber()
                    + (f.submittedAt() == null ? " (not submitted yet)" : "")));
            add(new FeedbackPanel(f, false));
        }
        add(InAppLink.to("projects/" + projectId + "/exercises/" + exerciseId, "Back to the class"));
    }
}
