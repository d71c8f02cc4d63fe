package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@CorroborateIntegrationTest
class ArchiveCommandsIT {

    @Autowired
    ArchiveCommands command;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return command.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void a_project_archived_on_the_command_line_restores_as_a_new_project_with_its_articles() {
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "CLI archive",
                Map.of("manager", ProjectRole.MANAGER),
                "cli.txt",
                "CLI headline\nArchived from the command line.\n");
        Path zip = dir.resolve("project.zip");

        int archived = run("archive", "--project", fixture.project().name(), "--out", zip.toString());

        assertThat(archived).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Archived '" + fixture.project().name() + "'", "articles: 1", "members: 1");
        assertThat(zip).isRegularFile();
        assertThat(dir.resolve("project.zip.partial")).doesNotExist();

        String copy = "CLI restored " + System.nanoTime();
        int restored = run("restore-archive", zip.toString(), "--project", copy);

        assertThat(restored).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Restored '" + copy + "'", "articles: 1");
        String text = SystemAuthentication.runAsSystem(() -> {
            long id = projects.findByName(copy).orElseThrow().id();
            return articles.get(id, articles.list(id).getFirst().id()).cleanedText();
        });
        assertThat(text).contains("Archived from the command line.");
    }

    @Test
    void a_file_that_is_no_archive_is_refused_and_nothing_is_stored() throws IOException {
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "just some notes");
        String name = "CLI refused archive " + System.nanoTime();

        int code = run("restore-archive", notZip.toString(), "--project", name);

        assertThat(code).isEqualTo(ExitCode.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing was stored");
        assertThat(SystemAuthentication.runAsSystem(() -> projects.findByName(name)))
                .isEmpty();
    }

    @Test
    void unknown_options_missing_files_and_missing_projects_are_told_apart() {
        assertThat(run("archive", "--project", "x", "--out", "x.zip", "--everything", "yes"))
                .isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --everything");
        assertThat(run("archive", "--project", "x", "--out")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run("restore-archive", "--project", "x")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run("archive", "--out", dir.resolve("a.zip").toString())).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run(
                        "archive",
                        "--project",
                        "No such project " + System.nanoTime(),
                        "--out",
                        dir.resolve("a.zip").toString()))
                .isEqualTo(ExitCode.REFUSED);
        assertThat(run("restore-archive", dir.resolve("missing.zip").toString(), "--project", "y"))
                .isEqualTo(ExitCode.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
    }
}
