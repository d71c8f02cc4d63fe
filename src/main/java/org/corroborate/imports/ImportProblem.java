package org.corroborate.imports;

/** Why one file (or archive entry) was refused. */
public record ImportProblem(String sourceName, String reason) {

    @Override
    public String toString() {
        return sourceName + ": " + reason;
    }
}
