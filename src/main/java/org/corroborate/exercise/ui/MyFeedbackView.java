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
import org.corroborate.live.TeamEvent;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.LiveUpdates;

/**
 * A student's own feedback on an exercise, when its rule releases it. When a curator changes the gold of one of the
 * exercise's articles while the page is open, the feedback is recomputed and shown again at once (Push), with the
 * notice of the old and the new score.
 */
@Route("exercises/:exerciseId/feedback")
@PageTitle("Feedback · Corroborate")
@PermitAll
class MyFeedbackView extends VerticalLayout implements BeforeEnterObserver {

    private final ExerciseService exercises;
    private long exerciseId;
    private long projectId;

    MyFeedbackView(ExerciseService exercises, LiveUpdates live) {
        this.exercises = exercises;
        live.follow(this, () -> projectId, event -> {
            if (event.kind() == TeamEvent.Kind.GOLD_CHANGED) {
                show();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        exerciseId = event.getRouteParameters().getLong("exerciseId").orElseThrow(NotFoundOrNotAllowedException::new);
        show();
    }

    private void show() {
        AttemptDocument doc = exercises.attempt(exerciseId);
        projectId = doc.projectId();
        removeAll();
        add(new H1("Feedback: " + doc.title()));
        Optional<AttemptFeedback> feedback = exercises.myFeedback(exerciseId);
        if (feedback.isEmpty()) {
            Paragraph none = new Paragraph("Feedback is shown "
                    + switch (doc.feedback()) {
                        case AT_ONCE -> "item by item while you work, and in full after you submit.";
                        case AFTER_SUBMIT -> "after you submit.";
                        case AFTER_DUE -> "after the due date.";
                    });
            none.setId("feedback-not-yet");
            add(none);
        } else {
            add(new FeedbackPanel(feedback.get(), true));
        }
        add(InAppLink.to("exercises/" + exerciseId, "Back to the exercise"));
    }
}
