package org.corroborate.story;

/** A story change that breaks a rule; the message is meant for the person who asked for it. */
public class StoryValidationException extends RuntimeException {

    public StoryValidationException(String message) {
        super(message);
    }
}
