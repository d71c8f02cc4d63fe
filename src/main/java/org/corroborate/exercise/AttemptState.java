package org.corroborate.exercise;

/** Where a student stands with an exercise, as "My exercises" lists it. */
public enum AttemptState {
    NOT_OPEN_YET("Not open yet"),
    OPEN("Open"),
    SUBMITTED("Submitted"),
    SCORED("Scored"),
    CLOSED("Closed");

    private final String caption;

    AttemptState(String caption) {
        this.caption = caption;
    }

    public String caption() {
        return caption;
    }
}
