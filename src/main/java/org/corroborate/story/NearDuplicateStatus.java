package org.corroborate.story;

/** What became of a near-duplicate flag. Flagged and confirmed pairs are not independent reports. */
public enum NearDuplicateStatus {
    FLAGGED("Flagged"),
    CONFIRMED("Confirmed"),
    DISMISSED("Dismissed");

    private final String label;

    NearDuplicateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while the pair counts as one report copied twice. */
    public boolean sameCopy() {
        return this != DISMISSED;
    }
}
