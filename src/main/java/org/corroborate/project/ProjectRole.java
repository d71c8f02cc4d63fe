package org.corroborate.project;

/** A member's role in one project. */
public enum ProjectRole {
    MANAGER("Manager"),
    CURATOR("Curator"),
    ANNOTATOR("Annotator"),
    INSTRUCTOR("Instructor"),
    STUDENT("Student");

    private final String label;

    ProjectRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The project's team: who sees the project's own pages (articles, stories, sources, label sets, settings and
     * members, and what their role adds there). Instructors and students are the classroom: they see the project only
     * through its exercises (ADR 0021), and any other page of it answers as one that does not exist.
     */
    public boolean seesProjectPages() {
        return this == MANAGER || this == CURATOR || this == ANNOTATOR;
    }

    /** Who sets exercises and sees their classes: instructors and managers. */
    public boolean teaches() {
        return this == MANAGER || this == INSTRUCTOR;
    }

    /** Who may bring articles in and edit their metadata. */
    public boolean canEditArticles() {
        return this == MANAGER || this == CURATOR;
    }

    /** Who sees every annotator's work, measures agreement and builds the gold version. */
    public boolean canCurate() {
        return this == MANAGER || this == CURATOR;
    }

    /**
     * Who belongs to the annotator pool: takes an article's annotator places ("next article", assignments) and
     * counts in workload and agreement. Curators and managers only when they annotate (they then have a set);
     * students and instructors never: what they mark is practice, not the team's annotation.
     */
    public boolean takesAnnotatorPlaces() {
        return this == MANAGER || this == CURATOR || this == ANNOTATOR;
    }

    /** Who may put back a segment that cleaning set aside by mistake. */
    public boolean canRestoreSegments() {
        return this == MANAGER || this == CURATOR || this == ANNOTATOR;
    }
}
