package org.corroborate.cli;

/** A command that cannot be carried out as asked; the message says why. */
final class CommandFailedException extends RuntimeException {

    CommandFailedException(String message) {
        super(message);
    }
}
