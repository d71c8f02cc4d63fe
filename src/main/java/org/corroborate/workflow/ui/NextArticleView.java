package org.corroborate.workflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.AssignmentMode;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.InAppLink;
import org.corroborate.workflow.AssignmentService;

/**
 * "Next article for me": takes the article the assignment rules choose for the user (their own unfinished work
 * first) and opens it in the editor; says so plainly when nothing is left. A link, so that the articles page and
 * the editor need not know the assignment service.
 */
@Route("projects/:projectId/next-article")
@PageTitle("Next article · Corroborate")
@PermitAll
class NextArticleView extends VerticalLayout implements BeforeEnterObserver {

    private final AssignmentService assignments;
    private final ProjectService projects;
    private final Paragraph message = new Paragraph();
    private final Anchor back = InAppLink.unset();

    NextArticleView(AssignmentService assignments, ProjectService projects) {
        this.assignments = assignments;
        this.projects = projects;
        message.setId("next-article-message");
        back.setText("← Articles");
        add(new H1("Next article for me"), message, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId =
                event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        ProjectSummary project = projects.get(projectId);
        back.setHref("projects/" + projectId + "/articles");
        Optional<Long> next;
        try {
            next = assignments.nextArticle(projectId);
        } catch (AccessRefusedException e) {
            message.setText(e.getMessage());
            return;
        }
        if (next.isPresent()) {
            event.forwardTo("projects/" + projectId + "/articles/" + next.get() + "/annotate");
            return;
        }
        message.setText(
                project.workflow().assignmentMode() == AssignmentMode.MANUAL
                        ? "Nothing left for you: you have finished or skipped every article a manager assigned to you."
                        : "Nothing left for you: every article has its "
                                + project.workflow().annotatorsPerArticle()
                                + " annotators, is curated, or you have already finished or skipped it.");
    }
}
