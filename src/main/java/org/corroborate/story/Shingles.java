package org.corroborate.story;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The distinct word n-grams ("shingles") of a text, as sorted 64-bit hashes. Two rewrites of the same
 * wire copy share many runs of three words; two reports of the same event in their own words share few.
 */
final class Shingles {

    /** Words per shingle: three separated the rewrite pair of the seed articles best (see ADR 0007). */
    static final int SIZE = 3;

    private final long[] hashes;

    private Shingles(long[] hashes) {
        this.hashes = hashes;
    }

    /** @param words every word of the text in order (see {@link Words#all}) */
    static Shingles of(List<String> words) {
        return of(words, SIZE);
    }

    static Shingles of(List<String> words, int size) {
        if (words.isEmpty()) {
            return new Shingles(new long[0]);
        }
        int count = Math.max(1, words.size() - size + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = hash(words.subList(i, Math.min(words.size(), i + size)));
        }
        Arrays.sort(hashes);
        return new Shingles(Arrays.stream(hashes).distinct().toArray());
    }

    int size() {
        return hashes.length;
    }

    long[] hashes() {
        return hashes;
    }

    /** How much of the smaller text's shingles the other has too: 0 to 1. */
    double containment(Shingles other) {
        int smaller = Math.min(size(), other.size());
        return smaller == 0 ? 0 : (double) shared(other) / smaller;
    }

    /** Shared shingles over all distinct shingles of both. */
    double jaccard(Shingles other) {
        int shared = shared(other);
        int union = size() + other.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    private int shared(Shingles other) {
        long[] a = hashes;
        long[] b = other.hashes;
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** FNV-1a over the words' UTF-8 bytes with a separator, finished with a 64-bit mixer. */
    private static long hash(List<String> words) {
        long h = 0xcbf29ce484222325L;
        for (String word : words) {
            for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            h = (h ^ 0x1f) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
