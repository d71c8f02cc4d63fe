package org.corroborate.article;

import org.jspecify.annotations.Nullable;

/** A set-aside segment as the reader shows it; offsets are in the raw text. */
public record NoiseSegmentView(
        long id,
        int start,
        int end,
        NoiseKind kind,
        String reason,
        String text,
        boolean restored,
        @Nullable String restoredBy) {}
