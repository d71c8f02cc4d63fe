package org.corroborate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.corroborate.live.TeamEvent;
import org.corroborate.live.TeamEvents;
import org.corroborate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Hands a project's {@link TeamEvent}s to an open view while it is attached, through Vaadin Push. The view's
 * handler runs in {@link UI#access} on a thread of its own (never inside the transaction that published the event),
 * signed in as the view's own user, so the services it calls check that user's rights. A user's own changes are
 * not echoed back to them: the view that made a change already shows it.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    private final TeamEvents events;
    private final CurrentUser currentUser;

    LiveUpdates(TeamEvents events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    /**
     * While {@code view} is attached, runs {@code handler} for every event of the project {@code projectId} names
     * (read when an event arrives, so a view that changes project keeps up) that someone else caused.
     */
    public Registration follow(Component view, LongSupplier projectId, Consumer<TeamEvent> handler) {
        @Nullable Runnable[] unsubscribe = {null};
        Registration onAttach = view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            String me = currentUser.username().orElse("");
            if (unsubscribe[0] != null) {
                unsubscribe[0].run();
            }
            unsubscribe[0] = events.subscribe(event -> {
                if (event.projectId() == projectId.getAsLong() && !event.actor().equals(me)) {
                    Thread.ofVirtual().name("live-update").start(() -> deliver(ui, event, handler));
                }
            });
        });
        Registration onDetach = view.addDetachListener(detach -> {
            if (unsubscribe[0] != null) {
                unsubscribe[0].run();
                unsubscribe[0] = null;
            }
        });
        return () -> {
            onAttach.remove();
            onDetach.remove();
            if (unsubscribe[0] != null) {
                unsubscribe[0].run();
            }
        };
    }

    private static void deliver(UI ui, TeamEvent event, Consumer<TeamEvent> handler) {
        try {
            // Nothing to wait for: the command logs its own failure, and a closed UI throws right here.
            Future<Void> unused = ui.access(() -> {
                SecurityContext previous = SecurityContextHolder.getContext();
                SecurityContext viewer = securityContextOf(ui.getSession());
                if (viewer != null) {
                    SecurityContextHolder.setContext(viewer);
                }
                try {
                    handler.accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("A view failed to show {}", event.kind(), e);
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            });
        } catch (UIDetachedException e) {
            // closed meanwhile: nobody to tell
        }
    }

    private static @Nullable SecurityContext securityContextOf(VaadinSession session) {
        WrappedSession http = session.getSession();
        Object stored = http == null
                ? null
                : http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored instanceof SecurityContext context ? context : null;
    }
}
