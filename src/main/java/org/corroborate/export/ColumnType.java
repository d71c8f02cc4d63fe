package org.corroborate.export;

/** How a column's cells are typed in the workbook; the About sheet names it for every column. */
public enum ColumnType {
    /** Text, formula-safe, cut at Excel's cell limit. */
    TEXT("text"),
    /** Whole number, a numeric cell. */
    INTEGER("integer"),
    /** Number with a fraction, a numeric cell. */
    DECIMAL("number"),
    /** Calendar day, a date cell (yyyy-mm-dd). */
    DATE("date"),
    /** Point in time, a date-time cell in UTC (yyyy-mm-dd hh:mm:ss). */
    TIMESTAMP("date-time (UTC)"),
    /** TRUE/FALSE, a boolean cell. */
    BOOLEAN("true/false");

    private final String caption;

    ColumnType(String caption) {
        this.caption = caption;
    }

    public String caption() {
        return caption;
    }
}
