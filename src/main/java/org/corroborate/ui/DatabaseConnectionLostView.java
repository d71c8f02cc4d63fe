package org.corroborate.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import org.springframework.dao.DataAccessResourceFailureException;

/** A connection broke during a query (the database went away mid-request). */
@PermitAll
class DatabaseConnectionLostView extends DatabaseUnavailablePage
        implements HasErrorParameter<DataAccessResourceFailureException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        return unavailable(event);
    }
}
