package org.corroborate.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path temp;

    static String url(DataFolder folder) {
        return "jdbc:h2:file:" + folder.root().resolve("corroborate") + ";AUTO_SERVER=TRUE";
    }

    @Test
    void a_new_data_folder_gets_a_generated_password_that_only_its_owner_can_read() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("data")).secure();
        String password = EmbeddedDatabase.password(folder, url(folder), "sa", "");

        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        Path file = folder.root().resolve(EmbeddedDatabase.PASSWORD_FILE);
        assertThat(Files.readString(file)).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.root())))
                .isEqualTo("rwx------");
        assertThat(EmbeddedDatabase.password(folder, url(folder), "sa", ""))
                .as("kept, not generated again")
                .isEqualTo(password);
        try (Connection c = DriverManager.getConnection(url(folder), "sa", password)) {
            c.createStatement().execute("create table t (i int)");
        }
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url(folder), "sa", "").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void a_database_made_with_an_empty_password_gets_the_generated_one_and_keeps_its_data() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("old")).secure();
        try (Connection c = DriverManager.getConnection(url(folder), "sa", "")) {
            c.createStatement().execute("create table kept (i int)");
            c.createStatement().execute("insert into kept values (42)");
        }
        String password = EmbeddedDatabase.password(folder, url(folder), "sa", "");

        assertThatThrownBy(
                        () -> DriverManager.getConnection(url(folder), "sa", "").close())
                .isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url(folder), "sa", password);
                ResultSet rs = c.createStatement().executeQuery("select i from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void a_configured_password_is_used_as_given_and_nothing_is_generated() {
        DataFolder folder = new DataFolder(temp.resolve("given")).secure();
        assertThat(EmbeddedDatabase.password(folder, url(folder), "sa", "from-config"))
                .isEqualTo("from-config");
        assertThat(folder.root().resolve(EmbeddedDatabase.PASSWORD_FILE)).doesNotExist();
    }

    @Test
    void securing_the_folder_closes_files_made_with_the_default_umask() throws Exception {
        Path root = Files.createDirectories(temp.resolve("loose"));
        Path lock = Files.writeString(root.resolve("corroborate.lock.db"), "server=localhost:1234");
        Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));

        new DataFolder(root).secure();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lock)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root)))
                .isEqualTo("rwx------");
    }

    @Test
    void only_file_urls_are_hardened_and_a_chosen_write_delay_is_kept() {
        assertThat(EmbeddedDatabase.isFileUrl("jdbc:h2:file:./data/corroborate;AUTO_SERVER=TRUE"))
                .isTrue();
        assertThat(EmbeddedDatabase.isFileUrl("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
                .isFalse();
        assertThat(EmbeddedDatabase.isFileUrl("jdbc:postgresql://localhost/corroborate"))
                .isFalse();
        assertThat(EmbeddedDatabase.durableUrl("jdbc:h2:file:x;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:x;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        assertThat(EmbeddedDatabase.durableUrl("jdbc:h2:file:x;WRITE_DELAY=100"))
                .isEqualTo("jdbc:h2:file:x;WRITE_DELAY=100");
    }

    /**
     * A child JVM commits rows one by one and is killed (SIGKILL) right after it reported a commit: every
     * reported commit is there after the crash. While it runs, its auto-server answers on loopback only.
     */
    @Test
    void commits_survive_a_kill_9_and_the_auto_server_listens_on_loopback_only() throws Exception {
        Path data = temp.resolve("crash");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingWriter.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        int lastReported = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastReported = Integer.parseInt(line.substring("committed ".length()));
                    if (lastReported == 200) {
                        assertAutoServerOnLoopbackOnly(data);
                    }
                    if (lastReported >= 400) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(lastReported).as("the child reported commits").isGreaterThanOrEqualTo(400);

        DataFolder folder = new DataFolder(data);
        String password = Files.readString(data.resolve(EmbeddedDatabase.PASSWORD_FILE));
        try (Connection c = DriverManager.getConnection(url(folder), "sa", password);
                ResultSet rs = c.createStatement().executeQuery("select count(*), max(n) from saved")) {
            rs.next();
            assertThat(rs.getInt(2))
                    .as("the last commit reported before the kill")
                    .isGreaterThanOrEqualTo(lastReported);
            assertThat(rs.getInt(1)).isEqualTo(rs.getInt(2));
        }
    }

    private static void assertAutoServerOnLoopbackOnly(Path data) throws Exception {
        Properties lock = new Properties();
        try (var in = Files.newInputStream(data.resolve("corroborate.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        assertThat(server).as("the auto-server is running").isNotNull();
        int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        }
        // Which address the listening socket is bound to, as the kernel reports it (no traffic to other hosts).
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path proc = Path.of(table);
            if (!Files.isReadable(proc)) {
                continue;
            }
            for (String row : Files.readAllLines(proc)) {
                String[] cols = row.trim().split("\\s+");
                if (cols.length > 3 && cols[1].contains(":") && cols[3].equals("0A")) { // 0A = LISTEN
                    String[] local = cols[1].split(":");
                    if (Integer.parseInt(local[1], 16) == port) {
                        assertThat(local[0])
                                .as("bound address in " + table)
                                .isIn("0100007F", "0000000000000000FFFF00000100007F");
                    }
                }
            }
        }
    }
}
