package org.corroborate.export;

import java.util.Locale;

/**
 * How a dataset is divided between train, dev and test, as parts of a whole (80/10/10). Parts may be zero,
 * not all zero.
 */
public record SplitRatios(int train, int dev, int test) {

    public SplitRatios {
        if (train < 0 || dev < 0 || test < 0 || train + dev + test == 0) {
            throw new IllegalArgumentException(
                    "Split ratios are three non-negative whole numbers, not all zero, e.g. 80/10/10.");
        }
    }

    /** Reads "80/10/10" (or with colons or commas). */
    public static SplitRatios parse(String text) {
        String[] parts = text.strip().split("\\s*[/:,]\\s*");
        if (parts.length != 3) {
            throw new IllegalArgumentException("A split is three numbers such as 80/10/10, not '" + text + "'.");
        }
        try {
            return new SplitRatios(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A split is three whole numbers such as 80/10/10, not '" + text + "'.");
        }
    }

    int of(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case DEV -> dev;
            case TEST -> test;
        };
    }

    int total() {
        return train + dev + test;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d/%d/%d", train, dev, test);
    }
}
