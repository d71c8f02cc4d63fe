package org.corroborate.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.corroborate.storage.DataFolder;
import org.corroborate.storage.DatabaseBackup;

/**
 * {@code restore --from FILE.zip}: puts a backup into an empty data folder. Plain Java, run before Spring starts:
 * starting the app would make a new database where the restored one is to go.
 */
final class RestoreCommand {

    static final String NAME = "restore";

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    RestoreCommand(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Arguments args = new Arguments(argv);
        try {
            Path backup = Path.of(args.requiredOption("--from"));
            Path dataDir = Path.of(
                    args.option("--data-dir").orElse(environment.getOrDefault("CORROBORATE_DATA_DIR", "./data")));
            args.requireNoOtherOptions();
            if (!Files.isRegularFile(backup)) {
                throw new UsageException("there is no backup file " + backup);
            }
            DatabaseBackup.restore(backup, new DataFolder(dataDir));
            out.println("Restored " + backup + " into "
                    + dataDir.toAbsolutePath().normalize() + ". Start the app (or a command) with this data folder.");
            return ExitCode.OK;
        } catch (UsageException e) {
            err.println("corroborate: " + e.getMessage());
            return ExitCode.USAGE_ERROR;
        } catch (IllegalStateException | UncheckedIOException e) {
            err.println("corroborate: " + e.getMessage());
            return ExitCode.REFUSED;
        }
    }
}
