package org.corroborate.source;

/** What a canonical source is. */
public enum SourceKind {
    PERSON("Person"),
    ORGANISATION("Organisation"),
    GROUP("Group"),
    DOCUMENT("Document"),
    OTHER("Other");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
