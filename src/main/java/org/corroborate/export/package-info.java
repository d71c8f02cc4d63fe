/**
 * Datasets out: the Excel workbook (streamed with POI SXSSF), JSON Lines per split and CSV per layer, all
 * formula-safe. The writers, the cell rules, the story split and the BIO tagging are plain Java fed by an
 * {@link org.corroborate.export.ExportData}; {@link org.corroborate.export.ExportService} feeds them from the
 * database as a background job.
 */
@NullMarked
package org.corroborate.export;

import org.jspecify.annotations.NullMarked;
