package org.corroborate.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The raw text with some segments cut out, and the map between the two: annotations are anchored on the
 * cleaned text, and this finds where each cleaned offset sits in the raw text. Nothing else is changed
 * (no trimming, no line-ending changes), so the map is exact.
 */
public final class CleanedText {

    private final String text;
    /** Kept stretches of the raw text, in order: raw start, raw end, and where each starts in the text. */
    private final int[] rawStarts;

    private final int[] rawEnds;
    private final int[] cleanedStarts;
    private final int rawLength;

    private CleanedText(String text, int[] rawStarts, int[] rawEnds, int[] cleanedStarts, int rawLength) {
        this.text = text;
        this.rawStarts = rawStarts;
        this.rawEnds = rawEnds;
        this.cleanedStarts = cleanedStarts;
        this.rawLength = rawLength;
    }

    /** Cuts the given segments (any subset of what the cleaner found; overlaps allowed) out of the raw text. */
    public static CleanedText assemble(String raw, List<RemovedSegment> removed) {
        List<RemovedSegment> sorted = new ArrayList<>(removed);
        sorted.sort(Comparator.comparingInt(RemovedSegment::start));
        StringBuilder text = new StringBuilder(raw.length());
        List<int[]> kept = new ArrayList<>();
        int at = 0;
        for (RemovedSegment segment : sorted) {
            int start = Math.min(segment.start(), raw.length());
            if (start > at) {
                kept.add(new int[] {at, start, text.length()});
                text.append(raw, at, start);
            }
            at = Math.max(at, Math.min(segment.end(), raw.length()));
        }
        if (at < raw.length()) {
            kept.add(new int[] {at, raw.length(), text.length()});
            text.append(raw, at, raw.length());
        }
        int n = kept.size();
        int[] rawStarts = new int[n];
        int[] rawEnds = new int[n];
        int[] cleanedStarts = new int[n];
        for (int i = 0; i < n; i++) {
            rawStarts[i] = kept.get(i)[0];
            rawEnds[i] = kept.get(i)[1];
            cleanedStarts[i] = kept.get(i)[2];
        }
        return new CleanedText(text.toString(), rawStarts, rawEnds, cleanedStarts, raw.length());
    }

    public String text() {
        return text;
    }

    /** Where a cleaned-text offset (0 to length, inclusive) lies in the raw text. */
    public int rawOffset(int cleanedOffset) {
        if (cleanedOffset < 0 || cleanedOffset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + cleanedOffset + " outside 0.." + text.length());
        }
        if (rawStarts.length == 0) {
            return rawLength;
        }
        int i = lastAtOrBefore(cleanedStarts, cleanedOffset);
        if (i < 0) {
            return rawStarts[0];
        }
        return Math.min(rawStarts[i] + (cleanedOffset - cleanedStarts[i]), rawEnds[i]);
    }

    /**
     * Where a raw-text offset lies in the cleaned text; an offset inside a removed segment maps to the
     * position where that segment was cut out.
     */
    public int cleanedOffset(int rawOffset) {
        if (rawOffset < 0 || rawOffset > rawLength) {
            throw new IndexOutOfBoundsException("offset " + rawOffset + " outside 0.." + rawLength);
        }
        int i = lastAtOrBefore(rawStarts, rawOffset);
        if (i < 0) {
            return 0;
        }
        return cleanedStarts[i] + Math.min(rawOffset, rawEnds[i]) - rawStarts[i];
    }

    private static int lastAtOrBefore(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return text;
    }
}
