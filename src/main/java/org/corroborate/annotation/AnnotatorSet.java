package org.corroborate.annotation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One annotator's set of one article as the workload and curation views see it: status, time spent, how many
 * decided annotations (pending and rejected suggestions do not count), and whether it was abandoned (unfinished
 * and idle for longer than the project's timeout, so its slot went back to the pool).
 */
public record AnnotatorSet(
        long articleId,
        String annotator,
        AnnotationSetStatus status,
        long activeSeconds,
        long annotations,
        Instant updatedAt,
        @Nullable Instant finishedAt,
        @Nullable String assignedBy,
        boolean abandoned) {}
