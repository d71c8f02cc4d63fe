package org.corroborate.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.export.StoryKeys;
import org.springframework.stereotype.Component;

/** Tells exports which story each article is in, and which are near-duplicates, so that a split never cuts either. */
@Component
class StoryExportKeys implements StoryKeys {

    private final StoryService stories;

    StoryExportKeys(StoryService stories) {
        this.stories = stories;
    }

    @Override
    public Map<Long, String> storyKeys(long projectId, List<Long> articleIds) {
        Map<Long, String> keys = new HashMap<>();
        for (StoryDetails story : stories.list(projectId)) {
            story.articles().forEach(a -> keys.put(a.articleId(), "story-" + story.id()));
        }
        keys.keySet().retainAll(articleIds);
        return keys;
    }

    @Override
    public Map<Long, Long> nearDuplicateGroups(long projectId) {
        return stories.nearDuplicateGroups(projectId);
    }
}
