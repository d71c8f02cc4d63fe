package org.corroborate.story;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleWording;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSettings;
import org.corroborate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the suggestion on a project: articles in no story join a similar existing story or form new suggested
 * stories, and near-duplicate pairs are flagged. Callers check who may ask; reading the project's articles and
 * settings needs only membership.
 */
@Component
class StorySuggester {

    private final StoryRepository stories;
    private final StoryVersions versions;
    private final StoryMembershipRepository memberships;
    private final NearDuplicateRepository nearDuplicates;
    private final ArticleService articles;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;

    StorySuggester(
            StoryRepository stories,
            StoryVersions versions,
            StoryMembershipRepository memberships,
            NearDuplicateRepository nearDuplicates,
            ArticleService articles,
            ProjectService projects,
            CurrentUser currentUser,
            Clock clock) {
        this.stories = stories;
        this.versions = versions;
        this.memberships = memberships;
        this.nearDuplicates = nearDuplicates;
        this.articles = articles;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * For articles an import has just committed: they are placed, and checked for near-duplicates among all of
     * the project's articles. Its own transaction, so a failure here never undoes the import.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public SuggestionReport afterImport(long projectId, Collection<Long> imported) {
        return run(projectId, imported, imported);
    }

    /** Every article in no story is placed; every pair of articles is checked for near-duplicates. */
    @Transactional
    public SuggestionReport suggestAll(long projectId) {
        return run(projectId, null, null);
    }

    /**
     * @param toPlace articles to place if they are in no story (null: every article in no story)
     * @param focus articles whose pairs are checked for near-duplicates (null: all)
     */
    private SuggestionReport run(long projectId, @Nullable Collection<Long> toPlace, @Nullable Collection<Long> focus) {
        ProjectSettings settings = projects.settings(projectId);
        Map<Long, ArticleWording> contents = articles.wordings(projectId).stream()
                .collect(Collectors.toMap(ArticleWording::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        ArticleSimilarity similarity = ArticleSimilarity.of(contents.values().stream()
                .map(c -> new ArticleSimilarity.Text(c.id(), c.cleanedText()))
                .toList());

        Map<Long, List<Long>> storyMembers = new LinkedHashMap<>();
        Set<Long> placed = new HashSet<>();
        for (StoryMembership m : memberships.findByProject(projectId)) {
            storyMembers
                    .computeIfAbsent(m.getStoryId(), id -> new ArrayList<>())
                    .add(m.getArticleId());
            placed.add(m.getArticleId());
        }
        List<Long> candidates = (toPlace == null ? contents.keySet() : toPlace)
                .stream()
                        .filter(contents::containsKey)
                        .filter(id -> !placed.contains(id))
                        .sorted()
                        .toList();
        StoryClustering.Result result = StoryClustering.cluster(
                storyMembers,
                candidates,
                similarity::story,
                similarity::storyCandidates,
                settings.storySimilarity().doubleValue());

        String actor = currentUser.requireUsername();
        Instant now = clock.instant();
        int articlesPlaced = 0;
        for (Map.Entry<Long, List<Long>> added : result.addedToStories().entrySet()) {
            versions.articlesChanged(added.getKey());
            List<Long> group = new ArrayList<>(storyMembers.get(added.getKey()));
            group.addAll(added.getValue());
            for (long articleId : added.getValue()) {
                memberships.save(new StoryMembership(
                        articleId, added.getKey(), true, averageSimilarity(similarity, articleId, group), actor, now));
                articlesPlaced++;
            }
        }
        for (List<Long> group : result.newStories()) {
            long medoid = medoid(similarity, group);
            Story story = stories.save(new Story(
                    projectId,
                    title(Objects.requireNonNull(contents.get(medoid), "groups are made of the articles in contents")
                            .title()),
                    StoryStatus.SUGGESTED,
                    actor,
                    now));
            for (long articleId : group) {
                memberships.save(new StoryMembership(
                        articleId, story.getId(), true, averageSimilarity(similarity, articleId, group), actor, now));
                articlesPlaced++;
            }
        }

        Set<List<Long>> known = nearDuplicates.findByProjectIdOrderByArticleAAscArticleBAsc(projectId).stream()
                .map(p -> List.of(p.getArticleA(), p.getArticleB()))
                .collect(Collectors.toSet());
        int flagged = 0;
        for (ArticleSimilarity.Pair pair : similarity.nearDuplicates(
                focus == null ? contents.keySet() : focus,
                settings.nearDuplicateThreshold().doubleValue())) {
            if (known.add(List.of(pair.a(), pair.b()))) {
                nearDuplicates.save(new NearDuplicate(projectId, pair.a(), pair.b(), pair.similarity(), now));
                flagged++;
            }
        }
        memberships.flush();
        nearDuplicates.flush();
        return new SuggestionReport(result.newStories().size(), articlesPlaced, flagged);
    }

    private static double averageSimilarity(ArticleSimilarity similarity, long articleId, List<Long> group) {
        return group.stream()
                .filter(other -> other != articleId)
                .mapToDouble(other -> similarity.story(articleId, other))
                .average()
                .orElse(0);
    }

    /** The article most like the others of its group: its headline names the story. */
    private static long medoid(ArticleSimilarity similarity, List<Long> group) {
        long best = group.getFirst();
        double bestScore = -1;
        for (long articleId : group) {
            double score = averageSimilarity(similarity, articleId, group);
            if (score > bestScore) {
                best = articleId;
                bestScore = score;
            }
        }
        return best;
    }

    static String title(String headline) {
        String clean = headline.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            return "Untitled story";
        }
        return clean.length() <= StoryDetails.TITLE_MAX_LENGTH
                ? clean
                : clean.substring(0, StoryDetails.TITLE_MAX_LENGTH - 1).strip() + "…";
    }
}
