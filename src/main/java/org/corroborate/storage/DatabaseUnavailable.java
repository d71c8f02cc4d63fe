package org.corroborate.storage;

/**
 * What users are told while the database cannot be reached (stopped, restarting, network gone). The connection
 * pool keeps trying, so the same request works again once the database is back.
 */
public final class DatabaseUnavailable {

    public static final String TITLE = "The database cannot be reached";
    public static final String MESSAGE = "Corroborate cannot reach its database right now. What you saved before is"
            + " safe. Wait a moment, then try again; if it lasts, tell the person who runs the server.";

    private DatabaseUnavailable() {}
}
