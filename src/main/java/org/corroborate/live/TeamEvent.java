package org.corroborate.live;

import org.jspecify.annotations.Nullable;

/**
 * Something a teammate did that other open views should know about. {@code slot} names the place in the article
 * a change concerns (e.g. {@code source:120-134}), so a view can tell whether it touches what its user is working
 * on. The message is plain text, safe to show to anyone who may see the project's {@code kind} of event.
 */
public record TeamEvent(long projectId, @Nullable Long articleId, Kind kind, String actor, String message,
        @Nullable String slot) {

    public enum Kind {
        /** An annotator marked their set of an article finished. */
        SET_FINISHED,
        /** A curator changed the gold version of an article. */
        GOLD_CHANGED,
        /** A curator marked an article curated, or reopened it. */
        ARTICLE_CURATED,
        /** An article was assigned or handed out. */
        ASSIGNMENT_CHANGED
    }
}
