package org.corroborate.imports;

/** Thrown inside a format reader to refuse one file (or line, row, cell) with a reason. */
final class FileProblems extends Exception {

    private final String where;

    FileProblems(String where, String reason) {
        super(reason);
        this.where = where;
    }

    String where() {
        return where;
    }
}
