package org.corroborate.cli;

/** Exit codes of every command: the same for the Spring-backed commands and for {@code suggest}. */
final class ExitCode {

    static final int OK = 0;
    /** The command cannot be carried out as asked; stderr says why. */
    static final int REFUSED = 1;

    static final int USAGE_ERROR = 2;

    private ExitCode() {}
}
