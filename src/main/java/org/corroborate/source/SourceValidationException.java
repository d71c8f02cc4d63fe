package org.corroborate.source;

/** A registry change that breaks a rule; the message is meant for the person who asked for it. */
public class SourceValidationException extends RuntimeException {

    public SourceValidationException(String message) {
        super(message);
    }
}
