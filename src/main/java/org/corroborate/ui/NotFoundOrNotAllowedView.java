package org.corroborate.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.corroborate.security.NotFoundOrNotAllowedException;

/** Shown when a service refuses a project or article the user may not see (or that does not exist). */
@PermitAll
class NotFoundOrNotAllowedView extends NotFoundPage implements HasErrorParameter<NotFoundOrNotAllowedException> {

    NotFoundOrNotAllowedView(ProjectMenuAccess menuAccess) {
        super(menuAccess);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundOrNotAllowedException> parameter) {
        showWayBack(event);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
