package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.user.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@CorroborateIntegrationTest
class HeadlessCommandsIT {

    @Autowired
    ImportService imports;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService users;

    @Autowired
    org.corroborate.export.ExportService exports;

    @Autowired
    org.corroborate.token.AccessTokenService tokens;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserDetailsService signIn;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void import_with_create_makes_the_project_and_stores_the_files() throws IOException {
        Path file = Files.writeString(dir.resolve("cli.txt"), "CLI headline\nImported from the command line.\n");
        String name = "CLI project " + System.nanoTime();

        int code = run(commands(""), "import", "--project", name, "--create", file.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 article imported");
        long count = SystemAuthentication.runAsSystem(
                () -> projects.findByName(name).orElseThrow().id());
        assertThat(count).isPositive();
    }

    @Test
    void import_into_a_missing_project_without_create_is_refused() throws IOException {
        Path file = Files.writeString(dir.resolve("x.txt"), "H\nBody.\n");

        int code = run(commands(""), "import", "--project", "No such project " + System.nanoTime(), file.toString());

        assertThat(code).isEqualTo(HeadlessCommands.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("add --create");
    }

    @Test
    void a_refused_import_exits_non_zero_naming_the_file_and_stores_nothing() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Good\nBody.\n");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        String name = "CLI refused " + System.nanoTime();

        int code = run(commands(""), "import", "--project", name, "--create", good.toString(), empty.toString());

        assertThat(code).isEqualTo(HeadlessCommands.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt").contains("nothing was stored");
    }

    @Test
    void users_add_reads_the_password_from_stdin_and_the_user_can_sign_in_with_it() {
        String username = "cli" + (System.nanoTime() % 1_000_000);

        int code =
                run(commands("s3cret-password\n"), "users", "add", username, "--name", "Cli User", "--password-stdin");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String hash = signIn.loadUserByUsername(username).getPassword();
        assertThat(passwordEncoder.matches("s3cret-password", hash)).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("s3cret-password");
    }

    @Test
    void users_reset_password_generates_and_prints_a_new_password() {
        String username = "cli" + (System.nanoTime() % 1_000_000);
        run(commands("first-password\n"), "users", "add", username, "--password-stdin");
        out.reset();

        int code = run(commands(""), "users", "reset-password", username);

        assertThat(code).isZero();
        String printed = out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith("Password: "))
                .findFirst()
                .orElseThrow()
                .substring("Password: ".length());
        assertThat(passwordEncoder.matches(
                        printed, signIn.loadUserByUsername(username).getPassword()))
                .isTrue();
    }

    @Test
    void export_writes_the_workbook_and_the_jsonl_files_like_the_web_app() throws Exception {
        String name = "CLI export " + System.nanoTime();
        Path file = Files.writeString(dir.resolve("e.txt"), "Export headline\n=1+1 said the minister.\n");
        assertThat(run(commands(""), "import", "--project", name, "--create", file.toString()))
                .isZero();

        Path xlsx = dir.resolve("out.xlsx");
        int code = run(
                commands(""),
                "export",
                "--project",
                name,
                "--format",
                "xlsx",
                "--split",
                "80/10/10",
                "--seed",
                "4",
                "--unfinished",
                "--out",
                xlsx.toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Exported 1 article")
                .contains("Articles: 1 rows");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("warning: The split 80/10/10 needs at least 3 stories");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            assertThat(book.getSheet("Articles").getRow(1).getCell(1).getStringCellValue())
                    .isIn("train", "dev", "test");
        }
        Path jsonl = dir.resolve("jsonl");
        assertThat(run(
                        commands(""),
                        "export",
                        "--project",
                        name,
                        "--format",
                        "jsonl",
                        "--unfinished",
                        "--out",
                        jsonl.toString()))
                .isZero();
        assertThat(Files.readString(jsonl.resolve("data.jsonl"))).contains("\"text\":\"Export headline");
    }

    @Test
    void export_of_gold_labels_is_refused_until_there_are_any() {
        String project = "No gold yet " + System.nanoTime(); // the demo project has the demo exercise's gold
        SystemAuthentication.runAsSystem(() -> projects.create(project, ""));
        int code = run(
                commands(""),
                "export",
                "--project",
                project,
                "--format",
                "xlsx",
                "--labels",
                "gold",
                "--out",
                dir.resolve("g.xlsx").toString());
        assertThat(code).isEqualTo(HeadlessCommands.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no gold labels yet");
    }

    @Test
    void export_with_a_bad_split_is_wrong_usage() {
        int code = run(
                commands(""),
                "export",
                "--project",
                "x",
                "--format",
                "xlsx",
                "--split",
                "80/20",
                "--out",
                dir.resolve("s.xlsx").toString());
        assertThat(code).isEqualTo(HeadlessCommands.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--split");
    }

    @Test
    void wrong_usage_exits_with_2_and_a_hint() {
        int code = run(commands(""), "users", "frobnicate");
        assertThat(code).isEqualTo(HeadlessCommands.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--help");
    }

    @Test
    void tokens_create_prints_the_token_once_list_shows_only_its_first_characters_and_revoke_stops_it() {
        String username = "cli-token-" + (System.nanoTime() % 1_000_000);
        SystemAuthentication.runAsSystem(() -> users.createUser(username, "", "a-long-password", false));

        int code = run(
                commands(""),
                "tokens",
                "create",
                username,
                "--name",
                "nightly",
                "--scope",
                "read,import",
                "--expires-days",
                "30");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String secret = out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith("crb_"))
                .findFirst()
                .orElseThrow();
        assertThat(tokens.authenticate(secret)).hasValueSatisfying(holder -> {
            assertThat(holder.username()).isEqualTo(username);
            assertThat(holder.scopes())
                    .containsExactlyInAnyOrder(
                            org.corroborate.token.TokenScope.READ, org.corroborate.token.TokenScope.IMPORT);
        });

        out.reset();
        assertThat(run(commands(""), "tokens", "list", username)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("nightly", "read,import", "expires")
                .doesNotContain(secret);

        assertThat(run(commands(""), "tokens", "revoke", username, "--name", "nightly"))
                .isZero();
        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThat(run(commands(""), "tokens", "revoke", username, "--name", "nightly"))
                .isEqualTo(HeadlessCommands.REFUSED);
    }

    private HeadlessCommands commands(String stdin) {
        return new HeadlessCommands(
                imports,
                projects,
                users,
                exports,
                tokens,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    private int run(HeadlessCommands commands, String... args) {
        return commands.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
