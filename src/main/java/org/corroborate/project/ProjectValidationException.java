package org.corroborate.project;

/** A project change that breaks a rule; the message is meant for the person who asked for it. */
public class ProjectValidationException extends RuntimeException {

    public ProjectValidationException(String message) {
        super(message);
    }
}
