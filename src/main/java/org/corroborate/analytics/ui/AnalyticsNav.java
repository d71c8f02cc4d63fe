package org.corroborate.analytics.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import org.corroborate.ui.InAppLink;

/** Links between the analytics pages, keeping the counts choice. */
class AnalyticsNav extends Composite<Nav> {

    AnalyticsNav() {
        getContent().getElement().setAttribute("aria-label", "Analytics pages");
        getContent().getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
    }

    void show(long projectId, String query) {
        getContent().removeAll();
        String base = "projects/" + projectId + "/analytics";
        Anchor articles = InAppLink.to(base + query, "Articles");
        Anchor outlets = InAppLink.to(base + "/outlets" + query, "Outlets");
        Anchor sources = InAppLink.to(base + "/sources" + query, "Sources");
        getContent().add(articles, outlets, sources);
    }
}
