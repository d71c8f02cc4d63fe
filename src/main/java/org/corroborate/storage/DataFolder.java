package org.corroborate.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder that holds everything Corroborate stores. Only the account that runs Corroborate may enter it (0700)
 * or read its files (0600): the database, its lock file (which names the server's port and key) and the database
 * password live there. Plain Java.
 */
public final class DataFolder {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Path root;

    public DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Creates the folder when missing and closes it and everything in it to other accounts. */
    public DataFolder secure() {
        try {
            Files.createDirectories(root);
            if (!posix()) {
                return this;
            }
            try (Stream<Path> all = Files.walk(root)) {
                for (Path path : all.toList()) {
                    if (Files.isSymbolicLink(path)) {
                        continue;
                    }
                    Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot secure the data folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** Writes a file only this account can read: it is created 0600, never readable by others in between. */
    public void writePrivate(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            }
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
