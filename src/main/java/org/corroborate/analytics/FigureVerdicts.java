package org.corroborate.analytics;

/**
 * How an article's figures on the reconciliation board fared: consistent with the other articles (or the slot's
 * accepted value, when the error is another article's), in conflict (or the error is in this article), superseded, of
 * a different scope, or not decided yet. Taken from the board's slots, whichever annotations count.
 */
public record FigureVerdicts(long consistent, long conflict, long superseded, long differentScope, long undecided) {

    public static final FigureVerdicts NONE = new FigureVerdicts(0, 0, 0, 0, 0);

    public FigureVerdicts plus(FigureVerdicts o) {
        return new FigureVerdicts(
                consistent + o.consistent,
                conflict + o.conflict,
                superseded + o.superseded,
                differentScope + o.differentScope,
                undecided + o.undecided);
    }

    public long onBoard() {
        return consistent + conflict + superseded + differentScope + undecided;
    }
}
