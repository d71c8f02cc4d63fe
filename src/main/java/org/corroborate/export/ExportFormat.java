package org.corroborate.export;

import java.util.Locale;

/** What an export writes. */
public enum ExportFormat {
    /** One .xlsx workbook. */
    XLSX("xlsx"),
    /** JSON Lines, one file per split (Hugging Face {@code datasets} loads them as they are). */
    JSONL("jsonl"),
    /** One RFC 4180 CSV file per sheet. */
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
