package org.corroborate.concurrency;

/**
 * A change refused because someone else changed (or deleted) the same thing since the user loaded it: nothing was
 * overwritten. Services throw it when a version they are handed is stale; {@link ConcurrentChangeTranslation} turns
 * the optimistic-lock failures JPA raises at flush or commit into it, so callers handle one type.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(Class<?> changed, Object id) {
        super(changed.getSimpleName() + " " + id + " was changed or deleted meanwhile.");
    }

    ConcurrentChangeException(Throwable cause) {
        super(String.valueOf(cause.getMessage()), cause);
    }
}
