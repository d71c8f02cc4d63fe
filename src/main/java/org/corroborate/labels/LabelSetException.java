package org.corroborate.labels;

/** A label set that cannot be saved; the message says why, in words a manager understands. */
public class LabelSetException extends RuntimeException {

    public LabelSetException(String message) {
        super(message);
    }
}
