package org.corroborate.exercise;

/** An exercise, a roster, a join or a span that cannot be accepted as given; the message says why. */
public class ExerciseValidationException extends RuntimeException {

    public ExerciseValidationException(String message) {
        super(message);
    }
}
