package org.corroborate.export;

import java.util.Locale;

/** Which part of a dataset an article belongs to. */
public enum Split {
    TRAIN,
    DEV,
    TEST;

    /** Lower-case name, as written in the Split column and JSON Lines file names. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
