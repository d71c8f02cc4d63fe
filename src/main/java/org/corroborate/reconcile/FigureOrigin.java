package org.corroborate.reconcile;

/** Where a story figure comes from: a person's annotation, or the figure detector. */
public enum FigureOrigin {
    ANNOTATED,
    DETECTED
}
