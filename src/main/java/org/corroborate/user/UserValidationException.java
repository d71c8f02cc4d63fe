package org.corroborate.user;

/** A user change that breaks a rule; the message is meant for the person who asked for it. */
public class UserValidationException extends RuntimeException {

    public UserValidationException(String message) {
        super(message);
    }
}
