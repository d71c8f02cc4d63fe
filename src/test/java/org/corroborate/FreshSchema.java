package org.corroborate;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** On PostgreSQL the test database outlives the test JVM: start every run from an empty schema, as H2 in memory does. */
@Configuration(proxyBeanMethods = false)
@Profile("test-postgres")
class FreshSchema {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
