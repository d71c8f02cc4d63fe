package org.corroborate.archive;

/** An archive that is not restored, and why: the message names the entry (and line) at fault. Nothing is stored. */
public class ArchiveRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArchiveRefusedException(String message) {
        super(message);
    }

    ArchiveRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
