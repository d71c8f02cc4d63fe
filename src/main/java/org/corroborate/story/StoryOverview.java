package org.corroborate.story;

import java.util.List;

/**
 * Everything the stories page shows: the project's stories, the articles in none, the near-duplicate flags, and
 * whether the current user may change them and reconcile their figures (curators and managers, as the
 * reconciliation service requires).
 */
public record StoryOverview(
        List<StoryDetails> stories,
        List<StoryArticle> unassigned,
        List<NearDuplicateFlag> nearDuplicates,
        boolean canEdit,
        boolean canReconcile) {}
