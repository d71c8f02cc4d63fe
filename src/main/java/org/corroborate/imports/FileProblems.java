package org.corroborate.imports;

/** Thrown inside a format reader to refuse one file (or line, row, cell) with a reason. */
final class FileProblems extends Exception {

    private final String where;

    private final String reason;

    FileProblems(String where, String reason) {
        super(reason);
        this.where = where;
        this.reason = reason;
    }

    /** Never null: the reason it was made with. */
    @Override
    public String getMessage() {
        return reason;
    }

    String where() {
        return where;
    }
}
