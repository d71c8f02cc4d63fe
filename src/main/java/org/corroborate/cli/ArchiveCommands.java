package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.corroborate.archive.ArchiveRefusedException;
import org.corroborate.archive.ArchiveSummary;
import org.corroborate.archive.ProjectArchiveService;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.project.ProjectValidationException;
import org.corroborate.security.SystemAuthentication;
import org.springframework.stereotype.Component;

/**
 * {@code archive --project NAME --out FILE.zip} writes a whole project into one zip; {@code restore-archive FILE.zip
 * --project NEWNAME} brings such a zip in as a new project, all or nothing (docs/adr/0025-project-archive.md).
 */
@Component
class ArchiveCommands {

    static final String ARCHIVE = "archive";
    static final String RESTORE = "restore-archive";

    private final ProjectArchiveService archives;
    private final ProjectService projects;

    ArchiveCommands(ProjectArchiveService archives, ProjectService projects) {
        this.archives = archives;
        this.projects = projects;
    }

    int run(String[] argv, PrintStream out, PrintStream err) {
        try {
            Arguments args = new Arguments(argv);
            return SystemAuthentication.runAsSystem(
                    () -> args.command().equals(ARCHIVE) ? archive(args, out) : restore(args, out));
        } catch (UsageException e) {
            err.println("corroborate: " + e.getMessage());
            err.println("Run with --help for usage.");
            return ExitCode.USAGE_ERROR;
        } catch (CommandFailedException
                | ProjectValidationException
                | IllegalStateException
                | java.io.UncheckedIOException e) {
            err.println("corroborate: " + e.getMessage());
            return ExitCode.REFUSED;
        } catch (ArchiveRefusedException e) {
            err.println("corroborate: archive refused, nothing was stored: " + e.getMessage());
            return ExitCode.REFUSED;
        }
    }

    private int archive(Arguments args, PrintStream out) {
        String projectName = args.requiredOption("--project");
        Path target = Path.of(args.requiredOption("--out"));
        args.requireNoOtherOptions();
        if (!args.positionals().isEmpty()) {
            throw new UsageException("archive takes no FILE, only --out FILE.zip");
        }
        ProjectSummary project = projects.findByName(projectName)
                .orElseThrow(() -> new CommandFailedException("there is no project named '" + projectName + "'"));
        // Written beside the target and moved into place: a file named FILE.zip is always a whole archive.
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        ArchiveSummary summary;
        try {
            try (OutputStream file = Files.newOutputStream(partial)) {
                summary = archives.write(project.id(), file);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new CommandFailedException(target + ": cannot be written (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        out.println("Archived '" + project.name() + "' to " + target + ".");
        print(summary, out);
        return ExitCode.OK;
    }

    private int restore(Arguments args, PrintStream out) {
        String newName = args.requiredOption("--project");
        args.requireNoOtherOptions();
        if (args.positionals().size() != 1) {
            throw new UsageException("restore-archive needs exactly one FILE.zip");
        }
        Path source = Path.of(args.positionals().getFirst());
        if (!Files.isRegularFile(source)) {
            throw new CommandFailedException(source + ": no such file");
        }
        ArchiveSummary summary;
        try (InputStream file = Files.newInputStream(source)) {
            summary = archives.read(file, newName);
        } catch (IOException e) {
            throw new CommandFailedException(source + ": cannot be read (" + e.getMessage() + ")");
        }
        out.println("Restored '" + summary.projectName() + "' from " + source + ".");
        print(summary, out);
        if (!summary.createdUsers().isEmpty()) {
            out.println("Created disabled accounts (enable them and reset their passwords to let them sign in): "
                    + String.join(", ", summary.createdUsers()));
        }
        return ExitCode.OK;
    }

    private static void print(ArchiveSummary summary, PrintStream out) {
        summary.counts().forEach((entry, rows) -> {
            if (rows > 0) {
                out.println("  " + entry.replace(".jsonl", "") + ": " + rows);
            }
        });
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // the partial file keeps its .partial name: nobody takes it for an archive
        }
    }
}
