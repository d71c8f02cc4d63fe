package org.corroborate.annotation;

/** A span or attribute that cannot be stored; the message says why, in words a user understands. */
public class AnnotationValidationException extends RuntimeException {

    public AnnotationValidationException(String message) {
        super(message);
    }
}
