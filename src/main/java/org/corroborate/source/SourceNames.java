package org.corroborate.source;

import java.util.Locale;

/** How names are cleaned and compared for uniqueness in the registry. Plain Java. */
final class SourceNames {

    private SourceNames() {}

    /** Trimmed, with runs of white space as one space. */
    static String clean(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    /** The case-insensitive key two names must not share within a project. */
    static String key(String name) {
        return clean(name).toLowerCase(Locale.ROOT);
    }
}
