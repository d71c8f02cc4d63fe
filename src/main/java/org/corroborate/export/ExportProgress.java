package org.corroborate.export;

/** Told after each article; asked whether to stop. */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {};

    default void articleDone(int done, int total) {}

    default boolean cancelled() {
        return false;
    }
}
