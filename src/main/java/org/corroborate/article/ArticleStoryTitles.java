package org.corroborate.article;

import java.util.Map;

/**
 * The title of the story each article of a project belongs to, for the article list. Implemented by the story
 * feature, which depends on this one (an interface here keeps the feature packages free of cycles).
 */
public interface ArticleStoryTitles {

    /** Story titles by article id; articles in no story are absent. */
    Map<Long, String> storyTitles(long projectId);
}
