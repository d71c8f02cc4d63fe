package org.corroborate.archive;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads an archive as a stream of entries and lines, never trusting the sizes it declares: inflation stops at the
 * archive's byte limit, a line at the line limit, and an archive that inflates suspiciously far (a zip bomb) is
 * refused, as the imports' zip reading does. Nothing is buffered beyond one line.
 */
final class ArchiveInput implements AutoCloseable {

    /** Below this many inflated bytes the compression ratio is not judged: JSON compresses well. */
    private static final long RATIO_CHECK_FLOOR = 16L * 1024 * 1024;
    private static final int MAX_ENTRIES = 64;

    private final Counting raw;
    private final ZipInputStream zip;
    private final long maxBytes;
    private final int maxLineBytes;
    private final int maxRatio;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean entryEnded = true;
    private long inflated;
    private int entries;
    private String entry = "";
    private long line;

    ArchiveInput(InputStream in, long maxBytes, int maxLineBytes, int maxRatio) {
        this.raw = new Counting(in);
        this.zip = new ZipInputStream(raw);
        this.maxBytes = maxBytes;
        this.maxLineBytes = maxLineBytes;
        this.maxRatio = maxRatio;
    }

    /** The next entry's name, or null at the end of the archive. */
    @Nullable
    String nextEntry() {
        try {
            ZipEntry next = zip.getNextEntry();
            if (next == null) {
                return null;
            }
            if (++entries > MAX_ENTRIES) {
                throw new ArchiveRefusedException("The archive has more than " + MAX_ENTRIES + " entries.");
            }
            entry = next.getName();
            line = 0;
            position = 0;
            limit = 0;
            entryEnded = false;
            return entry;
        } catch (ZipException | EOFException e) {
            throw new ArchiveRefusedException("The archive is damaged, cut short or not a zip file (after entry '"
                    + entry + "').", e);
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
        try {
            byte[] sink = new byte[8192];
            long drained = 0;
            int n;
            while ((n = raw.read(sink, 0, sink.length)) >= 0) {
                drained += n;
                if (drained > 1024 * 1024) {
                    throw new ArchiveRefusedException("The archive has unexpected data after its entries.");
                }
            }
        } catch (IOException e) {
            throw new ArchiveRefusedException("The archive cannot be read (" + e.getMessage() + ").", e);
        }
        if (raw.centralDirectoryEntries() != entries) {
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
                throw new ArchiveRefusedException("The archive inflates to more than " + maxBytes
                        + " bytes, over the limit.");
            }
            if (inflated > RATIO_CHECK_FLOOR && inflated > raw.consumed * maxRatio) {
                throw new ArchiveRefusedException(where() + "the archive inflates suspiciously far (over " + maxRatio
                        + ":1), refused as a zip bomb.");
            }
            return true;
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

    /** Counts the compressed bytes read, for the compression ratio, and keeps the last ones, for the zip's end. */
    private static final class Counting extends FilterInputStream {

        private static final int TAIL = 1024;
        private static final int END_RECORD = 22;

        private long consumed;
        private final byte[] tail = new byte[TAIL];

        /**
         * The entry count of the end-of-central-directory record if the stream ends with one (with no comment, as
         * Corroborate writes it), else -1.
         */
        int centralDirectoryEntries() {
            if (consumed < END_RECORD) {
                return -1;
            }
            byte[] end = new byte[END_RECORD];
            for (int i = 0; i < END_RECORD; i++) {
                end[i] = tail[(int) ((consumed - END_RECORD + i) % TAIL)];
            }
            boolean signature = end[0] == 'P' && end[1] == 'K' && end[2] == 5 && end[3] == 6;
            boolean noComment = end[20] == 0 && end[21] == 0;
            return signature && noComment ? (end[10] & 0xff) | (end[11] & 0xff) << 8 : -1;
        }

        private void keep(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                tail[(int) ((consumed + i) % TAIL)] = b[off + i];
            }
        }

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                tail[(int) (consumed % TAIL)] = (byte) b;
                consumed++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                keep(b, off, n);
                consumed += n;
            }
            return n;
        }

        @Override
        public void close() {
            // the caller's stream: the caller closes it
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.min(n, 8192)];
            int read = read(skipped, 0, skipped.length);
            return Math.max(read, 0);
        }
    }
}
