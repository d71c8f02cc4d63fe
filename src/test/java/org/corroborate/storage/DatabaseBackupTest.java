package org.corroborate.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseBackupTest {

    @TempDir
    Path temp;

    private static String url(DataFolder folder) {
        return "jdbc:h2:file:" + folder.root().resolve("corroborate") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    @Test
    void a_backup_taken_while_the_database_is_open_restores_into_an_empty_folder_with_its_password() throws Exception {
        DataFolder live = new DataFolder(temp.resolve("live")).secure();
        String password = EmbeddedDatabase.password(live, url(live), "sa", "");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url(live));
        dataSource.setUser("sa");
        dataSource.setPassword(password);
        Path backup = temp.resolve("backup.zip");
        try (Connection open = dataSource.getConnection()) { // the server's connection stays open throughout
            open.createStatement().execute("create table saved (n int)");
            open.createStatement().execute("insert into saved values (1), (2), (3)");
            long bytes = DatabaseBackup.backup(dataSource, url(live), live, backup);
            assertThat(bytes).isPositive();
            open.createStatement().execute("insert into saved values (4)"); // after the backup: not in it
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                .isEqualTo("rw-------");
        assertThat(temp.resolve("backup.zip.partial")).doesNotExist();

        DataFolder restored = new DataFolder(temp.resolve("restored"));
        DatabaseBackup.restore(backup, restored);

        String restoredPassword = Files.readString(restored.root().resolve(EmbeddedDatabase.PASSWORD_FILE));
        assertThat(restoredPassword).isEqualTo(password);
        try (Connection c = DriverManager.getConnection(url(restored), "sa", restoredPassword);
                ResultSet rs = c.createStatement().executeQuery("select count(*) from saved")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
        }
    }

    @Test
    void a_backup_named_by_a_bare_file_name_is_written_in_the_working_folder() throws Exception {
        DataFolder live = new DataFolder(temp.resolve("bare")).secure();
        String password = EmbeddedDatabase.password(live, url(live), "sa", "");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url(live));
        dataSource.setUser("sa");
        dataSource.setPassword(password);
        Path bare = Path.of("backup-test-" + System.nanoTime() + ".zip"); // no parent folder, as "--out b.zip"
        try {
            assertThat(DatabaseBackup.backup(dataSource, url(live), live, bare)).isPositive();
            assertThat(bare.toAbsolutePath()).isRegularFile();
        } finally {
            Files.deleteIfExists(bare);
        }
    }

    @Test
    void restoring_over_a_folder_that_has_a_database_is_refused_and_changes_nothing() throws Exception {
        DataFolder live = new DataFolder(temp.resolve("live")).secure();
        try (Connection c = DriverManager.getConnection(url(live), "sa", "")) {
            c.createStatement().execute("create table mine (n int)");
        }
        long before = Files.size(live.root().resolve(DatabaseBackup.DATABASE_ENTRY));
        Path backup = temp.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            zip.putNextEntry(new ZipEntry(DatabaseBackup.DATABASE_ENTRY));
            zip.write(new byte[] {1, 2, 3});
        }

        assertThatThrownBy(() -> DatabaseBackup.restore(backup, live)).hasMessageContaining("already has a database");
        assertThat(Files.size(live.root().resolve(DatabaseBackup.DATABASE_ENTRY)))
                .isEqualTo(before);
    }

    @Test
    void a_zip_that_is_not_a_backup_is_refused_before_anything_is_written_outside_its_names() throws Exception {
        Path hostile = temp.resolve("hostile.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hostile))) {
            zip.putNextEntry(new ZipEntry("../escape.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        DataFolder empty = new DataFolder(temp.resolve("empty"));

        assertThatThrownBy(() -> DatabaseBackup.restore(hostile, empty))
                .hasMessageContaining("not a Corroborate backup");
        assertThat(temp.resolve("escape.txt")).doesNotExist();
    }

    @Test
    void a_postgresql_server_is_told_to_use_its_own_tools() {
        assertThatThrownBy(() -> DatabaseBackup.backup(
                        new JdbcDataSource(),
                        "jdbc:postgresql://localhost/c",
                        new DataFolder(temp),
                        temp.resolve("x.zip")))
                .hasMessageContaining("pg_dump");
    }
}
