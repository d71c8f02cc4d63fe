package org.corroborate.reconcile;

/** What the intervals alone say about a slot; the worst pair decides. */
public enum AutomaticVerdict {
    /** Disjoint even with the approximation tolerance: at most one of them can be right. */
    CONFLICT("Conflict"),
    /** Overlapping only once each is widened by the approximation tolerance (rounding, "about"). */
    COMPATIBLE("Compatible"),
    /** The intervals overlap as read. */
    CONSISTENT("Consistent"),
    /** Different kinds of quantity (a currency against another, percent against percentage points). */
    NOT_COMPARABLE("Not comparable"),
    /** Only one figure: nothing to compare yet. */
    SINGLE("Single report");

    private final String caption;

    AutomaticVerdict(String caption) {
        this.caption = caption;
    }

    public String caption() {
        return caption;
    }
}
