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
import org.corroborate.exercise.AttemptDocument;
import org.corroborate.exercise.AttemptFeedback;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;

/** A student's own feedback on an exercise, when its rule releases it. */
@Route("exercises/:exerciseId/feedback")
@PageTitle("Feedback · Corroborate")
@PermitAll
class MyFeedbackView extends VerticalLayout implements BeforeEnterObserver {

    private final ExerciseService exercises;

    MyFeedbackView(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long exerciseId = event.getRouteParameters().getLong("exerciseId")
                .orElseThrow(NotFoundOrNotAllowedException::new);
        AttemptDocument doc = exercises.attempt(exerciseId);
        removeAll();
        add(new H1("Feedback: " + doc.title()));
        Optional<AttemptFeedback> feedback = exercises.myFeedback(exerciseId);
        if (feedback.isEmpty()) {
            Paragraph none = new Paragraph("Feedback is shown " + switch (doc.feedback()) {
                case AT_ONCE -> "as soon as you start.";
                case AFTER_SUBMIT -> "after you submit.";
                case AFTER_DUE -> "after the due date.";
            });
            none.setId("feedback-not-yet");
            add(none);
        } else {
            add(new FeedbackPanel(feedback.get()));
        }
        add(InAppLink.to("exercises/" + exerciseId, "Back to the exercise"));
    }
}
