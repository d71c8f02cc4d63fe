package org.corroborate.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The H2 file database in the data folder, reached safely:
 * <ul>
 * <li>its auto-server (which lets a headless command share the database with the web server) listens on the
 * loopback address only, not on every interface;</li>
 * <li>it has a generated password, kept in {@code db-password} in the data folder (0600), instead of an empty
 * one; a database made before that is given the password on its first start after the upgrade;</li>
 * <li>a commit is written at once ({@code WRITE_DELAY=0}): a save the editor confirmed survives a crash of the
 * process.</li>
 * </ul>
 * Plain Java and JDBC.
 */
public final class EmbeddedDatabase {

    /** H2 binds its server sockets to this address (read once, when H2's settings class loads). */
    public static final String BIND_ADDRESS = "127.0.0.1";

    static final String PASSWORD_FILE = "db-password";
    private static final Pattern FILE_URL = Pattern.compile("jdbc:h2:file:([^;]+)(;.*)?", Pattern.CASE_INSENSITIVE);

    private EmbeddedDatabase() {}

    /** Must run before any H2 class loads; harmless afterwards, and when another bind address was chosen. */
    public static void bindToLoopback() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", BIND_ADDRESS);
        }
    }

    /** Whether the URL names an H2 file database (not an in-memory one, not another database). */
    public static boolean isFileUrl(String url) {
        return FILE_URL.matcher(url).matches();
    }

    /** The URL with commits written at once, unless the URL already chooses a write delay. */
    public static String durableUrl(String url) {
        return url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY=") ? url : url + ";WRITE_DELAY=0";
    }

    /**
     * The password to connect with: the configured one when there is one; else the generated one of this data
     * folder, generated (and set on an existing database that had none) on first use.
     */
    public static String password(DataFolder folder, String url, String user, String configured) {
        if (!configured.isEmpty()) {
            return configured;
        }
        Path file = folder.root().resolve(PASSWORD_FILE);
        Optional<String> kept = read(file);
        if (kept.isPresent()) {
            return kept.get();
        }
        String generated = HexFormat.of().formatHex(randomBytes());
        if (databaseExists(url)) {
            setPassword(url, user, "", generated);
        }
        folder.writePrivate(file, generated);
        return generated;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.exists(file)
                    ? Optional.of(Files.readString(file).strip()).filter(s -> !s.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database password " + file + ": " + e.getMessage(), e);
        }
    }

    static boolean databaseExists(String url) {
        Matcher m = FILE_URL.matcher(url);
        if (!m.matches()) {
            return false;
        }
        return Files.exists(Path.of(m.group(1) + ".mv.db"));
    }

    private static void setPassword(String url, String user, String oldPassword, String newPassword) {
        try (Connection connection = DriverManager.getConnection(url, user, oldPassword);
                PreparedStatement statement = connection.prepareStatement(
                        "ALTER USER \"" + user.toUpperCase(Locale.ROOT) + "\" SET PASSWORD ?")) {
            statement.setString(1, newPassword);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The database in the data folder has a password that is not in " + PASSWORD_FILE
                            + ": give it as spring.datasource.password (" + e.getMessage() + ")",
                    e);
        }
    }
}
