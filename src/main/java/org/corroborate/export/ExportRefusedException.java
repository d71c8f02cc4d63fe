package org.corroborate.export;

/** An export that cannot be made as asked (e.g. gold labels before there are any); the message says why. */
public class ExportRefusedException extends RuntimeException {

    public ExportRefusedException(String message) {
        super(message);
    }
}
