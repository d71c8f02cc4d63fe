package org.corroborate.annotation;

/** Whether a span still sits on its text after the cleaned text changed. */
public enum AnchorState {
    /** Where it was made. */
    ANCHORED,
    /** Found again at another position after the text changed. */
    MOVED,
    /** Its quote is gone from the text: kept, flagged, for a person to fix or delete. */
    ORPHANED
}
