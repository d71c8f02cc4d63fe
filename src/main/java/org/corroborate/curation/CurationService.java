package org.corroborate.curation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.annotation.TeamAnnotationService;
import org.corroborate.article.ArticleDetails;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleStatus;
import org.corroborate.live.TeamEvent;
import org.corroborate.live.TeamEvents;
import org.corroborate.project.ProjectAccess;
import org.corroborate.scheme.Layer;
import org.corroborate.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Building an article's gold version: compare the annotators' spans, accept one, pre-fill by a merge strategy,
 * edit, add or remove gold spans, and declare the article curated. Every change is logged with who and when.
 * Curators and managers only, except the read API for exports ({@link #goldAnnotations}, {@link #isCurated}).
 */
@Service
public class CurationService {

    private final TeamAnnotationService team;
    private final AnnotationService annotations;
    private final ArticleService articles;
    private final CurationEventRepository log;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TeamEvents teamEvents;

    CurationService(
            TeamAnnotationService team,
            AnnotationService annotations,
            ArticleService articles,
            CurationEventRepository log,
            ProjectAccess access,
            CurrentUser currentUser,
            Clock clock,
            TeamEvents teamEvents) {
        this.team = team;
        this.annotations = annotations;
        this.articles = articles;
        this.log = log;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.teamEvents = teamEvents;
    }

    @Transactional(readOnly = true)
    public CurationDocument open(long projectId, long articleId) {
        access.requireCurate(projectId);
        ArticleDetails article = articles.get(projectId, articleId);
        Map<String, List<AnnotationView>> byAnnotator = team.byAnnotator(projectId, articleId);
        List<GoldSpan> gold = team.gold(projectId, articleId);
        return new CurationDocument(
                projectId,
                articleId,
                article.title(),
                article.cleanedText(),
                article.status() == ArticleStatus.CURATED,
                List.copyOf(byAnnotator.keySet()),
                byAnnotator,
                compare(article.cleanedText(), byAnnotator, gold),
                gold,
                annotations.labels(projectId),
                log.findByArticleIdOrderByAtDescIdDesc(articleId).stream()
                        .map(CurationEvent::toEntry)
                        .toList());
    }

    /** The merged view: one row per position any annotator or gold has, in text order. */
    static List<ComparedSpan> compare(String text, Map<String, List<AnnotationView>> byAnnotator, List<GoldSpan> gold) {
        record Key(Layer layer, int start, int end) {}
        Map<Key, Map<String, AnnotationView>> rows = new TreeMap<>(
                Comparator.comparingInt(Key::start).thenComparingInt(Key::end).thenComparing(Key::layer));
        byAnnotator.forEach((annotator, spans) -> spans.forEach(
                s -> rows.computeIfAbsent(new Key(s.layer(), s.start(), s.end()), k -> new LinkedHashMap<>())
                        .putIfAbsent(annotator, s)));
        Map<Key, GoldSpan> goldByKey = new LinkedHashMap<>();
        for (GoldSpan g : gold) {
            Key key = new Key(
                    g.annotation().layer(),
                    g.annotation().start(),
                    g.annotation().end());
            goldByKey.putIfAbsent(key, g);
            rows.computeIfAbsent(key, k -> new LinkedHashMap<>());
        }
        List<ComparedSpan> result = new ArrayList<>();
        rows.forEach((key, marks) -> {
            boolean agreed = !byAnnotator.isEmpty()
                    && marks.size() == byAnnotator.size()
                    && marks.values().stream()
                                    .map(AnnotationView::label)
                                    .distinct()
                                    .count()
                            == 1;
            String excerpt = key.end() <= text.length() ? text.substring(key.start(), key.end()) : "";
            result.add(
                    new ComparedSpan(key.layer(), key.start(), key.end(), excerpt, marks, goldByKey.get(key), agreed));
        });
        return result;
    }

    /** Copies one annotator's span into gold. */
    @Transactional
    public List<GoldSpan> accept(long projectId, long articleId, long annotationId, String fromAnnotator) {
        List<GoldSpan> copied =
                team.copyToGold(projectId, articleId, List.of(annotationId), "accepted from " + fromAnnotator);
        copied.forEach(g -> record(articleId, "accept", describe(g) + " from " + fromAnnotator));
        return copied;
    }

    /**
     * Pre-fills gold on one layer (the one the curator looks at) with what the strategy chooses; spans gold already
     * has stay as they are, and other layers are left alone.
     */
    @Transactional
    public List<GoldSpan> prefill(long projectId, long articleId, Layer layer, MergeStrategy strategy, int threshold) {
        access.requireCurate(projectId);
        Map<String, List<AnnotationView>> byAnnotator = team.byAnnotator(projectId, articleId);
        List<GoldMerge.Vote> votes = new ArrayList<>();
        byAnnotator.forEach((annotator, spans) -> spans.stream()
                .filter(s -> s.layer() == layer)
                .forEach(s ->
                        votes.add(new GoldMerge.Vote(annotator, s.id(), s.layer(), s.label(), s.start(), s.end()))));
        List<GoldMerge.Choice> choices = GoldMerge.choose(votes, byAnnotator.size(), strategy, threshold);
        String origin = "merge: " + strategy.caption().toLowerCase(java.util.Locale.ROOT)
                + (strategy == MergeStrategy.THRESHOLD ? " ≥ " + threshold : "");
        List<GoldSpan> copied = team.copyToGold(
                projectId,
                articleId,
                choices.stream().map(GoldMerge.Choice::annotationId).toList(),
                origin);
        record(articleId, "merge", origin + " on " + layer.code() + ": " + copied.size() + " spans added");
        return copied;
    }

    @Transactional
    public GoldSpan add(long projectId, long articleId, SpanRequest request) {
        GoldSpan added = team.addGold(projectId, articleId, request);
        record(articleId, "add", describe(added));
        return added;
    }

    @Transactional
    public GoldSpan update(
            long projectId, long articleId, GoldSpan span, String label, Map<String, String> attributes) {
        GoldSpan updated = team.updateGold(
                projectId, articleId, span.annotation().id(), span.annotation().version(), label, attributes);
        record(articleId, "edit", describe(span) + " → " + label);
        return updated;
    }

    @Transactional
    public void delete(long projectId, long articleId, GoldSpan span) {
        team.deleteGold(
                projectId, articleId, span.annotation().id(), span.annotation().version());
        record(articleId, "delete", describe(span));
    }

    /** Declares the article curated (gold final; blind mode lifts for it) or reopens it. */
    @Transactional
    public void markCurated(long projectId, long articleId, boolean curated) {
        articles.setCurated(projectId, articleId, curated);
        record(articleId, curated ? "curated" : "reopened", curated ? "marked curated" : "reopened for curation");
        String me = currentUser.requireUsername();
        teamEvents.publish(new TeamEvent(
                projectId,
                articleId,
                TeamEvent.Kind.ARTICLE_CURATED,
                me,
                me + (curated ? " marked the article curated" : " reopened the article for curation"),
                null));
    }

    // --- read API for exports and exercises ---------------------------------------------------------

    /**
     * The article's gold spans with their provenance, for whoever may see them (curators and managers always;
     * other members once the article is curated, or when blind mode is off).
     */
    @Transactional(readOnly = true)
    public List<GoldSpan> goldAnnotations(long projectId, long articleId) {
        return team.gold(projectId, articleId);
    }

    @Transactional(readOnly = true)
    public boolean isCurated(long projectId, long articleId) {
        return articles.status(projectId, articleId) == ArticleStatus.CURATED;
    }

    private void record(long articleId, String action, String detail) {
        log.save(new CurationEvent(articleId, currentUser.requireUsername(), clock.instant(), action, detail));
    }

    private static String describe(GoldSpan span) {
        AnnotationView a = span.annotation();
        return a.layer().code() + "/" + a.label() + " “" + a.text() + "” [" + a.start() + "–" + a.end() + ")";
    }
}
