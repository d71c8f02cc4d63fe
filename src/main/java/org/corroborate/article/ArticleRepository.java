package org.corroborate.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    /** The list without the texts: a grid of hundreds of articles must not load their bodies. */
    @Query("select new org.corroborate.article.ArticleSummary(a.id, a.title, a.outlet, a.publishedDate, a.wordCount,"
            + " a.importedAt, a.status, a.sourceName) from Article a where a.projectId = :projectId order by a.id")
    List<ArticleSummary> listSummaries(long projectId);

    @Query("select new org.corroborate.article.ArticleWording(a.id, a.title, a.cleanedText) from Article a"
            + " where a.projectId = :projectId order by a.id")
    List<ArticleWording> listContents(long projectId);

    @Query("select a.title from Article a where a.projectId = :projectId and a.contentHash = :hash")
    Optional<String> findTitleByProjectIdAndContentHash(long projectId, String hash);

    long countByProjectId(long projectId);

    @Query("select a.contentHash, a.title from Article a where a.projectId = :projectId")
    List<Object[]> findTitlesByHash(long projectId);

    @Query(
            "select new org.corroborate.article.ArticleContent(a.id, a.title, a.outlet, a.url, a.author, a.publishedDate,"
                    + " a.wordCount, a.importedAt, a.sourceName, a.cleanedText) from Article a"
                    + " where a.projectId = :projectId and a.id in :ids order by a.id")
    List<ArticleContent> findContents(long projectId, java.util.Collection<Long> ids);

    @Query("select a.id from Article a where a.projectId = :projectId order by a.id")
    List<Long> findIds(long projectId);
}
