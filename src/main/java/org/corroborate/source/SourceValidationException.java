package org.corroborate.source;

/** A registry change that breaks a rule; the message is meant for the person who asked for it. */
public class SourceValidationException extends RuntimeException {

    private final String message;

    public SourceValidationException(String message) {
        super(message);
        this.message = message;
    }

    /** Never null: every one is made with the reason it is shown to the user. */
    @Override
    public String getMessage() {
        return message;
    }
}
