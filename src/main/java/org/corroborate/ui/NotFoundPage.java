package org.corroborate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The one page for a URL that leads nowhere: missing, or not allowed. Both look the same, so a URL tells
 * nothing about what exists.
 */
abstract class NotFoundPage extends VerticalLayout {

    NotFoundPage() {
        setId("not-found-or-not-allowed");
        add(new H2("Not found or not allowed"),
                new Paragraph("This page does not exist, or you are not allowed to see it."),
                InAppLink.to("projects", "Back to your projects"));
    }
}
