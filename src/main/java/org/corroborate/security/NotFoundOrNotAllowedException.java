package org.corroborate.security;

/**
 * Thrown for a project or article that does not exist <em>or</em> that the user may not see: the two
 * are deliberately indistinguishable, so that a URL leaks nothing.
 */
public class NotFoundOrNotAllowedException extends RuntimeException {

    public static final String MESSAGE = "Not found, or you are not allowed to see it.";

    public NotFoundOrNotAllowedException() {
        super(MESSAGE);
    }

    public NotFoundOrNotAllowedException(String message) {
        super(message);
    }
}
