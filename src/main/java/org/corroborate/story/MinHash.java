package org.corroborate.story;

/**
 * A MinHash signature of a shingle set: for each of {@link #HASHES} fixed hash functions, the smallest
 * hash of any shingle. The share of positions where two signatures agree estimates the sets' Jaccard
 * similarity (standard error about √(J(1−J)/128)), at the cost of 128 comparisons instead of a walk over
 * both sets. The functions are fixed, so signatures are reproducible.
 */
final class MinHash {

    static final int HASHES = 128;
    private static final long[] SEEDS = new long[HASHES];

    static {
        for (int i = 0; i < HASHES; i++) {
            SEEDS[i] = Shingles.mix(0x9e3779b97f4a7c15L * (i + 1));
        }
    }

    private final long[] minima;
    private final int setSize;

    private MinHash(long[] minima, int setSize) {
        this.minima = minima;
        this.setSize = setSize;
    }

    static MinHash of(Shingles shingles) {
        long[] minima = new long[HASHES];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles.hashes()) {
            for (int i = 0; i < HASHES; i++) {
                long h = Shingles.mix(shingle ^ SEEDS[i]);
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        return new MinHash(minima, shingles.size());
    }

    double estimatedJaccard(MinHash other) {
        if (setSize == 0 || other.setSize == 0) {
            return 0;
        }
        int agree = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minima[i] == other.minima[i]) {
                agree++;
            }
        }
        return (double) agree / HASHES;
    }

    /**
     * Containment of the smaller set in the larger, from the estimated Jaccard J and the exact sizes:
     * |A ∩ B| = J (|A| + |B|) / (1 + J).
     */
    double estimatedContainment(MinHash other) {
        int smaller = Math.min(setSize, other.setSize);
        if (smaller == 0) {
            return 0;
        }
        double j = estimatedJaccard(other);
        double shared = j * (setSize + other.setSize) / (1 + j);
        return Math.min(1.0, shared / smaller);
    }
}
