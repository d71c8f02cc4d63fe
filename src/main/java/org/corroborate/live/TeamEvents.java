package org.corroborate.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The broadcaster: services {@link #publish} inside their transaction, subscribers hear the event only once it
 * committed (so nobody is told about a change that was rolled back). On one node (H2) the event travels in the
 * process; on PostgreSQL it travels through the database ({@link PostgresNotifications}), so the subscribers of
 * every node sharing the database hear it. Subscribers must be quick and must not throw; Vaadin views hand the
 * event to their UI with {@code UI.access}.
 */
@Component
public class TeamEvents {

    private static final Logger LOG = LoggerFactory.getLogger(TeamEvents.class);

    /** An event another node (or this one) sent through the database. */
    record Heard(TeamEvent event) {}

    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<PostgresNotifications> acrossNodes;
    private final List<Consumer<TeamEvent>> subscribers = new CopyOnWriteArrayList<>();

    TeamEvents(ApplicationEventPublisher publisher, ObjectProvider<PostgresNotifications> acrossNodes) {
        this.publisher = publisher;
        this.acrossNodes = acrossNodes;
    }

    public void publish(TeamEvent event) {
        PostgresNotifications notifications = acrossNodes.getIfAvailable();
        if (notifications != null) {
            notifications.send(event);
        } else {
            publisher.publishEvent(event);
        }
    }

    /** Starts delivering events; run the returned action to stop. */
    public Runnable subscribe(Consumer<TeamEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @EventListener
    void heard(Heard heard) {
        deliver(heard.event());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void deliver(TeamEvent event) {
        for (Consumer<TeamEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A subscriber failed on {}", event.kind(), e);
            }
        }
    }
}
