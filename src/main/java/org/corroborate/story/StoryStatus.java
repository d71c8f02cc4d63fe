package org.corroborate.story;

/** Whether a story is the suggestion's proposal or a manager's decision. */
public enum StoryStatus {
    SUGGESTED("Suggested"),
    ACCEPTED("Accepted");

    private final String label;

    StoryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
