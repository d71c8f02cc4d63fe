package org.corroborate.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address with a malformed id ({@code /projects/abc/articles}) is an address that does not exist: the same page,
 * never a stack trace.
 */
@PermitAll
class MalformedAddressView extends NotFoundPage implements HasErrorParameter<NumberFormatException> {

    MalformedAddressView(ProjectMenuAccess menuAccess) {
        super(menuAccess);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
        showWayBack(event);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
