package org.corroborate.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import org.springframework.transaction.CannotCreateTransactionException;

/** No connection for a new transaction (the pool waited its timeout): the database is away. */
@PermitAll
class DatabaseUnreachableView extends DatabaseUnavailablePage
        implements HasErrorParameter<CannotCreateTransactionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        return unavailable(event);
    }
}
