package org.corroborate.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The in-process broadcaster: services {@link #publish} inside their transaction, subscribers hear the event only
 * once it committed (so nobody is told about a change that was rolled back). Subscribers must be quick and must
 * not throw; Vaadin views hand the event to their UI with {@code UI.access}.
 */
@Component
public class TeamEvents {

    private static final Logger LOG = LoggerFactory.getLogger(TeamEvents.class);

    private final ApplicationEventPublisher publisher;
    private final List<Consumer<TeamEvent>> subscribers = new CopyOnWriteArrayList<>();

    TeamEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    public void publish(TeamEvent event) {
        publisher.publishEvent(event);
    }

    /** Starts delivering events; run the returned action to stop. */
    public Runnable subscribe(Consumer<TeamEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
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
