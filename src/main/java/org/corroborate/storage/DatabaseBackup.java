package org.corroborate.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * An online backup of the embedded database and a restore into an empty data folder. The backup is one zip with
 * the database file (H2's {@code BACKUP TO}: consistent while the server keeps working) and the database password,
 * which the file needs to be opened. PostgreSQL is backed up with its own tools ({@code pg_dump}, see README).
 * Plain Java and JDBC.
 */
public final class DatabaseBackup {

    static final String DATABASE_ENTRY = "corroborate.mv.db";
    private static final Set<String> ENTRIES = Set.of(DATABASE_ENTRY, EmbeddedDatabase.PASSWORD_FILE);

    private DatabaseBackup() {}

    /** Writes the backup zip (created 0600); refuses for any database but the data folder's H2 file. */
    public static long backup(DataSource dataSource, String url, DataFolder folder, Path requested) {
        Path target = requested.toAbsolutePath(); // "backup --out b.zip" names a file in the working folder
        if (!EmbeddedDatabase.isFileUrl(url)) {
            throw new IllegalStateException("backup copies the embedded H2 database; this server uses " + jdbcKind(url)
                    + ": back it up with its own tools (README: pg_dump)");
        }
        try {
            Path h2Zip = Files.createTempFile(folder.root(), "backup-", ".zip");
            Files.delete(h2Zip);
            try {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
                    backup.setString(1, h2Zip.toString());
                    backup.execute();
                }
                Path partial = target.resolveSibling(target.getFileName() + ".partial");
                Files.deleteIfExists(partial);
                folder.writePrivate(partial, "");
                try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial));
                        ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Zip))) {
                    ZipEntry entry;
                    while ((entry = in.getNextEntry()) != null) {
                        if (entry.getName().endsWith(".mv.db")) {
                            out.putNextEntry(new ZipEntry(DATABASE_ENTRY));
                            in.transferTo(out);
                            out.closeEntry();
                        }
                    }
                    Path password = folder.root().resolve(EmbeddedDatabase.PASSWORD_FILE);
                    if (Files.exists(password)) {
                        out.putNextEntry(new ZipEntry(EmbeddedDatabase.PASSWORD_FILE));
                        Files.copy(password, out);
                        out.closeEntry();
                    }
                }
                // Only a finished backup gets the name asked for: a crash midway leaves no zip that looks whole.
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return Files.size(target);
            } finally {
                Files.deleteIfExists(h2Zip);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database could not be backed up: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the backup could not be written to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts a backup into a data folder that has no database yet (restoring over a database in use would lose
     * it): the database file and its password, both 0600.
     */
    public static void restore(Path backup, DataFolder folder) {
        folder.secure();
        Path database = folder.root().resolve(DATABASE_ENTRY);
        if (Files.exists(database)) {
            throw new IllegalStateException(folder.root() + " already has a database: stop the server, move the"
                    + " folder aside and restore into an empty one");
        }
        boolean sawDatabase = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!ENTRIES.contains(entry.getName())) {
                    throw new IllegalStateException(
                            backup + " is not a Corroborate backup (unexpected entry '" + entry.getName() + "')");
                }
                Path file = folder.root().resolve(entry.getName());
                Path partial = folder.root().resolve(entry.getName() + ".partial");
                Files.deleteIfExists(partial);
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(DataFolder.FILE));
                try (OutputStream out = Files.newOutputStream(partial)) {
                    copy(in, out);
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                sawDatabase |= entry.getName().equals(DATABASE_ENTRY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the backup " + backup + " could not be read: " + e.getMessage(), e);
        }
        if (!sawDatabase) {
            throw new IllegalStateException(backup + " holds no database");
        }
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }

    private static String jdbcKind(String url) {
        String[] parts = url.split(":");
        return parts.length > 1 ? parts[1] : url;
    }
}
