package org.corroborate.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.corroborate.storage.DataFolder;
import org.corroborate.storage.DatabaseBackup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code backup --out FILE.zip}: an online backup of the embedded database, while the server keeps working. */
@Component
class BackupCommand {

    static final String NAME = "backup";

    private final DataSource dataSource;
    private final String url;
    private final String dataDir;

    BackupCommand(
            DataSource dataSource,
            @Value("${spring.datasource.url}") String url,
            @Value("${corroborate.data-dir}") String dataDir) {
        this.dataSource = dataSource;
        this.url = url;
        this.dataDir = dataDir;
    }

    int run(String[] argv, PrintStream out, PrintStream err) {
        Arguments args = new Arguments(argv);
        try {
            Path target = Path.of(args.requiredOption("--out"));
            args.requireNoOtherOptions();
            if (!args.positionals().isEmpty()) {
                throw new UsageException("backup takes no FILE, only --out FILE");
            }
            long bytes = DatabaseBackup.backup(dataSource, url, new DataFolder(Path.of(dataDir)), target);
            out.println("Backed up the database to " + target + " (" + bytes + " bytes).");
            return ExitCode.OK;
        } catch (UsageException e) {
            err.println("corroborate: " + e.getMessage());
            return ExitCode.USAGE_ERROR;
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            err.println("corroborate: " + e.getMessage());
            return ExitCode.REFUSED;
        }
    }
}
