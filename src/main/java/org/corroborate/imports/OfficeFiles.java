package org.corroborate.imports;

import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/** POI's guards for .docx and .xlsx files, which are zip archives themselves. */
final class OfficeFiles {

    /** Largest part of an Office file once inflated. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    private OfficeFiles() {}

    /** Refuses parts that inflate more than 100:1 (POI's default, kept on) or past {@link #MAX_ENTRY_BYTES}. */
    static void guard() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    static String reason(String kind, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return "the file inflates suspiciously far (POI's zip-bomb guard refused it)";
        }
        return "not a readable " + kind + " (" + message.lines().findFirst().orElse(message) + ")";
    }
}
