package org.corroborate.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An article's place in a story; the article id is the key, so an article is in at most one story. */
@Entity
@Table(name = "story_article")
class StoryMembership {

    @Id
    @Column(name = "article_id")
    private long articleId;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    /** Placed by the suggestion and not yet accepted by a manager. */
    @Column(nullable = false)
    private boolean suggested;

    /** Average story similarity to the story's other articles when the suggestion placed it. */
    @Column
    private @Nullable Double similarity;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    /** A wrapper, so that a new membership (null) is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    protected StoryMembership() {
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    StoryMembership(
            long articleId,
            long storyId,
            boolean suggested,
            @Nullable Double similarity,
            String addedBy,
            Instant addedAt) {
        this.articleId = articleId;
        this.storyId = storyId;
        this.suggested = suggested;
        this.similarity = similarity;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    long getArticleId() {
        return articleId;
    }

    long getStoryId() {
        return storyId;
    }

    boolean isSuggested() {
        return suggested;
    }

    @Nullable
    Double getSimilarity() {
        return similarity;
    }

    /** A manager's decision: the article belongs in this story. */
    void placeBy(long storyId, String by, Instant at) {
        this.storyId = storyId;
        this.suggested = false;
        this.similarity = null;
        this.addedBy = by;
        this.addedAt = at;
    }

    void accept() {
        this.suggested = false;
    }
}
