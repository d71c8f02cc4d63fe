package org.corroborate.live;

import org.jspecify.annotations.Nullable;

/**
 * Something a teammate did that other open views should know about. {@code slot} names the place in the article
 * a change concerns (e.g. {@code source:120-134}), so a view can tell whether it touches what its user is working
 * on. The message is plain text, safe to show to anyone who may see the project's {@code kind} of event.
 */
public record TeamEvent(
        long projectId,
        @Nullable Long articleId,
        Kind kind,
        String actor,
        String message,
        @Nullable String slot) {

    public enum Kind {
        /** An annotator marked their set of an article finished. */
        SET_FINISHED,
        /** A curator changed the gold version of an article. */
        GOLD_CHANGED,
        /** A curator marked an article curated, or reopened it. */
        ARTICLE_CURATED,
        /** An article was assigned or handed out. */
        ASSIGNMENT_CHANGED,
        /**
         * A reconciler changed a slot of a story's board (verdict, title, figures moved, added or removed, merged);
         * {@code slot} is {@code story/<storyId>/slot/<slotId>}.
         */
        SLOT_CHANGED
    }

    /** The {@code slot} of a {@link Kind#SLOT_CHANGED} event. */
    public static String storySlot(long storyId, long slotId) {
        return "story/" + storyId + "/slot/" + slotId;
    }

    /** Whether this event is about a slot of that story's board. */
    public boolean concernsStory(long storyId) {
        return kind == Kind.SLOT_CHANGED && slot != null && slot.startsWith("story/" + storyId + "/");
    }
}
