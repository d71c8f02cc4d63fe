package org.corroborate.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseTest}: opens the data folder's database as the application does,
 * commits one row at a time and says so after each commit, until it is killed.
 */
final class CrashingWriter {

    private CrashingWriter() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.bindToLoopback();
        DataFolder folder = new DataFolder(Path.of(args[0])).secure();
        String url = EmbeddedDatabase.durableUrl(EmbeddedDatabaseTest.url(folder));
        String password = EmbeddedDatabase.password(folder, url, "sa", "");
        try (Connection connection = DriverManager.getConnection(url, "sa", password)) {
            connection.createStatement().execute("create table if not exists saved (n int primary key)");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into saved values (?)")) {
                for (int n = 1; n <= 100_000; n++) {
                    insert.setInt(1, n);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println("committed " + n);
                    System.out.flush();
                }
            }
        }
    }
}
