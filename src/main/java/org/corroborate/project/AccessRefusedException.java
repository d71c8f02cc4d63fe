package org.corroborate.project;

/** A member asked for something their role does not allow; the project itself is visible to them. */
public class AccessRefusedException extends RuntimeException {

    private final String message;

    public AccessRefusedException(String message) {
        super(message);
        this.message = message;
    }

    /** Never null: every one is made with the reason it is shown to the user. */
    @Override
    public String getMessage() {
        return message;
    }
}
