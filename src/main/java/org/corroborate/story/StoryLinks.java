package org.corroborate.story;

/** Where a project's stories live in the web app, for views of other features that link to them. */
public final class StoryLinks {

    private StoryLinks() {}

    public static String storiesPath(long projectId) {
        return "projects/" + projectId + "/stories";
    }

    /** The page that reconciles a story's figures across its articles (the reconcile feature's view). */
    public static String reconcilePath(long projectId, long storyId) {
        return "projects/" + projectId + "/stories/" + storyId + "/reconcile";
    }
}
