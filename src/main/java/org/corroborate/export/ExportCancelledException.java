package org.corroborate.export;

/** The user stopped the export; nothing it wrote is kept. */
public class ExportCancelledException extends RuntimeException {

    public ExportCancelledException() {
        super("The export was cancelled.");
    }
}
