package org.corroborate.export;

/** An export that cannot be made as asked (e.g. gold labels before there are any); the message says why. */
public class ExportRefusedException extends RuntimeException {

    private final String message;

    public ExportRefusedException(String message) {
        super(message);
        this.message = message;
    }

    /** Never null: every one is made with the reason it is shown to the user. */
    @Override
    public String getMessage() {
        return message;
    }
}
