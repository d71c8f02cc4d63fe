package org.corroborate.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Unknown URLs, and views the user's role does not open, get the same page. */
@PermitAll
class RouteNotFoundView extends NotFoundPage implements HasErrorParameter<NotFoundException> {

    RouteNotFoundView(ProjectMenuAccess menuAccess) {
        super(menuAccess);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        showWayBack(event);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
