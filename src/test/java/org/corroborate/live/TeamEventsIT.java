package org.corroborate.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.Eventually;
import org.corroborate.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Team events reach subscribers only once their transaction commits; on PostgreSQL they also reach another node
 * that shares the database (here a second listener of its own, as a second app node has).
 */
@CorroborateIntegrationTest
class TeamEventsIT {

    @Autowired
    TeamEvents events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSourceProperties dataSource;

    private static TeamEvent event(String message) {
        return new TeamEvent(4242, 7L, TeamEvent.Kind.SET_FINISHED, "annotator", message, "source:1-5");
    }

    @Test
    void a_committed_event_reaches_this_nodes_subscribers_and_a_rolled_back_one_does_not() throws Exception {
        BlockingQueue<TeamEvent> heard = new LinkedBlockingQueue<>();
        Runnable unsubscribe = events.subscribe(e -> {
            if (e.projectId() == 4242) {
                heard.add(e);
            }
        });
        try {
            transactions.executeWithoutResult(status -> {
                events.publish(event("rolled back | with “quotes”"));
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> events.publish(event("finished | with “quotes”")));

            TeamEvent first = heard.poll(10, TimeUnit.SECONDS);
            assertThat(first).isEqualTo(event("finished | with “quotes”"));
            assertThat(heard.poll(1, TimeUnit.SECONDS))
                    .as("nothing more: a wait for an absence has to be fixed")
                    .isNull();
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void on_postgresql_another_node_hears_what_commits_here() throws Exception {
        assumeTrue(TestDatabase.postgres(), "runs in the suite's PostgreSQL pass; on H2 there is one node");
        BlockingQueue<TeamEvent> nodeB = new LinkedBlockingQueue<>();
        PostgresNotifications other = new PostgresNotifications(
                jdbc,
                dataSource.determineUrl(),
                Objects.requireNonNull(dataSource.determineUsername(), "the PostgreSQL pass signs in"),
                Objects.requireNonNull(dataSource.determinePassword(), "the PostgreSQL pass signs in"),
                nodeB::add);
        try {
            Eventually.until(Duration.ofSeconds(10), other::listening, "node B's own connection listens");
            transactions.executeWithoutResult(status -> {
                events.publish(event("not this one"));
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> events.publish(event("curator on node B sees this")));

            assertThat(nodeB.poll(10, TimeUnit.SECONDS)).isEqualTo(event("curator on node B sees this"));
            assertThat(nodeB.poll(1, TimeUnit.SECONDS))
                    .as("nothing more: a wait for an absence has to be fixed")
                    .isNull();
        } finally {
            other.stop();
        }
    }
}
