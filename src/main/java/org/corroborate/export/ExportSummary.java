package org.corroborate.export;

import java.util.List;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param rows data rows per sheet or file
 * @param notes what the About sheet says beyond the data dictionary (token sheet left out, no gold yet …)
 */
public record ExportSummary(int articles, Map<String, Long> rows, List<String> notes) {

    public ExportSummary {
        rows = Map.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public long rows(String sheet) {
        return rows.getOrDefault(sheet, 0L);
    }
}
