package org.corroborate.archive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import org.corroborate.imports.BoundedZipInput;
import org.corroborate.imports.ZipRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an archive as a stream of entries and lines, never trusting the sizes it declares: inflation stops at the
 * archive's byte limit, a line at the line limit, and an archive that inflates suspiciously far (a zip bomb) is
 * refused by the imports' {@link BoundedZipInput}. Nothing is buffered beyond one line.
 */
final class ArchiveInput implements AutoCloseable {

    /** Below this many inflated bytes the compression ratio is not judged: JSON compresses well. */
    private static final long RATIO_CHECK_FLOOR = 16L * 1024 * 1024;

    private static final int MAX_ENTRIES = 64;

    private final BoundedZipInput zip;
    private final long maxBytes;
    private final int maxLineBytes;
    private final int maxRatio;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean entryEnded = true;
    private long inflated;
    private String entry = "";
    private long line;

    ArchiveInput(InputStream in, long maxBytes, int maxLineBytes, int maxRatio) {
        this.zip = new BoundedZipInput(in, MAX_ENTRIES, RATIO_CHECK_FLOOR, maxRatio);
        this.maxBytes = maxBytes;
        this.maxLineBytes = maxLineBytes;
        this.maxRatio = maxRatio;
    }

    /** The next entry's name, or null at the end of the archive. */
    @Nullable
    String nextEntry() {
        try {
            ZipEntry next = zip.nextEntry();
            if (next == null) {
                return null;
            }
            entry = next.getName();
            line = 0;
            position = 0;
            limit = 0;
            entryEnded = false;
            return entry;
        } catch (ZipRefusedException e) {
            throw new ArchiveRefusedException("The archive has more than " + MAX_ENTRIES + " entries.", e);
        } catch (ZipException | EOFException e) {
            throw new ArchiveRefusedException(
                    "The archive is damaged, cut short or not a zip file (after entry '" + entry + "').", e);
        } catch (IOException e) {
            throw new ArchiveRefusedException("The archive cannot be read (" + e.getMessage() + ").", e);
        } catch (IllegalArgumentException e) {
            throw new ArchiveRefusedException("The archive has entry names that cannot be read.", e);
        }
    }

    /** The current entry's next line without its line end, or null at the end of the entry. */
    byte @Nullable [] nextLine() {
        byte[] out = new byte[0];
        int length = 0;
        while (true) {
            if (position == limit) {
                if (entryEnded || !fill()) {
                    if (length == 0) {
                        return null;
                    }
                    line++;
                    return Arrays.copyOf(out, length);
                }
            }
            int newline = -1;
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? limit : newline;
            int chunk = end - position;
            if (length + chunk > maxLineBytes) {
                throw new ArchiveRefusedException(where() + "a line is longer than " + maxLineBytes + " bytes.");
            }
            if (length + chunk > out.length) {
                out = Arrays.copyOf(out, Math.max(length + chunk, Math.min(maxLineBytes, out.length * 2 + 1024)));
            }
            System.arraycopy(buffer, position, out, length, chunk);
            length += chunk;
            position = end;
            if (newline >= 0) {
                position++;
                line++;
                int trimmed = length > 0 && out[length - 1] == '\r' ? length - 1 : length;
                return Arrays.copyOf(out, trimmed);
            }
        }
    }

    /** The whole current entry (for the small JSON entries), up to {@code max} bytes. */
    byte[] readSmallEntry(int max) {
        byte[] out = new byte[0];
        int length = 0;
        while (position < limit || (!entryEnded && fill())) {
            int chunk = limit - position;
            if (length + chunk > max) {
                throw new ArchiveRefusedException(where() + "the entry is larger than " + max + " bytes.");
            }
            out = Arrays.copyOf(out, length + chunk);
            System.arraycopy(buffer, position, out, length, chunk);
            length += chunk;
            position = limit;
        }
        return out;
    }

    /**
     * After the last entry: the zip's central directory must follow, whole, listing as many entries as were read. A
     * zip stream has no other sign that it was cut short between two entries.
     */
    void requireEnd() {
        int listed;
        try {
            listed = zip.finish(1024 * 1024);
        } catch (ZipRefusedException e) {
            throw new ArchiveRefusedException("The archive has unexpected data after its entries.", e);
        } catch (IOException e) {
            throw new ArchiveRefusedException("The archive cannot be read (" + e.getMessage() + ").", e);
        }
        if (listed != zip.entries()) {
            throw new ArchiveRefusedException("The archive is cut short or damaged: its central directory is missing,"
                    + " incomplete or lists other entries than it holds.");
        }
    }

    /** "entry line N: ", for messages. */
    String where() {
        return line == 0 ? entry + ": " : entry + " line " + line + ": ";
    }

    private boolean fill() {
        try {
            int n = zip.read(buffer, 0, buffer.length);
            if (n < 0) {
                entryEnded = true;
                return false;
            }
            position = 0;
            limit = n;
            inflated += n;
            if (inflated > maxBytes) {
                throw new ArchiveRefusedException(
                        "The archive inflates to more than " + maxBytes + " bytes, over the limit.");
            }
            return true;
        } catch (ZipRefusedException e) {
            throw new ArchiveRefusedException(
                    where() + "the archive inflates suspiciously far (over " + maxRatio + ":1), refused as a zip bomb.",
                    e);
        } catch (ZipException | EOFException e) {
            throw new ArchiveRefusedException(where() + "the archive is damaged or cut short.", e);
        } catch (IOException e) {
            throw new ArchiveRefusedException(where() + "the archive cannot be read (" + e.getMessage() + ").", e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
