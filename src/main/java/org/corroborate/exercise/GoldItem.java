package org.corroborate.exercise;

import org.corroborate.scheme.Layer;

/** A gold item of an exercise (UTF-16 offsets into the article's cleaned text) with the instructor's explanation. */
public record GoldItem(
        long annotationId,
        long articleId,
        Layer layer,
        String label,
        int start,
        int end,
        String text,
        String explanation) {}
