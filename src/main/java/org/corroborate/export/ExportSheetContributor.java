package org.corroborate.export;

import java.util.Optional;

/**
 * A feature that adds sheets to the project's exports implements this as a Spring bean, so the export depends on no
 * feature above it: {@code agreement.AgreementExportSheet}, {@code reconcile.ReconciliationExportSheet} and
 * {@code analytics.AnalyticsExportSheets} do.
 */
public interface ExportSheetContributor {

    /** The sheet for this project and these options, or empty when there is nothing to write. */
    Optional<ExtraSheet> sheet(long projectId, ExportOptions options);
}
