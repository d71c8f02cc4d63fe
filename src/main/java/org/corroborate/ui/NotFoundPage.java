package org.corroborate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import java.util.OptionalLong;
import java.util.regex.Matcher;

/**
 * The one page for a URL that leads nowhere: missing, or not allowed. Both look the same, so a URL tells
 * nothing about what exists. It keeps the app's menu, and leads back to the user's projects and, inside a project
 * they belong to, to that project's articles. Features add an error view of their own by extending it.
 */
@ParentLayout(MainLayout.class)
public abstract class NotFoundPage extends VerticalLayout implements HasDynamicTitle {

    private final ProjectMenuAccess menuAccess;
    private final Anchor toProject = InAppLink.unset();

    protected NotFoundPage(ProjectMenuAccess menuAccess) {
        this.menuAccess = menuAccess;
        setId("not-found-or-not-allowed");
        toProject.setId("back-to-project");
        toProject.setText("Back to this project's articles");
        toProject.setVisible(false);
        Anchor toProjects = InAppLink.to("projects", "Back to your projects");
        toProjects.setId("back-to-projects");
        add(
                new H1("Not found or not allowed"),
                new Paragraph("This page does not exist, or you are not allowed to see it."),
                toProject,
                toProjects);
    }

    /** The same title whatever the URL named, so the tab tells nothing about what exists either. */
    @Override
    public String getPageTitle() {
        return "Not found or not allowed · Corroborate";
    }

    /** Offers the way back into the project the URL names, when the user may see that project. */
    protected void showWayBack(BeforeEnterEvent event) {
        OptionalLong project = projectOf(event.getLocation().getPath());
        boolean team = project.isPresent() && menuAccess.canView(project.getAsLong());
        boolean teaches = !team && project.isPresent() && menuAccess.canTeach(project.getAsLong());
        toProject.setVisible(team || teaches);
        if (team) {
            toProject.setText("Back to this project's articles");
            toProject.setHref("projects/" + project.getAsLong() + "/articles");
        } else if (teaches) {
            toProject.setText("Back to this project's exercises");
            toProject.setHref("projects/" + project.getAsLong() + "/exercises");
        }
    }

    static OptionalLong projectOf(String path) {
        Matcher m = MainLayout.PROJECT_PATH.matcher(path);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
