package org.corroborate.source;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A canonical source as services hand it out, with its aliases and how many annotations link to it.
 * {@code affiliation} is one of {@code Attributes.AFFILIATIONS}, or null when not given.
 */
public record SourceEntry(
        long id,
        long version,
        String name,
        SourceKind kind,
        @Nullable String affiliation,
        String note,
        List<String> aliases,
        long mentions) {

    public static final int NAME_MAX_LENGTH = 200;

    public SourceEntry {
        aliases = List.copyOf(aliases);
    }

    /** The value a source mention stores in its {@code canonicalSource} attribute to link here. */
    public String linkValue() {
        return Long.toString(id);
    }
}
