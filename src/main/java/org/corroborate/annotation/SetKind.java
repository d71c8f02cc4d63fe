package org.corroborate.annotation;

/** Whose annotations a set holds. */
enum SetKind {
    /** One annotator's own work. */
    ANNOTATOR,
    /** The article's curated gold version, built by curators. */
    GOLD;

    /** The owner name of gold sets: no username can contain '#', so it never meets an annotator's set. */
    static final String GOLD_OWNER = "#gold";
}
