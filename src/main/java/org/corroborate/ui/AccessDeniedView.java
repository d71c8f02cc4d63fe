package org.corroborate.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** A service's {@code @PreAuthorize} refusing while a view opens gets the same page, not Vaadin's error page. */
@PermitAll
class AccessDeniedView extends NotFoundPage implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView(ProjectMenuAccess menuAccess) {
        super(menuAccess);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        showWayBack(event);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
