package org.corroborate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.corroborate.storage.DatabaseUnavailable;

/**
 * Shown (HTTP 503) while the database cannot be reached: a clear sentence instead of a stack trace. It stands
 * without the app's layout, whose menu would need the database itself. The pool keeps trying, so the same page
 * works again once the database is back, without a restart.
 */
abstract class DatabaseUnavailablePage extends Main {

    static final int STATUS = HttpServletResponse.SC_SERVICE_UNAVAILABLE;

    private final Anchor retry = new Anchor("", "Try again");

    DatabaseUnavailablePage() {
        setId("database-unavailable");
        getStyle().set("padding", "var(--lumo-space-l)");
        retry.setId("try-again");
        add(new H1(DatabaseUnavailable.TITLE), new Paragraph(DatabaseUnavailable.MESSAGE), retry);
    }

    /** "Try again" leads to the page that failed. */
    int unavailable(BeforeEnterEvent event) {
        retry.setHref(event.getLocation().getPathWithQueryParameters());
        return STATUS;
    }
}
