package org.corroborate.agreement;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotatorSet;
import org.corroborate.annotation.TeamAnnotationService;
import org.corroborate.annotation.TeamSpan;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.project.ProjectAccess;
import org.corroborate.scheme.Layer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inter-annotator agreement of a project, for its curators and managers only. */
@Service
public class AgreementService {

    private final TeamAnnotationService team;
    private final ArticleService articles;
    private final ProjectAccess access;
    private final SpanAgreement agreement = new SpanAgreement();

    AgreementService(TeamAnnotationService team, ArticleService articles, ProjectAccess access) {
        this.team = team;
        this.articles = articles;
        this.access = access;
    }

    /** Everyone of the annotator pool who has a set in the project, by name. */
    @Transactional(readOnly = true)
    public List<String> annotators(long projectId) {
        access.requireCurate(projectId);
        return List.copyOf(team.projectSets(projectId).stream()
                .map(AnnotatorSet::annotator)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    /**
     * Which work a report compares. By default only comparable work: finished sets, on the articles every compared
     * annotator finished; an annotator still at work, or who never had an article, would otherwise count as
     * disagreeing.
     */
    public record Comparison(boolean unfinishedSets, boolean articlesNotEveryoneHad) {

        public static final Comparison COMPARABLE = new Comparison(false, false);
        public static final Comparison EVERYTHING = new Comparison(true, true);

        /** One line for the page and the Agreement sheet. */
        public String describe() {
            return (unfinishedSets ? "every set, finished or not" : "finished sets only") + "; "
                    + (articlesNotEveryoneHad
                            ? "every article a compared annotator had"
                            : "articles every compared annotator " + (unfinishedSets ? "had" : "finished"));
        }
    }

    /**
     * Agreement of the chosen annotators on one layer, on comparable work ({@link Comparison#COMPARABLE}).
     *
     * @param annotators two or more; empty means everyone with a set in the project
     * @param articleIds the articles to include; empty means all of the project's
     */
    @Transactional(readOnly = true)
    public AgreementReport report(
            long projectId, Layer layer, Collection<String> annotators, Collection<Long> articleIds) {
        return report(projectId, layer, annotators, articleIds, Comparison.COMPARABLE);
    }

    @Transactional(readOnly = true)
    public AgreementReport report(
            long projectId,
            Layer layer,
            Collection<String> annotators,
            Collection<Long> articleIds,
            Comparison comparison) {
        access.requireCurate(projectId);
        List<String> everyone = annotators(projectId);
        List<String> raters = annotators.isEmpty()
                ? everyone
                : List.copyOf(new LinkedHashSet<>(
                        annotators.stream().filter(everyone::contains).sorted().toList()));
        // Whose set of which article counts: finished ones (or all), of the chosen annotators.
        Map<Long, Set<String>> countedSets = new HashMap<>();
        for (AnnotatorSet set : team.projectSets(projectId)) {
            if (raters.contains(set.annotator())
                    && (comparison.unfinishedSets() || set.status() == AnnotationSetStatus.FINISHED)) {
                countedSets
                        .computeIfAbsent(set.articleId(), id -> new HashSet<>())
                        .add(set.annotator());
            }
        }
        Map<Long, String> titles = new HashMap<>();
        int chosenArticles = 0;
        for (ArticleSummary article : articles.list(projectId)) {
            if (articleIds.isEmpty() || articleIds.contains(article.id())) {
                chosenArticles++;
                Set<String> had = countedSets.getOrDefault(article.id(), Set.of());
                if (comparison.articlesNotEveryoneHad() ? !had.isEmpty() : had.containsAll(raters)) {
                    titles.put(article.id(), article.title());
                }
            }
        }
        List<TeamSpan> spans = team.spansForAgreement(projectId, titles.keySet()).stream()
                .filter(s -> countedSets.getOrDefault(s.articleId(), Set.of()).contains(s.annotator()))
                .toList();
        Set<Long> used = new TreeSet<>();
        spans.forEach(s -> used.add(s.articleId()));
        Map<Long, String> texts = new HashMap<>();
        for (long articleId : used) {
            texts.put(articleId, articles.get(projectId, articleId).cleanedText());
        }
        List<AgreementSpan> input = spans.stream()
                .map(s -> new AgreementSpan(
                        s.annotator(),
                        s.articleId(),
                        s.annotation().layer(),
                        s.annotation().label(),
                        s.annotation().start(),
                        s.annotation().end(),
                        s.annotation().frameId()))
                .toList();
        return new AgreementReport(
                agreement.analyse(layer, raters, input, texts),
                titles,
                everyone,
                comparison,
                titles.size(),
                chosenArticles - titles.size());
    }
}
