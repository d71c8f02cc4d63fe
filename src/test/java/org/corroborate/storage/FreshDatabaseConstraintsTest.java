package org.corroborate.storage;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a database created by this process (the first start of an install, and every test run), the check constraints
 * were built by the connection that ran the migrations. H2 2.4.240 kept that connection inside an "in (...)" check,
 * so once the pool retired it (Hikari's 30-minute lifetime) every insert into such a table failed with "Check
 * constraint invalid" until a restart. This is the same sequence with the real migrations: migrate, let the
 * migrating connection go, insert through another.
 */
class FreshDatabaseConstraintsTest {

    @TempDir
    Path temp;

    @Test
    void check_constraints_hold_after_the_migrating_connection_is_closed() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + temp.resolve("fresh") + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        try (Connection server = dataSource.getConnection()) { // the pool's other connection, open throughout
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            // Flyway has closed the connection it migrated with
            server.createStatement()
                    .execute(
                            "insert into project (name, description, created_at, version) values ('Fresh', '', current_timestamp, 0)");
            assertThatCode(() -> insertSource(server, "PERSON")).doesNotThrowAnyException();
            assertThatThrownBy(() -> insertSource(server, "ALIEN"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Check constraint violation");
        }
    }

    private static void insertSource(Connection connection, String kind) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into canonical_source (project_id, name, name_key, kind, note, created_at, created_by, version)
                values ((select max(id) from project), ?, ?, ?, '', current_timestamp, 'test', 0)""")) {
            insert.setString(1, "Someone " + kind);
            insert.setString(2, "someone " + kind.toLowerCase(java.util.Locale.ROOT));
            insert.setString(3, kind);
            insert.executeUpdate();
        }
    }
}
