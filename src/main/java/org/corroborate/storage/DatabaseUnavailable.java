package org.corroborate.storage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What users are told while the database cannot be reached (stopped, restarting, network gone), and which failures
 * mean that. The connection pool keeps trying, so the same request works again once the database is back.
 */
public final class DatabaseUnavailable {

    public static final String TITLE = "The database cannot be reached";
    public static final String MESSAGE = "Corroborate cannot reach its database right now. What you saved before is"
            + " safe. Wait a moment, then try again; if it lasts, tell the person who runs the server.";

    private DatabaseUnavailable() {
    }

    /** Whether a failure (or one of its causes) says the database is away rather than that a request was wrong. */
    public static boolean isCause(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException) {
                return true;
            }
            // The driver's or the pool's own words: no connection (SQL state class 08), or none in time.
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
