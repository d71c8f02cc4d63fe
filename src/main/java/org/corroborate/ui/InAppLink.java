package org.corroborate.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links between the application's own views. They carry the {@code router-link} attribute (what Vaadin's
 * {@code RouterLink} sets), so the router shows the view in place instead of reloading the whole application;
 * views link by path because they are package-private to their feature. Ctrl-click still opens a new tab.
 */
public final class InAppLink {

    private InAppLink() {}

    /** A link to {@code path} (relative to the application, e.g. "projects/3/stories"). */
    public static Anchor to(String path, String text) {
        return inApp(new Anchor(path, text));
    }

    /** A link whose target is set later with {@link Anchor#setHref(String)}. */
    public static Anchor unset() {
        return inApp(new Anchor());
    }

    private static Anchor inApp(Anchor anchor) {
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
