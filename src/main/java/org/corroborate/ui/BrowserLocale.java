package org.corroborate.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Each user's session (and so each UI and component: {@code getLocale()}) speaks the browser's language for
 * dates and numbers. Without an I18NProvider Vaadin would give every session the server's locale.
 */
@Component
class BrowserLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(
                        init -> init.getSession().setLocale(init.getRequest().getLocale()));
    }
}
