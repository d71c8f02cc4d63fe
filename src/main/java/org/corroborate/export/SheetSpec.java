package org.corroborate.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet (or CSV file) of the export: its name, what one row is, and its columns. Every data sheet ends
 * with the {@link #TRUNCATED} column, which names the columns whose text was cut at Excel's cell limit.
 */
public record SheetSpec(String name, String rowIs, List<Column> columns) {

    public static final String TRUNCATED = "Truncated";

    public SheetSpec {
        columns = List.copyOf(columns);
    }

    /** A data sheet: the given columns and the truncation flag column. */
    public static SheetSpec of(String name, String rowIs, List<Column> columns) {
        List<Column> all = new ArrayList<>(columns);
        all.add(Column.text(
                TRUNCATED,
                12,
                "Names of the columns of this row whose text was longer than Excel's "
                        + CellText.MAX_CELL_CHARS
                        + "-character cell limit and was cut there; empty when nothing was cut. "
                        + "The JSON Lines export has the full text."));
        return new SheetSpec(name, rowIs, all);
    }

    /** Number of columns that rows fill (all but the truncation flag, which the writer fills). */
    public int valueColumns() {
        return hasTruncationFlag() ? columns.size() - 1 : columns.size();
    }

    public boolean hasTruncationFlag() {
        return !columns.isEmpty() && columns.getLast().name().equals(TRUNCATED);
    }
}
