package org.corroborate.project;

/** A member asked for something their role does not allow; the project itself is visible to them. */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
