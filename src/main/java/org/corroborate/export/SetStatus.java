package org.corroborate.export;

import java.util.Locale;

/** How far a label set is, as exports write it in the Set status column. */
public enum SetStatus {
    NOT_STARTED,
    IN_PROGRESS,
    FINISHED,
    SKIPPED;

    /** not_started, in_progress, finished or skipped. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
