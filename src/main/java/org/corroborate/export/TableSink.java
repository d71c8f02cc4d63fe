package org.corroborate.export;

import org.jspecify.annotations.Nullable;

/**
 * Where the rows of one sheet or CSV file go. Values are {@code String}, {@code Number},
 * {@code LocalDate}, {@code Instant}, {@code Boolean} or null (an empty cell), matching the sheet's column
 * types; a row may leave out trailing columns.
 */
public interface TableSink {

    void row(@Nullable Object... values);

    /** Data rows written so far (the header not counted). */
    long rows();
}
