package org.corroborate.exercise;

import org.corroborate.scheme.Layer;

/**
 * A span the detectors propose to a student, when the exercise allows suggestions: one of the exercise's labels,
 * {@code [start, end)} in UTF-16 units of the article's text. Taking it adds it to the attempt like any other span.
 */
public record SuggestedSpan(Layer layer, String label, int start, int end, String text) {}
