package org.corroborate.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a zip as a stream of entries without trusting the sizes it declares: the one zip-bomb guard of the imports
 * and the project archives. It refuses an archive with more than a set number of entries, and an entry whose
 * inflated bytes, once past a floor, outgrow the compressed bytes really consumed for it by more than a set ratio.
 * Either throws {@link ZipRefusedException} saying which; callers word it for their users. Nothing is buffered.
 */
public final class BoundedZipInput implements AutoCloseable {

    private final Counting raw;
    private final ZipInputStream zip;
    private final int maxEntries;
    private final long ratioFloor;
    private final int maxRatio;
    private int entries;
    private long entryStart;
    private long entryInflated;

    /**
     * @param maxEntries most entries the archive may have
     * @param ratioFloor below this many inflated bytes an entry's compression ratio is not judged
     * @param maxRatio largest inflated/compressed ratio of an entry
     */
    public BoundedZipInput(InputStream in, int maxEntries, long ratioFloor, int maxRatio) {
        this.raw = new Counting(in);
        this.zip = new ZipInputStream(raw);
        this.maxEntries = maxEntries;
        this.ratioFloor = ratioFloor;
        this.maxRatio = maxRatio;
    }

    /**
     * The next entry, or null at the end of the archive.
     *
     * @throws ZipRefusedException with {@link ZipRefusedException.Reason#TOO_MANY_ENTRIES} past the entry cap
     */
    public @Nullable ZipEntry nextEntry() throws IOException {
        ZipEntry next = zip.getNextEntry();
        if (next == null) {
            return null;
        }
        if (++entries > maxEntries) {
            throw new ZipRefusedException(ZipRefusedException.Reason.TOO_MANY_ENTRIES);
        }
        entryStart = raw.consumed;
        entryInflated = 0;
        return next;
    }

    /**
     * Inflates up to {@code length} bytes of the current entry; -1 at its end.
     *
     * @throws ZipRefusedException with {@link ZipRefusedException.Reason#COMPRESSED_TOO_FAR} for a zip bomb
     */
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = zip.read(buffer, offset, length);
        if (n > 0) {
            entryInflated += n;
            // Declared sizes are absent in streamed entries and may lie: measure the bytes really consumed.
            long compressed = raw.consumed - entryStart;
            if (entryInflated > ratioFloor && compressed > 0 && entryInflated / compressed > maxRatio) {
                throw new ZipRefusedException(ZipRefusedException.Reason.COMPRESSED_TOO_FAR);
            }
        }
        return n;
    }

    /** How many entries {@link #nextEntry()} has returned. */
    public int entries() {
        return entries;
    }

    /**
     * Reads the raw stream after the last entry to its end, refusing more than {@code max} bytes there, and answers
     * the entry count of the end-of-central-directory record it ends with (no comment, as Corroborate writes zips),
     * or -1 if it ends otherwise: a zip stream has no other sign that it was cut short between two entries.
     *
     * @throws ZipRefusedException with {@link ZipRefusedException.Reason#DATA_AFTER_ENTRIES} past {@code max}
     */
    public int finish(long max) throws IOException {
        byte[] sink = new byte[8192];
        long drained = 0;
        int n;
        while ((n = raw.read(sink, 0, sink.length)) >= 0) {
            drained += n;
            if (drained > max) {
                throw new ZipRefusedException(ZipRefusedException.Reason.DATA_AFTER_ENTRIES);
            }
        }
        return raw.centralDirectoryEntries();
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

        Counting(InputStream in) {
            super(in);
        }

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
                for (int i = 0; i < n; i++) {
                    tail[(int) ((consumed + i) % TAIL)] = b[off + i];
                }
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
