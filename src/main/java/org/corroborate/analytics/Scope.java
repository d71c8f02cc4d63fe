package org.corroborate.analytics;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which articles of a project an analytics figure looks at: all, one article, one story, and/or a range of
 * publication dates (inclusive; articles without a date fall outside any range).
 */
public record Scope(
        @Nullable Long articleId,
        @Nullable Long storyId,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final Scope ALL = new Scope(null, null, null, null);

    public static Scope article(long articleId) {
        return new Scope(articleId, null, null, null);
    }

    public static Scope story(long storyId) {
        return new Scope(null, storyId, null, null);
    }
}
