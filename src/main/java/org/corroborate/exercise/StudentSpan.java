package org.corroborate.exercise;

import org.corroborate.scheme.Layer;

/** A span of a student's attempt as services hand it out (UTF-16 offsets into the article's cleaned text). */
public record StudentSpan(long id, long articleId, Layer layer, String label, int start, int end, String text) {}
