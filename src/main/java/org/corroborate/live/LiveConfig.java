package org.corroborate.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL, team events go between the nodes through the database (docs/adr/0018-live-updates-across-nodes.md). */
@Configuration(proxyBeanMethods = false)
class LiveConfig {

    @Bean(destroyMethod = "stop")
    @ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
    PostgresNotifications postgresNotifications(
            JdbcTemplate jdbc, DataSourceProperties dataSource, ApplicationEventPublisher publisher) {
        return new PostgresNotifications(
                jdbc,
                dataSource.determineUrl(),
                dataSource.determineUsername(),
                dataSource.determinePassword(),
                event -> publisher.publishEvent(new TeamEvents.Heard(event)));
    }
}
