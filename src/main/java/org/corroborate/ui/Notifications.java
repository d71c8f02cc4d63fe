package org.corroborate.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's two kinds of toast: a success, and an error that stays until it is read. */
public final class Notifications {

    private Notifications() {}

    public static void success(String message) {
        Notification n = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 12000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** An error toast for a refused action: the exception's message, or a generic text when it has none. */
    public static void error(Throwable failure) {
        String message = failure.getMessage();
        error(message == null || message.isBlank() ? "That did not work. Please try again." : message);
    }

    /** News from a teammate (Vaadin Push): what changed, and that the page shows it now. */
    public static void teamNews(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_END);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        n.addClassName("team-news");
    }

    /** For a change refused because someone else changed the same thing first. */
    public static void concurrentChange() {
        error("Someone else changed this meanwhile. Your change was not saved: reload to see theirs, then try again.");
    }
}
