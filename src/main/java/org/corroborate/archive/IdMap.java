package org.corroborate.archive;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Old ids to new ones for one table, 16 bytes a row: an archive lists a table's rows in ascending id order, so the
 * old ids are kept sorted in one array and found by binary search (a map of boxed longs would take five times as
 * much for a project of a million spans).
 */
final class IdMap {

    private long[] from = new long[16];
    private long[] to = new long[16];
    private int size;

    /** @return false when {@code oldId} does not come after the previous one (out of order, or twice) */
    boolean add(long oldId, long newId) {
        if (size > 0 && oldId <= from[size - 1]) {
            return false;
        }
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            to = Arrays.copyOf(to, size * 2);
        }
        from[size] = oldId;
        to[size] = newId;
        size++;
        return true;
    }

    OptionalLong get(long oldId) {
        int at = Arrays.binarySearch(from, 0, size, oldId);
        return at < 0 ? OptionalLong.empty() : OptionalLong.of(to[at]);
    }

    int size() {
        return size;
    }
}
