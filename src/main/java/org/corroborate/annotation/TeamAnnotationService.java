package org.corroborate.annotation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corroborate.article.ArticleDetails;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleStatus;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.labels.LabelSet;
import org.corroborate.live.TeamEvent;
import org.corroborate.live.TeamEvents;
import org.corroborate.project.ProjectAccess;
import org.corroborate.project.ProjectGrant;
import org.corroborate.project.ProjectService;
import org.corroborate.project.WorkflowSettings;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.LabelRef;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.scheme.TextPosition;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everybody's work on an article, and its gold version, behind <b>blind mode</b>: an annotator sees other
 * annotators' sets, their annotations, counts and gold only when the project's blind mode is off or the article is
 * curated; curators, managers and site admins always do. Whatever is hidden answers exactly like something that
 * does not exist ({@link NotFoundOrNotAllowedException}) or is simply absent from a list. Gold is written by
 * curators and managers only.
 */
@Service
public class TeamAnnotationService {

    private final AnnotationSetRepository sets;
    private final AnnotationRepository annotations;
    private final AnnotationUsageRepository usage;
    private final AnnotationService own;
    private final ArticleService articles;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TeamEvents teamEvents;
    private final AuditLog audit;

    TeamAnnotationService(
            AnnotationSetRepository sets,
            AnnotationRepository annotations,
            AnnotationUsageRepository usage,
            AnnotationService own,
            ArticleService articles,
            ProjectAccess access,
            ProjectService projects,
            CurrentUser currentUser,
            Clock clock,
            TeamEvents teamEvents,
            AuditLog audit) {
        this.audit = audit;
        this.sets = sets;
        this.annotations = annotations;
        this.usage = usage;
        this.own = own;
        this.articles = articles;
        this.access = access;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
        this.teamEvents = teamEvents;
    }

    /** Whether the current user may see other annotators' work and the gold version of this article. */
    @Transactional(readOnly = true)
    public boolean canSeeOthersWork(long projectId, long articleId) {
        ProjectGrant grant = access.requireView(projectId);
        ArticleStatus status = articles.status(projectId, articleId);
        return grant.canCurate() || !access.workflow(projectId).blindMode() || status == ArticleStatus.CURATED;
    }

    /** The annotator sets of one article the user may see: all of them, or under blind mode only their own. */
    @Transactional(readOnly = true)
    public List<AnnotatorSet> sets(long projectId, long articleId) {
        boolean all = canSeeOthersWork(projectId, articleId);
        String me = currentUser.requireUsername();
        List<AnnotationSet> visible = sets.findByArticleIdAndKind(articleId, SetKind.ANNOTATOR).stream()
                .filter(s -> all || s.getAnnotator().equals(me))
                .toList();
        return summaries(visible, access.workflow(projectId));
    }

    /** One annotator's decided annotations of the article; another annotator's only when visible. */
    @Transactional(readOnly = true)
    public List<AnnotationView> annotationsOf(long projectId, long articleId, String annotator) {
        requireVisible(projectId, articleId, annotator);
        return sets.findByArticleIdAndAnnotator(articleId, annotator)
                .filter(s -> s.getKind() == SetKind.ANNOTATOR)
                .map(s -> decided(annotations.findBySet(s.getId())))
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    /** Every pool annotator's decided annotations of one article, by annotator (for side-by-side views). */
    @Transactional(readOnly = true)
    public Map<String, List<AnnotationView>> byAnnotator(long projectId, long articleId) {
        if (!canSeeOthersWork(projectId, articleId)) {
            throw new NotFoundOrNotAllowedException();
        }
        Map<String, List<AnnotationView>> result = new LinkedHashMap<>();
        Set<String> outsidePool = projects.outsideAnnotatorPool(projectId); // students' practice is not team work
        sets.findByArticleIdAndKind(articleId, SetKind.ANNOTATOR).stream()
                .filter(s -> !outsidePool.contains(s.getAnnotator()))
                .sorted(Comparator.comparing(AnnotationSet::getAnnotator))
                .forEach(s -> result.put(s.getAnnotator(), decided(annotations.findBySet(s.getId()))));
        return result;
    }

    /**
     * Decided annotations of every annotator of the pool in the chosen articles of the project (curators and
     * managers); students' and instructors' practice sets are not the team's annotation.
     */
    @Transactional(readOnly = true)
    public List<TeamSpan> spansForAgreement(long projectId, Collection<Long> articleIds) {
        access.requireCurate(projectId);
        Set<Long> wanted = new HashSet<>(articleIds);
        Set<String> outsidePool = projects.outsideAnnotatorPool(projectId);
        List<TeamSpan> spans = new ArrayList<>();
        for (AnnotationSet set : sets.findByProjectAndKind(projectId, SetKind.ANNOTATOR.name())) {
            if (wanted.contains(set.getArticleId()) && !outsidePool.contains(set.getAnnotator())) {
                for (AnnotationView view : decided(annotations.findBySet(set.getId()))) {
                    spans.add(new TeamSpan(set.getAnnotator(), set.getArticleId(), view));
                }
            }
        }
        return spans;
    }

    // --- gold -----------------------------------------------------------------------------------------

    /** The article's gold spans, when the user may see them (curators always; annotators once curated). */
    @Transactional(readOnly = true)
    public List<GoldSpan> gold(long projectId, long articleId) {
        if (!canSeeOthersWork(projectId, articleId)) {
            throw new NotFoundOrNotAllowedException();
        }
        return goldSet(articleId)
                .map(s -> annotations.findBySet(s.getId()).stream()
                        .map(this::goldSpan)
                        .toList())
                .orElse(List.of());
    }

    /** A curator adds a span to gold by hand. */
    @Transactional
    public GoldSpan addGold(long projectId, long articleId, SpanRequest request) {
        access.requireCurate(projectId);
        ArticleDetails article = articles.get(projectId, articleId);
        AnnotationSet gold = goldSetForChange(articleId);
        SpanRequest checked = SpanRules.check(request, article.cleanedText(), own.labels(projectId));
        SpanRules.checkTextAttributes(checked.attributes(), article.cleanedText());
        String frame = null;
        if (checked.layer() == Layer.ATTRIBUTION) {
            frame = checked.frameId() == null ? UUID.randomUUID().toString() : checked.frameId();
            if (checked.frameId() != null
                    && annotations.findBySet(gold.getId()).stream()
                            .noneMatch(a -> checked.frameId().equals(a.getFrameId()))) {
                throw new AnnotationValidationException("The attribution this part belongs to is not in gold.");
            }
        }
        Annotation annotation = annotations.saveAndFlush(new Annotation(
                gold.getId(),
                checked.layer(),
                checked.label(),
                TextQuote.capture(article.cleanedText(), checked.start(), checked.end()),
                checked.attributes(),
                frame,
                null,
                currentUser.requireUsername(),
                now()));
        gold.touched(now());
        goldChanged(projectId, articleId, "added “" + annotation.quote().exact() + "”", annotation);
        return goldSpan(annotation);
    }

    /**
     * Copies annotators' annotations into gold (accept, or a merge strategy's choice): same span, label and
     * attributes; attribution parts join the gold frame whose cue sits where their own frame's cue sits. A span
     * gold already has with the same layer, offsets and label is not copied twice.
     */
    @Transactional
    public List<GoldSpan> copyToGold(long projectId, long articleId, List<Long> annotationIds, String origin) {
        access.requireCurate(projectId);
        ArticleDetails article = articles.get(projectId, articleId);
        LabelSet labels = own.labels(projectId);
        AnnotationSet gold = goldSetForChange(articleId);
        Map<Long, AnnotationSet> annotatorSets = new HashMap<>();
        sets.findByArticleIdAndKind(articleId, SetKind.ANNOTATOR).forEach(s -> annotatorSets.put(s.getId(), s));
        List<Annotation> goldNow = new ArrayList<>(annotations.findBySet(gold.getId()));
        Map<String, String> frameMap = new HashMap<>(); // "setId/frameId" -> gold frame
        List<GoldSpan> copied = new ArrayList<>();
        String me = currentUser.requireUsername();
        for (long id : annotationIds) {
            Annotation source = annotations.findById(id).orElseThrow(NotFoundOrNotAllowedException::new);
            if (!annotatorSets.containsKey(source.getSetId())) {
                throw new NotFoundOrNotAllowedException(); // not an annotator's annotation of this article
            }
            AnnotationView view = source.toView();
            if (goldNow.stream().anyMatch(g -> same(g.toView(), view))) {
                continue;
            }
            SpanRequest checked = SpanRules.check(
                    new SpanRequest(view.layer(), view.label(), view.start(), view.end(), view.attributes(), null),
                    article.cleanedText(),
                    labels);
            String frame = null;
            String sourceFrame = view.frameId();
            if (view.layer() == Layer.ATTRIBUTION && sourceFrame != null) {
                frame = goldFrameFor(source, sourceFrame, goldNow, frameMap);
            }
            Map<String, String> attributes = new LinkedHashMap<>(checked.attributes());
            String reportedBy = attributes.remove(Attributes.REPORTED_BY);
            if (reportedBy != null && frameMap.containsKey(source.getSetId() + "/" + reportedBy)) {
                attributes.put(Attributes.REPORTED_BY, frameMap.get(source.getSetId() + "/" + reportedBy));
            }
            Annotation copy = new Annotation(
                    gold.getId(),
                    view.layer(),
                    view.label(),
                    TextQuote.capture(article.cleanedText(), view.start(), view.end()),
                    attributes,
                    frame,
                    null,
                    me,
                    now());
            copy.setOrigin(origin);
            annotations.save(copy);
            goldNow.add(copy);
            copied.add(goldSpan(copy));
        }
        annotations.flush();
        if (!copied.isEmpty()) {
            gold.touched(now());
            goldChanged(
                    projectId,
                    articleId,
                    copied.size() == 1
                            ? "accepted “" + copied.getFirst().annotation().text() + "”"
                            : "added " + copied.size() + " spans (" + origin + ")",
                    null);
        }
        return copied;
    }

    /** A curator relabels a gold span or changes its attributes. */
    @Transactional
    public GoldSpan updateGold(
            long projectId,
            long articleId,
            long annotationId,
            long expectedVersion,
            String label,
            Map<String, String> attributes) {
        access.requireCurate(projectId);
        Annotation annotation = goldAnnotation(projectId, articleId, annotationId, expectedVersion);
        AnnotationView current = annotation.toView();
        String text = articles.get(projectId, articleId).cleanedText();
        SpanRequest checked = SpanRules.check(
                new SpanRequest(current.layer(), label, current.start(), current.end(), attributes, null),
                text,
                own.labels(projectId));
        SpanRules.checkTextAttributes(checked.attributes(), text);
        annotation.relabel(label, checked.attributes(), now());
        annotation.changedBy(currentUser.requireUsername());
        annotations.flush();
        goldChanged(projectId, articleId, "changed “" + current.text() + "” to " + label, annotation);
        return goldSpan(annotation);
    }

    @Transactional
    public void deleteGold(long projectId, long articleId, long annotationId, long expectedVersion) {
        access.requireCurate(projectId);
        Annotation annotation = goldAnnotation(projectId, articleId, annotationId, expectedVersion);
        annotations.delete(annotation);
        annotations.flush();
        AnnotationView deleted = annotation.toView();
        audit.record(
                AuditAction.GOLD_DELETED,
                projectId,
                "article " + articleId,
                new LabelRef(deleted.layer(), deleted.label()) + " at " + deleted.start() + "–" + deleted.end());
        goldChanged(projectId, articleId, "removed “" + annotation.quote().exact() + "”", annotation);
    }

    // --- workload --------------------------------------------------------------------------------------

    /**
     * Every annotator set of the project's annotator pool the user may see: curators and managers all; annotators
     * their own, plus others' of curated articles (or all, with blind mode off). Students and instructors are not
     * in the pool: their sets are practice and count in no workload or agreement.
     */
    @Transactional(readOnly = true)
    public List<AnnotatorSet> projectSets(long projectId) {
        ProjectGrant grant = access.requireView(projectId);
        WorkflowSettings workflow = access.workflow(projectId);
        String me = currentUser.requireUsername();
        boolean all = grant.canCurate() || !workflow.blindMode();
        Set<Long> curated = new HashSet<>();
        if (!all) {
            articles.list(projectId).stream()
                    .filter(a -> a.status() == ArticleStatus.CURATED)
                    .forEach(a -> curated.add(a.id()));
        }
        Set<String> outsidePool = projects.outsideAnnotatorPool(projectId);
        List<AnnotationSet> visible = sets.findByProjectAndKind(projectId, SetKind.ANNOTATOR.name()).stream()
                .filter(s -> !outsidePool.contains(s.getAnnotator()))
                .filter(s -> all || s.getAnnotator().equals(me) || curated.contains(s.getArticleId()))
                .toList();
        return summaries(visible, workflow);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private void requireVisible(long projectId, long articleId, String annotator) {
        access.requireView(projectId);
        articles.status(projectId, articleId); // the article belongs to the project
        if (!annotator.equals(currentUser.requireUsername()) && !canSeeOthersWork(projectId, articleId)) {
            throw new NotFoundOrNotAllowedException();
        }
    }

    List<AnnotatorSet> summaries(List<AnnotationSet> list, WorkflowSettings workflow) {
        Map<Long, Long> counts = new HashMap<>();
        if (!list.isEmpty()) {
            for (Object[] row : usage.countDecidedBySet(
                    list.stream().map(AnnotationSet::getId).toList())) {
                counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        Instant abandonedBefore = now().minus(Duration.ofMinutes(workflow.abandonAfterMinutes()));
        return list.stream()
                .map(s -> new AnnotatorSet(
                        s.getArticleId(),
                        s.getAnnotator(),
                        s.getStatus(),
                        s.getActiveSeconds(),
                        counts.getOrDefault(s.getId(), 0L),
                        s.getUpdatedAt(),
                        s.getFinishedAt(),
                        s.getAssignedBy(),
                        abandoned(s, abandonedBefore)))
                .sorted(Comparator.comparingLong(AnnotatorSet::articleId).thenComparing(AnnotatorSet::annotator))
                .toList();
    }

    static boolean abandoned(AnnotationSet set, Instant abandonedBefore) {
        if (set.getStatus() == AnnotationSetStatus.FINISHED || set.getStatus() == AnnotationSetStatus.SKIPPED) {
            return false;
        }
        Instant last = set.getLastActivityAt() != null ? set.getLastActivityAt() : set.getUpdatedAt();
        return last.isBefore(abandonedBefore);
    }

    private static List<AnnotationView> decided(List<Annotation> list) {
        return list.stream()
                .filter(a -> a.getReview() == null || a.getReview() == SuggestionReview.ACCEPTED)
                .map(Annotation::toView)
                .toList();
    }

    private static boolean same(AnnotationView a, AnnotationView b) {
        return a.layer() == b.layer()
                && a.start() == b.start()
                && a.end() == b.end()
                && a.label().equals(b.label());
    }

    /** The gold frame for an annotator's attribution part: the one whose cue sits where this frame's cue sits. */
    private String goldFrameFor(
            Annotation source, String sourceFrame, List<Annotation> goldNow, Map<String, String> frameMap) {
        String key = source.getSetId() + "/" + sourceFrame;
        String mapped = frameMap.get(key);
        if (mapped != null) {
            return mapped;
        }
        Optional<AnnotationView> cue = annotations.findBySet(source.getSetId()).stream()
                .map(Annotation::toView)
                .filter(a -> sourceFrame.equals(a.frameId()) && Labels.CUE.equals(a.label()))
                .findFirst();
        String frame = cue.flatMap(c -> goldNow.stream()
                        .map(Annotation::toView)
                        .filter(g -> g.layer() == Layer.ATTRIBUTION
                                && Labels.CUE.equals(g.label())
                                && g.start() == c.start()
                                && g.end() == c.end()
                                && g.frameId() != null)
                        .map(AnnotationView::frameId)
                        .findFirst())
                .orElseGet(() -> UUID.randomUUID().toString());
        frameMap.put(key, frame);
        return frame;
    }

    private Optional<AnnotationSet> goldSet(long articleId) {
        return sets.findByArticleIdAndKind(articleId, SetKind.GOLD).stream().findFirst();
    }

    private AnnotationSet goldSetForChange(long articleId) {
        return goldSet(articleId).orElseGet(() -> sets.saveAndFlush(AnnotationSet.gold(articleId, now())));
    }

    /** A gold annotation of this article of this project, at the version the curator last saw. */
    private Annotation goldAnnotation(long projectId, long articleId, long annotationId, long expectedVersion) {
        articles.status(projectId, articleId); // an article of another project is not found
        AnnotationSet gold = goldSet(articleId).orElseThrow(NotFoundOrNotAllowedException::new);
        Annotation annotation = annotations
                .findById(annotationId)
                .orElseThrow(() -> new ConcurrentChangeException(Annotation.class, annotationId));
        if (annotation.getSetId() != gold.getId()) {
            throw new NotFoundOrNotAllowedException();
        }
        if (annotation.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Annotation.class, annotationId);
        }
        return annotation;
    }

    private GoldSpan goldSpan(Annotation a) {
        return new GoldSpan(
                a.toView(), a.getCreatedBy(), a.getCreatedAt(), a.getUpdatedBy(), a.getUpdatedAt(), a.getOrigin());
    }

    private void goldChanged(long projectId, long articleId, String what, @Nullable Annotation at) {
        String me = currentUser.requireUsername();
        String slot = at == null
                ? null
                : new TextPosition(at.getLayer(), at.quote().start(), at.quote().end()).format();
        teamEvents.publish(new TeamEvent(projectId, articleId, TeamEvent.Kind.GOLD_CHANGED, me, me + " " + what, slot));
    }

    private Instant now() {
        return clock.instant();
    }
}
