package org.corroborate.story;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Raises a story's version when its articles change (the story row itself does not), so that a decision taken on
 * the old list of articles fails. The version goes up at once, not only at commit, so the caller reads the new one.
 */
@Component
class StoryVersions {

    private final EntityManager entityManager;
    private final StoryRepository stories;

    StoryVersions(EntityManager entityManager, StoryRepository stories) {
        this.entityManager = entityManager;
        this.stories = stories;
    }

    /** Must run inside the caller's transaction. */
    void articlesChanged(long storyId) {
        Story story = stories.findById(storyId).orElseThrow(NotFoundOrNotAllowedException::new);
        entityManager.lock(story, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
