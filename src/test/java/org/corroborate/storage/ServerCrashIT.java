package org.corroborate.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corroborate.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the whole server in the middle of an annotation burst: every save it had confirmed is in the database
 * afterwards. On H2 (the data folder's file database, as shipped) and, in the suite's PostgreSQL pass, on
 * PostgreSQL (a schema of its own, so the suite's data is left alone).
 */
class ServerCrashIT {

    private static final int KILL_AFTER = 60;
    private static final int KILL_AFTER_IMPORTS = 15;

    @TempDir
    Path temp;

    @Test
    void every_confirmed_save_survives_a_kill_9_of_the_server() throws Exception {
        List<Long> confirmed = runAndKill("-Dcrash.imports=false", "saved ", KILL_AFTER);
        try (Connection db = database();
                PreparedStatement find = db.prepareStatement("select count(*) from annotation where id = ?")) {
            List<Long> lost = new ArrayList<>();
            for (long id : confirmed) {
                find.setLong(1, id);
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != 1) {
                        lost.add(id);
                    }
                }
            }
            assertThat(lost)
                    .as("confirmed saves missing after the crash, of %d", confirmed.size())
                    .isEmpty();
        }
    }

    /** Uploads of three files each: every confirmed upload is there whole, and no upload is there in part. */
    @Test
    void a_kill_9_during_imports_leaves_each_upload_whole_or_absent() throws Exception {
        List<Long> confirmed = runAndKill("-Dcrash.imports=true", "imported ", KILL_AFTER_IMPORTS);
        java.util.Map<Long, Integer> filesOf = new java.util.HashMap<>();
        try (Connection db = database();
                ResultSet rs = db.createStatement()
                        .executeQuery(
                                "select source_name, cleaned_text from article where source_name like 'batch-%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                long batch = Long.parseLong(name.substring("batch-".length(), name.indexOf('-', "batch-".length())));
                assertThat(rs.getString(2)).as(name).contains("The ministry said on day " + batch);
                filesOf.merge(batch, 1, Integer::sum);
            }
        }
        assertThat(filesOf.values())
                .as("files stored per upload: all three or none")
                .containsOnly(3);
        assertThat(filesOf.keySet()).as("every confirmed upload").containsAll(confirmed);
        assertThat(filesOf.size())
                .as("at most the one upload in flight beyond those confirmed")
                .isLessThanOrEqualTo(confirmed.size() + 1);
    }

    /** Exports again and again: after the kill, every .xlsx under its final name is a whole workbook. */
    @Test
    void a_kill_9_during_an_export_leaves_no_file_that_looks_finished_but_is_not() throws Exception {
        Path exports = Files.createDirectories(temp.resolve("exports"));
        List<Long> confirmed = runAndKill("-Dcrash.exports=" + exports, "exported ", 3);
        List<String> broken = new ArrayList<>();
        int whole = 0;
        try (var files = Files.list(exports)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                    if (zip.getEntry("xl/workbook.xml") == null) {
                        broken.add(file.getFileName() + ": no workbook");
                    } else {
                        whole++;
                    }
                } catch (java.io.IOException e) {
                    broken.add(file.getFileName() + ": " + e.getMessage());
                }
            }
        }
        try (var files = Files.list(exports)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("the kill hit an export while it was writing")
                    .anyMatch(name -> name.endsWith(".xlsx.part"));
        }
        assertThat(broken).as("files named like finished exports that are not").isEmpty();
        assertThat(whole).as("every confirmed export").isGreaterThanOrEqualTo(confirmed.size());
    }

    private Connection database() throws Exception {
        return TestDatabase.postgres()
                ? DriverManager.getConnection(pgUrl() + "?currentSchema=crash_test", pgUser(), pgPassword())
                : DriverManager.getConnection(
                        "jdbc:h2:file:" + temp.resolve("data").resolve("corroborate"),
                        "sa",
                        Files.readString(temp.resolve("data").resolve(EmbeddedDatabase.PASSWORD_FILE)));
    }

    /** Starts the server in a child JVM, reads what it confirms, kills it (SIGKILL) after KILL_AFTER of them. */
    private List<Long> runAndKill(String mode, String prefix, int killAfter) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0", "--corroborate.data-dir=" + temp.resolve("data"), "--logging.level.root=warn"));
        if (TestDatabase.postgres()) {
            args.addAll(List.of(
                    "--spring.datasource.url=" + pgUrl() + "?currentSchema=crash_test",
                    "--spring.datasource.username=" + pgUser(),
                    "--spring.datasource.password=" + pgPassword(),
                    "--spring.flyway.schemas=crash_test"));
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                mode,
                "-cp",
                System.getProperty("java.class.path"),
                CrashingServer.class.getName()));
        command.addAll(args);
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Long> confirmed = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(prefix)) {
                    confirmed.add(Long.parseLong(line.substring(prefix.length())));
                    if (confirmed.size() >= killAfter && !prefix.equals("exported ")) {
                        server.destroyForcibly(); // SIGKILL in the middle of the burst: no shutdown, no close
                        break;
                    }
                } else if (line.startsWith("writing ") && confirmed.size() >= killAfter) {
                    server.destroyForcibly(); // SIGKILL while the next export's file is being written
                    break;
                } else if (log.length() < 20_000) {
                    log.append(line).append('\n');
                }
            }
        } finally {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(confirmed)
                .as("what the server confirmed before the kill; its output:\n%s", log)
                .hasSizeGreaterThanOrEqualTo(killAfter);
        return confirmed;
    }

    private static String pgUrl() {
        return System.getenv()
                .getOrDefault("CORROBORATE_TEST_PG_URL", "jdbc:postgresql://localhost:5432/corroborate_test");
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("CORROBORATE_TEST_PG_USER", "corroborate_test");
    }

    private static String pgPassword() {
        return System.getenv().getOrDefault("CORROBORATE_TEST_PG_PASSWORD", "corroborate_test");
    }
}
