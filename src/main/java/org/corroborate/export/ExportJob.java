package org.corroborate.export;

import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A background export as its owner sees it: how far it is, and when done the file to download.
 *
 * @param state running, done, failed or cancelled
 * @param message why it failed, or notes of a finished export
 */
public record ExportJob(
        String id,
        long projectId,
        String owner,
        ExportFormat format,
        State state,
        int done,
        int total,
        @Nullable String message,
        Instant startedAt,
        @Nullable ExportSummary summary) {

    public enum State {
        RUNNING,
        DONE,
        FAILED,
        CANCELLED
    }

    /** 0..1 for a progress bar. */
    public double fraction() {
        return total == 0 ? (state == State.RUNNING ? 0 : 1) : Math.min(1.0, (double) done / total);
    }

    /** The name the download gets. */
    public String fileName() {
        return "corroborate-project-" + projectId + "-"
                + startedAt.toString().replace(":", "").replaceAll("\\..*", "")
                + (format == ExportFormat.XLSX ? ".xlsx" : "-" + format.extension() + ".zip");
    }

    static Path file(Path folder, String id, ExportFormat format) {
        return folder.resolve(id + (format == ExportFormat.XLSX ? ".xlsx" : ".zip"));
    }
}
