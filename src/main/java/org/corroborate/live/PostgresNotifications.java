package org.corroborate.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Team events between the app nodes that share one PostgreSQL database, through the database's own
 * {@code LISTEN/NOTIFY}: no broker to run. {@link #send} notifies inside the caller's transaction, so PostgreSQL
 * delivers only what commits; every node (the sender too) listens on a connection of its own, reconnecting after
 * the database went away, and hands what it hears to {@link TeamEvents}.
 */
public final class PostgresNotifications {

    static final String CHANNEL = "corroborate_team_events";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotifications.class);

    private final JdbcTemplate jdbc;
    private final String url;
    private final @Nullable String user; // none when the URL carries the credentials
    private final @Nullable String password;
    private final Thread listener;
    private volatile boolean running = true;
    private volatile boolean listening;

    PostgresNotifications(
            JdbcTemplate jdbc,
            String url,
            @Nullable String user,
            @Nullable String password,
            Consumer<TeamEvent> receiver) {
        this.jdbc = jdbc;
        this.url = url;
        this.user = user;
        this.password = password;
        this.listener =
                Thread.ofPlatform().daemon().name("team-events-listener").unstarted(() -> listen(receiver));
        this.listener.start();
    }

    /** In the caller's transaction (if any): delivered to every node when, and only if, it commits. */
    void send(TeamEvent event) {
        jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, TeamEventCodec.encode(event));
    }

    /** Whether the listening connection is up (for tests and health). */
    boolean listening() {
        return listening;
    }

    private void listen(Consumer<TeamEvent> receiver) {
        long backoff = 500;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                backoff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification @Nullable [] notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        deliver(receiver, notification.getParameter());
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    LOG.warn("Live updates between nodes paused ({}); reconnecting", e.getMessage());
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            }
        }
        listening = false;
    }

    private static void deliver(Consumer<TeamEvent> receiver, String payload) {
        try {
            receiver.accept(TeamEventCodec.decode(payload));
        } catch (RuntimeException e) {
            LOG.warn("A team event could not be delivered: {}", payload, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        running = false;
        listener.interrupt();
    }
}
