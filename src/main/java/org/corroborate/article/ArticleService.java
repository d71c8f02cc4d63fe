package org.corroborate.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.project.ProjectAccess;
import org.corroborate.project.ProjectGrant;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's articles: listing, reading, metadata, restoring set-aside text, and storing imports. */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ArticleService(
            ArticleRepository articles,
            ProjectAccess access,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.articles = articles;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ArticleSummary> list(long projectId) {
        access.requireView(projectId);
        return articles.listSummaries(projectId);
    }

    /** Every article's cleaned text, for comparing the project's articles with each other. */
    @Transactional(readOnly = true)
    public List<ArticleWording> wordings(long projectId) {
        access.requireView(projectId);
        return articles.listContents(projectId);
    }

    /** An article of the given project; any other article, or one the user may not see, is "not found". */
    @Transactional(readOnly = true)
    public ArticleDetails get(long projectId, long articleId) {
        ProjectGrant grant = access.requireView(projectId);
        Article article = find(projectId, articleId);
        return article.toDetails(grant.canEditArticles(), grant.canRestoreSegments());
    }

    /** Where the article stands (new, in progress, curated); for any member. */
    @Transactional(readOnly = true)
    public ArticleStatus status(long projectId, long articleId) {
        access.requireView(projectId);
        return find(projectId, articleId).getStatus();
    }

    /**
     * A curator declares the article curated (its gold version final: exports and exercises read it, and blind
     * mode lifts for it), or reopens it for curation.
     */
    @Transactional
    public ArticleStatus setCurated(long projectId, long articleId, boolean curated) {
        access.requireCurate(projectId);
        Article article = find(projectId, articleId);
        article.setStatus(curated ? ArticleStatus.CURATED : ArticleStatus.IN_PROGRESS);
        articles.flush();
        return article.getStatus();
    }

    @Transactional
    public ArticleDetails updateMetadata(
            long projectId, long articleId, long expectedVersion, ArticleMetadata metadata) {
        ProjectGrant grant = access.requireEditArticles(projectId);
        Article article = findForChange(projectId, articleId, expectedVersion);
        article.updateMetadata(metadata.validated());
        articles.flush();
        return article.toDetails(grant.canEditArticles(), grant.canRestoreSegments());
    }

    /**
     * Puts a set-aside segment back into the cleaned text (restored = true), or sets it aside again. The
     * change is refused if the article changed since {@code expectedVersion}.
     */
    @Transactional
    public ArticleDetails setSegmentRestored(
            long projectId, long articleId, long segmentId, boolean restored, long expectedVersion) {
        ProjectGrant grant = access.requireRestoreSegments(projectId);
        Article article = findForChange(projectId, articleId, expectedVersion);
        ArticleNoiseSegment segment = article.getNoiseSegments().stream()
                .filter(s -> s.getId() == segmentId)
                .findFirst()
                .orElseThrow(NotFoundOrNotAllowedException::new);
        segment.setRestored(restored, currentUser.requireUsername(), clock.instant());
        article.reassembleCleanedText();
        articles.flush();
        events.publishEvent(new CleanedTextChanged(articleId, article.getCleanedText()));
        return article.toDetails(grant.canEditArticles(), grant.canRestoreSegments());
    }

    /**
     * Stores drafts in one transaction. Exact duplicates (same cleaned text as an article already in the
     * project, or as an earlier draft of the batch) are skipped and reported, never stored twice.
     */
    @Transactional
    public ArticleImportResult addArticles(long projectId, List<ArticleDraft> drafts) {
        access.requireEditArticles(projectId);
        String importer = currentUser.requireUsername();
        List<ArticleSummary> imported = new ArrayList<>();
        List<ArticleImportResult.SkippedDuplicate> duplicates = new ArrayList<>();
        // Existing texts are looked up once: a query per draft would flush the growing batch each time.
        Map<String, String> batchTitles = new HashMap<>();
        for (Object[] row : articles.findTitlesByHash(projectId)) {
            batchTitles.putIfAbsent((String) row[0], (String) row[1]);
        }
        for (ArticleDraft draft : drafts) {
            Optional<String> existing = Optional.ofNullable(batchTitles.get(draft.fingerprint()));
            if (existing.isPresent()) {
                duplicates.add(new ArticleImportResult.SkippedDuplicate(draft.sourceName(), existing.get()));
                continue;
            }
            batchTitles.put(draft.fingerprint(), draft.title());
            Article saved = articles.save(new Article(projectId, draft, clock.instant(), importer));
            imported.add(new ArticleSummary(
                    saved.getId(),
                    draft.title(),
                    null,
                    null,
                    draft.wordCount(),
                    clock.instant(),
                    ArticleStatus.NEW,
                    draft.sourceName()));
        }
        articles.flush();
        if (!imported.isEmpty()) {
            events.publishEvent(new ArticlesImported(
                    projectId, imported.stream().map(ArticleSummary::id).toList()));
        }
        return new ArticleImportResult(imported, duplicates);
    }

    /** The ids of the project's articles, in import order (for exports that read texts page by page). */
    @Transactional(readOnly = true)
    public List<Long> ids(long projectId) {
        access.requireView(projectId);
        return articles.findIds(projectId);
    }

    /** Metadata and cleaned text of some of the project's articles (ids of other projects are ignored). */
    @Transactional(readOnly = true)
    public List<ArticleContent> contents(long projectId, java.util.Collection<Long> articleIds) {
        access.requireView(projectId);
        return articleIds.isEmpty() ? List.of() : articles.findContents(projectId, articleIds);
    }

    private Article find(long projectId, long articleId) {
        return articles.findById(articleId)
                .filter(a -> a.getProjectId() == projectId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private Article findForChange(long projectId, long articleId, long expectedVersion) {
        Article article = find(projectId, articleId);
        if (article.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Article.class, articleId);
        }
        return article;
    }
}
