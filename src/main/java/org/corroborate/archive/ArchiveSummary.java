package org.corroborate.archive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an archive holds or what a restore brought in.
 *
 * @param projectId the archived project, or the project the restore made
 * @param projectName its name
 * @param counts rows per archive entry, in archive order
 * @param createdUsers accounts the restore had to create (disabled) because this instance did not have them
 */
public record ArchiveSummary(long projectId, String projectName, Map<String, Long> counts, List<String> createdUsers) {

    public ArchiveSummary {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        createdUsers = List.copyOf(createdUsers);
    }

    /** Rows of one entry (0 when the archive has none). */
    public long count(String entry) {
        return counts.getOrDefault(entry, 0L);
    }
}
