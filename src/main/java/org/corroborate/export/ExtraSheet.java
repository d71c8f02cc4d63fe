package org.corroborate.export;

import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A sheet another feature writes into the export (reconciliation verdicts, agreement figures): it brings its
 * own documented spec, so the About sheet explains it like the built-in ones.
 */
public interface ExtraSheet {

    SheetSpec spec();

    /** Writes the rows; {@code splitOf} gives an article's split (null without a split). */
    void write(TableSink sink, LongFunction<@Nullable Split> splitOf);
}
