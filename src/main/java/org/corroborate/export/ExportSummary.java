package org.corroborate.export;

import java.util.List;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param rows data rows per sheet or file
 * @param notes what the About sheet says beyond the data dictionary (token sheet left out, no gold yet …)
 * @param warnings what the user must know before training on it (a split part left empty); also in About
 */
public record ExportSummary(int articles, Map<String, Long> rows, List<String> notes, List<String> warnings) {

    public ExportSummary {
        rows = Map.copyOf(rows);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public long rows(String sheet) {
        return rows.getOrDefault(sheet, 0L);
    }
}
