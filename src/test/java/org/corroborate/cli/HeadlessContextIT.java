package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.corroborate.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands' own Spring context, as {@code java -jar … COMMAND} starts it (no web server, no Vaadin, no metrics,
 * lazy beans), on a fresh H2 file database: it starts, migrates, imports and exports. The other command tests run
 * the commands inside the web app's test context, which would not notice a bean that needs the web.
 */
class HeadlessContextIT {

    @TempDir
    Path dir;

    @BeforeEach
    void freshDataFolder() {
        System.setProperty("corroborate.data-dir", dir.resolve("data").toString());
        System.setProperty("corroborate.demo.enabled", "false");
    }

    @AfterEach
    void forgetDataFolder() {
        System.clearProperty("corroborate.data-dir");
        System.clearProperty("corroborate.demo.enabled");
    }

    @Test
    void import_then_export_run_in_the_commands_own_context() {
        Run imported = run("import", "--project", "Headless", "--create", "fixtures/articles/000_828551de5c653e7c.txt");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Created project 'Headless'.", "1 article imported.");

        Path jsonl = dir.resolve("headless-jsonl");
        Run exported =
                run("export", "--project", "Headless", "--format", "jsonl", "--unfinished", "--out", jsonl.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(jsonl.resolve("data.jsonl")).isNotEmptyFile();
        assertThat(jsonl.resolve("dataset_info.json")).exists();
        assertThat(jsonl.resolve("README.md")).exists();
    }

    @Test
    void every_command_that_needs_the_database_runs_in_the_commands_own_context() {
        assertThat(run(
                                "import",
                                "--project",
                                "Several",
                                "--create",
                                "fixtures/articles/000_828551de5c653e7c.txt",
                                "fixtures/articles/001_fcb9d55784e1e080.txt")
                        .code())
                .isZero();
        Run added = run("users", "add", "alice", "--name", "Alice A.");
        assertThat(added.code()).as(added.err()).isZero();
        Run listed = run("users", "list");
        assertThat(listed.out()).contains("alice");
        Run token = run("tokens", "create", "alice", "--name", "pipeline");
        assertThat(token.code()).as(token.err()).isZero();
        Run reconciled = run("reconcile", "--project", "Several");
        assertThat(reconciled.code()).as(reconciled.err()).isZero();
        assertThat(reconciled.out()).startsWith("{\"stories\"");
        Run analytics = run("analytics", "--project", "Several", "--format", "json");
        assertThat(analytics.code()).as(analytics.err()).isZero();
        Run backup = run("backup", "--out", dir.resolve("backup.zip").toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(dir.resolve("backup.zip")).isNotEmptyFile();
    }

    @Test
    void a_command_on_a_fresh_data_folder_loads_no_demo_and_makes_no_first_admin() {
        System.setProperty("corroborate.demo.enabled", "true");
        Run imported = run("import", "--project", "Mine", "--create", "fixtures/articles/000_828551de5c653e7c.txt");
        assertThat(imported.code()).as(imported.err()).isZero();
        Run listed = run("users", "list");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).doesNotContain("annotator", "admin");
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(
                Application.class,
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
