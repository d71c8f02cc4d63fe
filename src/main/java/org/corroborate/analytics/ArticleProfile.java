package org.corroborate.analytics;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An article's sourcing profile. {@code counted} is false when nothing of the chosen kind exists for it (no gold
 * because it is not curated, no finished set of the annotator, ...): its zeros then mean "not counted".
 */
public record ArticleProfile(
        long articleId,
        String title,
        String outlet,
        @Nullable LocalDate published,
        @Nullable Long storyId,
        boolean counted,
        Components components,
        boolean nearDuplicate) {}
