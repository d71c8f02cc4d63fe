package org.corroborate.cli;

/** The command line is not of a form any command takes. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
