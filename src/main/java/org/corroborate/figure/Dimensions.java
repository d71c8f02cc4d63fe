package org.corroborate.figure;

/**
 * The dimensions a figure can have. Same codes as the figure labels of {@code org.corroborate.scheme.Labels}
 * (a test keeps them equal); repeated here so that figure reading depends on nothing else of ours.
 */
public final class Dimensions {

    public static final String MONEY = "money";
    public static final String PERCENT = "percent";
    public static final String COUNT = "count";
    public static final String LENGTH = "length";
    public static final String DURATION = "duration";
    public static final String DATE = "date";

    private Dimensions() {}
}
