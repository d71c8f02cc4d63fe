package org.corroborate.annotation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One span of an article's gold version, with who put it there and when, who changed it last, and where it came
 * from (e.g. "accepted from annotator2", "merge: majority (annotator, annotator2)", null when added by hand).
 */
public record GoldSpan(
        AnnotationView annotation,
        String createdBy,
        Instant createdAt,
        @Nullable String updatedBy,
        Instant updatedAt,
        @Nullable String origin) {}
