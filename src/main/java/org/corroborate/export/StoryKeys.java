package org.corroborate.export;

import java.util.List;
import java.util.Map;

/**
 * Which story each article belongs to, for the split. The story feature implements this as a Spring bean once
 * it exists; until then every article is its own story (see ADR 0010).
 */
public interface StoryKeys {

    /** Article id → story key, for the given articles; an article missing from the map is its own story. */
    Map<Long, String> storyKeys(long projectId, List<Long> articleIds);

    /** Article id → its near-duplicate group (rewrites of one copy), for articles that have near-duplicates. */
    default Map<Long, Long> nearDuplicateGroups(long projectId) {
        return Map.of();
    }
}
