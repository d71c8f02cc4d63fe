package org.corroborate.project.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.ui.NotFoundPage;
import org.corroborate.ui.ProjectMenuAccess;

/**
 * A page a member's role does not open (a service refused with {@link AccessRefusedException} while the view was
 * being entered) gets the app's one not-found-or-not-allowed page, with the menu, instead of Vaadin's error page
 * with the raw message.
 */
@PermitAll
class AccessRefusedView extends NotFoundPage implements HasErrorParameter<AccessRefusedException> {

    AccessRefusedView(ProjectMenuAccess menuAccess) {
        super(menuAccess);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefusedException> parameter) {
        showWayBack(event);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
