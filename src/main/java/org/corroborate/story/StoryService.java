package org.corroborate.story;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleStoryTitles;
import org.corroborate.article.ArticleSummary;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectAccess;
import org.corroborate.project.ProjectGrant;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's stories and near-duplicate flags. Every member reads them; managers (and site admins) accept,
 * rename, create, move, split and dismiss. A story's version goes up with any change of its title or articles,
 * and the calls that take {@code expectedVersion} refuse when it moved on: a decision is never taken on a list
 * of articles someone else has changed meanwhile.
 *
 * <p>The reconciliation of figures reads through {@link #storyOf}, {@link #independent} and
 * {@link #nearDuplicateGroups}.
 */
@Service
public class StoryService implements ArticleStoryTitles {

    static final String MANAGERS_ONLY = "Only the project's managers can change its stories.";

    private final StoryRepository stories;
    private final StoryVersions versions;
    private final StoryMembershipRepository memberships;
    private final NearDuplicateRepository nearDuplicates;
    private final StorySuggester suggester;
    private final ArticleService articles;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    StoryService(
            StoryRepository stories,
            StoryVersions versions,
            StoryMembershipRepository memberships,
            NearDuplicateRepository nearDuplicates,
            StorySuggester suggester,
            ArticleService articles,
            ProjectAccess access,
            CurrentUser currentUser,
            Clock clock) {
        this.stories = stories;
        this.versions = versions;
        this.memberships = memberships;
        this.nearDuplicates = nearDuplicates;
        this.suggester = suggester;
        this.articles = articles;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- reading (every member)

    /** The stories page: stories with their articles, the articles in no story, the near-duplicate flags. */
    @Transactional(readOnly = true)
    public StoryOverview overview(long projectId) {
        ProjectGrant grant = access.requireView(projectId);
        Snapshot s = snapshot(projectId);
        List<StoryArticle> unassigned = s.articles.values().stream()
                .filter(a -> !s.memberships.containsKey(a.id()))
                .map(a -> s.article(a.id(), null))
                .sorted(BY_DATE)
                .toList();
        List<NearDuplicateFlag> flags = s.pairs.stream()
                .map(p -> new NearDuplicateFlag(
                        p.getId(),
                        p.getVersion(),
                        p.getArticleA(),
                        s.title(p.getArticleA()),
                        p.getArticleB(),
                        s.title(p.getArticleB()),
                        p.getSimilarity(),
                        p.getStatus()))
                .toList();
        return new StoryOverview(s.stories(), unassigned, flags, grant.canManage(), grant.canCurate());
    }

    /** The project's stories, each with its articles. */
    @Transactional(readOnly = true)
    public List<StoryDetails> list(long projectId) {
        access.requireView(projectId);
        return snapshot(projectId).stories();
    }

    /** One story of the project with its articles; another project's story is "not found". */
    @Transactional(readOnly = true)
    public StoryDetails storyOf(long projectId, long storyId) {
        access.requireView(projectId);
        Story story = story(projectId, storyId);
        return snapshot(projectId).details(story);
    }

    /** The story an article of the project is in, if any. */
    @Transactional(readOnly = true)
    public Optional<StoryDetails> storyOfArticle(long projectId, long articleId) {
        access.requireView(projectId);
        return memberships
                .findById(articleId)
                .flatMap(m -> stories.findById(m.getStoryId()))
                .filter(s -> s.getProjectId() == projectId)
                .map(s -> snapshot(projectId).details(s));
    }

    @Transactional(readOnly = true)
    public List<NearDuplicateFlag> nearDuplicates(long projectId) {
        return overview(projectId).nearDuplicates();
    }

    /**
     * For each article of the project that has near-duplicates (flagged or confirmed, not dismissed; counted
     * transitively), its group: the lowest article id of the group. Articles without near-duplicates are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> nearDuplicateGroups(long projectId) {
        access.requireView(projectId);
        return groups(nearDuplicates.findByProjectIdOrderByArticleAAscArticleBAsc(projectId));
    }

    /**
     * True when two articles of the project count as independent reports: they are different articles and not
     * rewrites of one copy (no flagged or confirmed near-duplicate chain links them).
     */
    @Transactional(readOnly = true)
    public boolean independent(long projectId, long articleA, long articleB) {
        Map<Long, Long> groups = nearDuplicateGroups(projectId);
        if (articleA == articleB) {
            return false;
        }
        Long groupA = groups.get(articleA);
        return groupA == null || !groupA.equals(groups.get(articleB));
    }

    /** True when the current user may change the project's stories. */
    @Transactional(readOnly = true)
    public boolean canEdit(long projectId) {
        return access.requireView(projectId).canManage();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> storyTitles(long projectId) {
        access.requireView(projectId);
        Map<Long, String> titles = stories.findByProjectIdOrderById(projectId).stream()
                .collect(Collectors.toMap(Story::getId, Story::getTitle));
        Map<Long, String> byArticle = new HashMap<>();
        for (StoryMembership m : memberships.findByProject(projectId)) {
            byArticle.put(m.getArticleId(), titles.get(m.getStoryId()));
        }
        return byArticle;
    }

    // ---- changing (managers)

    /**
     * Runs the suggestion: every article in no story joins a similar story or forms a new suggested story with
     * similar ones, and every pair of articles is checked for near-duplicates (a dismissed pair stays dismissed).
     * Imports do the same for their new articles on their own.
     */
    @Transactional
    public SuggestionReport suggest(long projectId) {
        requireManage(projectId);
        return suggester.suggestAll(projectId);
    }

    /** The manager agrees with the story and every article the suggestion put in it. */
    @Transactional
    public StoryDetails accept(long projectId, long storyId, long expectedVersion) {
        requireManage(projectId);
        Story story = storyForChange(projectId, storyId, expectedVersion);
        story.accept(currentUser.requireUsername(), clock.instant());
        memberships.findByStoryIdOrderByArticleId(storyId).forEach(StoryMembership::accept);
        return flushAndRead(projectId, story);
    }

    @Transactional
    public StoryDetails rename(long projectId, long storyId, long expectedVersion, String title) {
        requireManage(projectId);
        Story story = storyForChange(projectId, storyId, expectedVersion);
        story.rename(checkTitle(title));
        return flushAndRead(projectId, story);
    }

    /** A new (accepted) story of these articles of the project; they leave the stories they were in. */
    @Transactional
    public StoryDetails create(long projectId, String title, Collection<Long> articleIds) {
        requireManage(projectId);
        String cleanTitle = checkTitle(title);
        Set<Long> ids = checkArticles(projectId, articleIds);
        Story story = stories.save(
                new Story(projectId, cleanTitle, StoryStatus.ACCEPTED, currentUser.requireUsername(), clock.instant()));
        place(ids, story.getId());
        return flushAndRead(projectId, story);
    }

    /**
     * Puts articles of the project into a story, wherever they were (in another story or in none). The manager
     * decided, so they are not "suggested" there.
     */
    @Transactional
    public StoryDetails move(long projectId, Collection<Long> articleIds, long toStoryId) {
        requireManage(projectId);
        Set<Long> ids = checkArticles(projectId, articleIds);
        Story target = story(projectId, toStoryId);
        place(ids, toStoryId);
        return flushAndRead(projectId, target);
    }

    /**
     * Takes some of a story's articles out into a new (accepted) story. Refused when the story changed since
     * {@code expectedVersion}, or when an article is not in it.
     */
    @Transactional
    public StoryDetails split(
            long projectId, long storyId, long expectedVersion, Collection<Long> articleIds, String title) {
        requireManage(projectId);
        storyForChange(projectId, storyId, expectedVersion);
        String cleanTitle = checkTitle(title);
        Set<Long> members = memberships.findByStoryIdOrderByArticleId(storyId).stream()
                .map(StoryMembership::getArticleId)
                .collect(Collectors.toSet());
        Set<Long> ids = new LinkedHashSet<>(articleIds);
        if (ids.isEmpty()) {
            throw new StoryValidationException("Choose the articles to split off into a new story.");
        }
        if (!members.containsAll(ids)) {
            throw new ConcurrentChangeException(Story.class, storyId);
        }
        Story created = stories.save(
                new Story(projectId, cleanTitle, StoryStatus.ACCEPTED, currentUser.requireUsername(), clock.instant()));
        place(ids, created.getId());
        return flushAndRead(projectId, created);
    }

    /** Takes an article out of its story; it is then in none (the story stays, even when empty). */
    @Transactional
    public void remove(long projectId, long articleId) {
        requireManage(projectId);
        checkArticles(projectId, List.of(articleId));
        memberships.findById(articleId).ifPresent(m -> {
            versions.articlesChanged(m.getStoryId());
            memberships.delete(m);
        });
        memberships.flush();
    }

    /** Deletes a story; its articles are then in none. */
    @Transactional
    public void delete(long projectId, long storyId, long expectedVersion) {
        requireManage(projectId);
        Story story = storyForChange(projectId, storyId, expectedVersion);
        memberships.deleteAll(memberships.findByStoryIdOrderByArticleId(storyId));
        memberships.flush();
        stories.delete(story);
        stories.flush();
    }

    /** The two articles are not rewrites of one copy after all: they count as independent again. */
    @Transactional
    public NearDuplicateFlag dismiss(long projectId, long flagId, long expectedVersion) {
        return decide(projectId, flagId, expectedVersion, NearDuplicateStatus.DISMISSED);
    }

    /** A manager agrees: the two articles are one report copied. */
    @Transactional
    public NearDuplicateFlag confirm(long projectId, long flagId, long expectedVersion) {
        return decide(projectId, flagId, expectedVersion, NearDuplicateStatus.CONFIRMED);
    }

    private NearDuplicateFlag decide(long projectId, long flagId, long expectedVersion, NearDuplicateStatus status) {
        requireManage(projectId);
        NearDuplicate pair = nearDuplicates
                .findById(flagId)
                .filter(p -> p.getProjectId() == projectId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
        if (pair.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(NearDuplicate.class, flagId);
        }
        pair.decide(status, currentUser.requireUsername(), clock.instant());
        nearDuplicates.flush();
        return overview(projectId).nearDuplicates().stream()
                .filter(f -> f.id() == flagId)
                .findFirst()
                .orElseThrow();
    }

    // ---- helpers

    private void requireManage(long projectId) {
        if (!access.requireView(projectId).canManage()) {
            throw new AccessRefusedException(MANAGERS_ONLY);
        }
    }

    private Story story(long projectId, long storyId) {
        return stories.findById(storyId)
                .filter(s -> s.getProjectId() == projectId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private Story storyForChange(long projectId, long storyId, long expectedVersion) {
        Story story = story(projectId, storyId);
        if (story.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Story.class, storyId);
        }
        return story;
    }

    /** Moves the articles into the story, raising the version of every story that loses or gains one. */
    private void place(Set<Long> articleIds, long storyId) {
        String by = currentUser.requireUsername();
        Instant now = clock.instant();
        versions.articlesChanged(storyId);
        for (long articleId : articleIds) {
            Optional<StoryMembership> existing = memberships.findById(articleId);
            if (existing.isPresent()) {
                if (existing.get().getStoryId() != storyId) {
                    versions.articlesChanged(existing.get().getStoryId());
                }
                existing.get().placeBy(storyId, by, now);
            } else {
                memberships.save(new StoryMembership(articleId, storyId, false, null, by, now));
            }
        }
    }

    private Set<Long> checkArticles(long projectId, Collection<Long> articleIds) {
        Set<Long> inProject =
                articles.list(projectId).stream().map(ArticleSummary::id).collect(Collectors.toSet());
        Set<Long> ids = new LinkedHashSet<>(articleIds);
        if (!inProject.containsAll(ids)) {
            throw new NotFoundOrNotAllowedException();
        }
        return ids;
    }

    private StoryDetails flushAndRead(long projectId, Story story) {
        stories.flush();
        memberships.flush();
        return snapshot(projectId).details(stories.findById(story.getId()).orElseThrow());
    }

    private static String checkTitle(String title) {
        String clean = title.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new StoryValidationException("A story needs a title.");
        }
        if (clean.length() > StoryDetails.TITLE_MAX_LENGTH) {
            throw new StoryValidationException(
                    "A story title has at most " + StoryDetails.TITLE_MAX_LENGTH + " characters.");
        }
        return clean;
    }

    private static final Comparator<StoryArticle> BY_DATE = Comparator.comparing(
                    StoryArticle::publishedDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparingLong(StoryArticle::articleId);

    private Snapshot snapshot(long projectId) {
        Map<Long, ArticleSummary> summaries =
                articles.list(projectId).stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        Map<Long, StoryMembership> byArticle = memberships.findByProject(projectId).stream()
                .collect(Collectors.toMap(StoryMembership::getArticleId, Function.identity()));
        List<NearDuplicate> pairs = nearDuplicates.findByProjectIdOrderByArticleAAscArticleBAsc(projectId);
        return new Snapshot(stories.findByProjectIdOrderById(projectId), summaries, byArticle, pairs, groups(pairs));
    }

    /** One read of a project's stories, memberships, articles and near-duplicates, to build records from. */
    private record Snapshot(
            List<Story> storyList,
            Map<Long, ArticleSummary> articles,
            Map<Long, StoryMembership> memberships,
            List<NearDuplicate> pairs,
            Map<Long, Long> groups) {

        List<StoryDetails> stories() {
            return storyList.stream().map(this::details).toList();
        }

        StoryDetails details(Story story) {
            List<StoryArticle> list = memberships.values().stream()
                    .filter(m -> m.getStoryId() == story.getId())
                    .filter(m -> articles.containsKey(m.getArticleId()))
                    .map(m -> article(m.getArticleId(), m))
                    .sorted(BY_DATE)
                    .toList();
            return new StoryDetails(
                    story.getId(),
                    story.getProjectId(),
                    story.getTitle(),
                    story.getStatus(),
                    story.getVersion(),
                    story.getCreatedAt(),
                    list);
        }

        StoryArticle article(long articleId, @Nullable StoryMembership membership) {
            ArticleSummary a = Objects.requireNonNull(articles.get(articleId), "callers pass articles of the snapshot");
            return new StoryArticle(
                    articleId,
                    a.title(),
                    a.outlet(),
                    a.publishedDate(),
                    membership != null && membership.isSuggested(),
                    membership == null ? null : membership.getSimilarity(),
                    groups.get(articleId));
        }

        String title(long articleId) {
            ArticleSummary a = articles.get(articleId);
            return a == null ? "#" + articleId : a.title();
        }
    }

    /** Union-find over the pairs that still count as one copy; each group is named by its lowest article id. */
    static Map<Long, Long> groups(List<NearDuplicate> pairs) {
        Map<Long, Long> parent = new HashMap<>();
        for (NearDuplicate p : pairs) {
            if (!p.getStatus().sameCopy()) {
                continue;
            }
            long rootA = root(parent, p.getArticleA());
            long rootB = root(parent, p.getArticleB());
            if (rootA != rootB) {
                parent.put(Math.max(rootA, rootB), Math.min(rootA, rootB));
            }
        }
        Map<Long, Long> groups = new HashMap<>();
        for (long articleId : new ArrayList<>(parent.keySet())) {
            groups.put(articleId, root(parent, articleId));
        }
        return groups;
    }

    private static long parentOf(Map<Long, Long> parent, long id) {
        return Objects.requireNonNull(parent.get(id), "every id on the way to a root was put in");
    }

    private static long root(Map<Long, Long> parent, long id) {
        parent.putIfAbsent(id, id);
        long root = id;
        while (parentOf(parent, root) != root) {
            root = parentOf(parent, root);
        }
        return root;
    }
}
