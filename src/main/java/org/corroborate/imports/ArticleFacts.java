package org.corroborate.imports;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a file says about an article besides its text; blanks are null. */
public record ArticleFacts(
        @Nullable String outlet,
        @Nullable String url,
        @Nullable String author,
        @Nullable LocalDate published) {

    public static final ArticleFacts NONE = new ArticleFacts(null, null, null, null);

    public boolean isEmpty() {
        return outlet == null && url == null && author == null && published == null;
    }
}
