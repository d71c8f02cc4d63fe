package org.corroborate.export;

import java.util.Optional;

/**
 * A feature that adds a sheet to the project's exports (reconciliation verdicts, agreement figures) implements
 * this as a Spring bean. None exists yet.
 */
public interface ExportSheetContributor {

    /** The sheet for this project and these options, or empty when there is nothing to write. */
    Optional<ExtraSheet> sheet(long projectId, ExportOptions options);
}
