package org.corroborate.annotation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corroborate.article.ArticleDetails;
import org.corroborate.article.ArticleService;
import org.corroborate.article.CleanedTextChanged;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.figure.FigureAttributes;
import org.corroborate.figure.FigureCodec;
import org.corroborate.figure.FigureReading;
import org.corroborate.figure.TenseCues;
import org.corroborate.labels.LabelSet;
import org.corroborate.labels.LabelSetService;
import org.corroborate.live.TeamEvent;
import org.corroborate.live.TeamEvents;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.FigureReaders;
import org.corroborate.project.ProjectAccess;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.suggestion.Detectors;
import org.corroborate.suggestion.Suggestion;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's own annotations of an article. Every change is its own transaction, checked against
 * the text and the project's labels, and refused if the annotation changed since the caller read it.
 * A user only ever sees and changes their own set here; other annotators' work and gold are read through
 * {@link TeamAnnotationService}, behind blind mode.
 */
@Service
public class AnnotationService {

    private final AnnotationSetRepository sets;
    private final AnnotationRepository annotations;
    private final LabelSetService labelSets;
    private final ArticleService articles;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TeamEvents teamEvents;
    private final FigureReaders figureReaders;

    AnnotationService(
            AnnotationSetRepository sets,
            AnnotationRepository annotations,
            LabelSetService labelSets,
            ArticleService articles,
            ProjectAccess access,
            CurrentUser currentUser,
            Clock clock,
            TeamEvents teamEvents,
            FigureReaders figureReaders) {
        this.figureReaders = figureReaders;
        this.sets = sets;
        this.annotations = annotations;
        this.labelSets = labelSets;
        this.articles = articles;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.teamEvents = teamEvents;
    }

    /** The article with the user's own set; opening starts a work session (see {@link WorkTimeCredit}). */
    @Transactional
    public EditorDocument open(long projectId, long articleId) {
        requireAnnotate(projectId);
        ArticleDetails article = articles.get(projectId, articleId);
        String me = currentUser.requireUsername();
        Optional<AnnotationSet> set = sets.findByArticleIdAndAnnotator(articleId, me);
        // A bulk update, not an entity change: opening must not bump the set's version under a concurrent edit.
        set.ifPresent(s -> sets.markOpened(s.getId(), now()));
        List<AnnotationView> views = set.map(s -> annotations.findBySet(s.getId()).stream()
                        .filter(a -> a.getReview() != SuggestionReview.REJECTED)
                        .map(Annotation::toView)
                        .toList())
                .orElse(List.of());
        return new EditorDocument(
                projectId,
                articleId,
                article.title(),
                article.cleanedText(),
                article.metadata().publishedDate().orElse(null),
                me,
                set.map(AnnotationSet::getStatus).orElse(AnnotationSetStatus.NOT_STARTED),
                views,
                labels(projectId),
                access.requireView(projectId).canTakeAnnotatorPlaces());
    }

    /**
     * The user's own annotations of the article (pending suggestions included, rejected ones not), as the editor
     * would show them, but without starting a work session: a pure read, for checks and polling that must not
     * write to the set a concurrent edit is saving.
     */
    @Transactional(readOnly = true)
    public List<AnnotationView> mine(long projectId, long articleId) {
        requireAnnotate(projectId);
        articles.status(projectId, articleId); // the article belongs to the project
        return sets.findByArticleIdAndAnnotator(articleId, currentUser.requireUsername())
                .map(s -> annotations.findBySet(s.getId()).stream()
                        .filter(a -> a.getReview() != SuggestionReview.REJECTED)
                        .map(Annotation::toView)
                        .toList())
                .orElse(List.of());
    }

    @Transactional
    public AnnotationView create(long projectId, long articleId, SpanRequest request) {
        return createAll(projectId, articleId, List.of(request)).getFirst();
    }

    /** Creates several spans at once (e.g. the parts of one attribution frame), all or none. */
    @Transactional
    public List<AnnotationView> createAll(long projectId, long articleId, List<SpanRequest> requests) {
        requireAnnotate(projectId);
        ArticleDetails article = articles.get(projectId, articleId);
        LabelSet labels = labels(projectId);
        AnnotationSet set = ownSet(projectId, articleId);
        String newFrame = UUID.randomUUID().toString();
        List<AnnotationView> created = new ArrayList<>();
        for (SpanRequest request : requests) {
            SpanRequest checked =
                    withDefaults(projectId, SpanRules.check(request, article.cleanedText(), labels), article);
            SpanRules.checkTextAttributes(checked.attributes(), article.cleanedText());
            checkReportedBy(set, checked.attributes());
            String frameId = frameFor(set, checked, newFrame);
            Annotation annotation = new Annotation(
                    set.getId(),
                    checked.layer(),
                    checked.label(),
                    TextQuote.capture(article.cleanedText(), checked.start(), checked.end()),
                    checked.attributes(),
                    frameId,
                    null,
                    currentUser.requireUsername(),
                    now());
            created.add(annotations.saveAndFlush(annotation).toView());
        }
        set.touched(now());
        return created;
    }

    /** Changes the label and attributes of one of the user's annotations. */
    @Transactional
    public AnnotationView update(
            long projectId,
            long articleId,
            long annotationId,
            long expectedVersion,
            String label,
            Map<String, String> attributes) {
        requireAnnotate(projectId);
        Annotation annotation = ownAnnotation(projectId, articleId, annotationId, expectedVersion);
        annotation.changedBy(currentUser.requireUsername());
        AnnotationView current = annotation.toView();
        SpanRules.checkLabel(SpanRequest.of(current.layer(), label, current.start(), current.end()), labels(projectId));
        Map<String, String> checked = SpanRules.checkAttributes(attributes);
        SpanRules.checkTextAttributes(
                checked, articles.get(projectId, articleId).cleanedText());
        checkReportedBy(ownSet(projectId, articleId), checked);
        annotation.relabel(label, checked, now());
        annotations.flush();
        ownSet(projectId, articleId).touched(now());
        return annotation.toView();
    }

    @Transactional
    public void delete(long projectId, long articleId, long annotationId, long expectedVersion) {
        requireAnnotate(projectId);
        Annotation annotation = ownAnnotation(projectId, articleId, annotationId, expectedVersion);
        annotations.delete(annotation);
        annotations.flush();
        ownSet(projectId, articleId).touched(now());
    }

    /**
     * Brings back an annotation the user deleted (undo): same span, label, attributes, frame and
     * suggestion provenance, checked again against today's text and labels. It gets a new id.
     */
    @Transactional
    public AnnotationView restore(long projectId, long articleId, AnnotationView deleted) {
        requireAnnotate(projectId);
        ArticleDetails article = articles.get(projectId, articleId);
        AnnotationSet set = ownSet(projectId, articleId);
        SpanRequest checked = SpanRules.check(
                new SpanRequest(
                        deleted.layer(),
                        deleted.label(),
                        deleted.start(),
                        deleted.end(),
                        deleted.attributes(),
                        deleted.frameId()),
                article.cleanedText(),
                labels(projectId));
        if (!article.cleanedText().substring(checked.start(), checked.end()).equals(deleted.text())) {
            throw new AnnotationValidationException("The text under this annotation changed; it cannot be restored.");
        }
        Annotation annotation = new Annotation(
                set.getId(),
                checked.layer(),
                checked.label(),
                TextQuote.capture(article.cleanedText(), checked.start(), checked.end()),
                checked.attributes(),
                deleted.layer() == Layer.ATTRIBUTION ? deleted.frameId() : null,
                deleted.suggestedBy(),
                deleted.createdBy(),
                now());
        if (deleted.review() != null && deleted.review() != SuggestionReview.PENDING && deleted.reviewedBy() != null) {
            annotation.review(deleted.review(), deleted.reviewedBy(), now());
        }
        AnnotationView restored = annotations.saveAndFlush(annotation).toView();
        set.touched(now());
        return restored;
    }

    /** Stores machine suggestions as pending in the user's set, skipping spans the set already has. */
    @Transactional
    public List<AnnotationView> addSuggestions(
            long projectId, long articleId, String detector, List<SpanRequest> requests) {
        requireAnnotate(projectId);
        ArticleDetails article = articles.get(projectId, articleId);
        LabelSet labels = labels(projectId);
        AnnotationSet set = ownSet(projectId, articleId);
        List<Annotation> existing = annotations.findBySet(set.getId());
        List<AnnotationView> created = new ArrayList<>();
        for (SpanRequest request : requests) {
            if (labels.find(request.layer(), request.label()).isEmpty()) {
                continue; // the project dropped this label: nothing to suggest
            }
            SpanRequest checked = SpanRules.check(request, article.cleanedText(), labels);
            boolean known = existing.stream()
                    .anyMatch(a -> a.getLayer() == checked.layer()
                            && a.quote().start() == checked.start()
                            && a.quote().end() == checked.end()
                            && a.toView().label().equals(checked.label()));
            if (known) {
                continue;
            }
            Annotation annotation = new Annotation(
                    set.getId(),
                    checked.layer(),
                    checked.label(),
                    TextQuote.capture(article.cleanedText(), checked.start(), checked.end()),
                    checked.attributes(),
                    checked.frameId(),
                    detector,
                    currentUser.requireUsername(),
                    now());
            created.add(annotations.save(annotation).toView());
        }
        annotations.flush();
        return created;
    }

    /**
     * Runs the detectors over the article and stores what they propose as pending suggestions in the user's
     * set (spans the set already has are skipped). The parts of one detected attribution get one new frame,
     * or join the frame of a part the user already has.
     */
    @Transactional
    public List<AnnotationView> suggest(long projectId, long articleId) {
        requireAnnotate(projectId);
        ArticleDetails article = articles.get(projectId, articleId);
        AnnotationSet set = ownSet(projectId, articleId);
        List<Annotation> existing = annotations.findBySet(set.getId());
        Detectors detectors = Detectors.standard(figureReaders.forProject(projectId));
        List<Suggestion> found = detectors.detect(
                article.cleanedText(), article.metadata().publishedDate().orElse(null));
        Map<String, String> frames = new HashMap<>();
        for (Suggestion s : found) { // a frame whose part the user already has joins that frame
            if (s.frameId() != null) {
                existing.stream()
                        .filter(a -> a.getFrameId() != null
                                && a.getLayer() == s.layer()
                                && a.quote().start() == s.start()
                                && a.quote().end() == s.end())
                        .findFirst()
                        .ifPresent(a -> frames.putIfAbsent(s.frameId(), a.getFrameId()));
            }
        }
        Map<String, List<SpanRequest>> byDetector = new LinkedHashMap<>();
        for (Suggestion s : found) {
            String frame = s.frameId() == null
                    ? null
                    : frames.computeIfAbsent(s.frameId(), f -> UUID.randomUUID().toString());
            byDetector
                    .computeIfAbsent(s.detector(), d -> new ArrayList<>())
                    .add(new SpanRequest(s.layer(), s.label(), s.start(), s.end(), s.attributes(), frame));
        }
        List<AnnotationView> created = new ArrayList<>();
        byDetector.forEach(
                (detector, requests) -> created.addAll(addSuggestions(projectId, articleId, detector, requests)));
        if (!created.isEmpty()) {
            set.touched(now());
        }
        return created;
    }

    /**
     * Accepts or rejects a pending suggestion; the annotation keeps who proposed and who decided. A suggested
     * attribution is decided whole: accepting any of its parts accepts every pending part of its frame (a cue alone
     * would export a frame with no source or content), and rejecting its cue rejects them all; rejecting a source or
     * content drops only that part. Setting one back to pending (undo) changes only that one.
     *
     * @return every annotation it changed, the one asked about first
     */
    @Transactional
    public List<AnnotationView> review(
            long projectId, long articleId, long annotationId, long expectedVersion, SuggestionReview decision) {
        requireAnnotate(projectId);
        Annotation annotation = ownAnnotation(projectId, articleId, annotationId, expectedVersion);
        if (annotation.getReview() == null) {
            throw new AnnotationValidationException("This annotation was made by a person, not suggested.");
        }
        AnnotationSet set = ownSet(projectId, articleId);
        List<Annotation> changed = new ArrayList<>(List.of(annotation));
        String frame = annotation.getFrameId();
        boolean wholeFrame = frame != null
                && annotation.getLayer() == Layer.ATTRIBUTION
                && (decision == SuggestionReview.ACCEPTED
                        || (decision == SuggestionReview.REJECTED
                                && Labels.CUE.equals(annotation.toView().label())));
        if (wholeFrame && frame != null) { // frame != null is part of wholeFrame; said again for NullAway
            for (Annotation part : annotations.findBySet(set.getId())) {
                if (part != annotation
                        && frame.equals(part.getFrameId())
                        && part.toView().pendingSuggestion()) {
                    changed.add(part);
                }
            }
        }
        String me = currentUser.requireUsername();
        changed.forEach(a -> a.review(decision, me, now()));
        annotations.flush();
        set.touched(now());
        return changed.stream().map(Annotation::toView).toList();
    }

    /** Accepts every pending suggestion of one layer and label, with the rest of their attribution frames. */
    @Transactional
    public List<AnnotationView> acceptAll(long projectId, long articleId, Layer layer, String label) {
        requireAnnotate(projectId);
        AnnotationSet set = ownSet(projectId, articleId);
        List<Annotation> all = annotations.findBySet(set.getId());
        java.util.Set<String> frames = new java.util.HashSet<>();
        for (Annotation a : all) {
            AnnotationView view = a.toView();
            if (view.pendingSuggestion()
                    && view.layer() == layer
                    && view.label().equals(label)
                    && layer == Layer.ATTRIBUTION
                    && a.getFrameId() != null) {
                frames.add(a.getFrameId());
            }
        }
        List<Long> accepted = new ArrayList<>();
        for (Annotation a : all) {
            AnnotationView view = a.toView();
            boolean alike = view.layer() == layer && view.label().equals(label);
            if (view.pendingSuggestion() && (alike || (a.getFrameId() != null && frames.contains(a.getFrameId())))) {
                a.review(SuggestionReview.ACCEPTED, currentUser.requireUsername(), now());
                accepted.add(view.id());
            }
        }
        annotations.flush();
        set.touched(now());
        return annotations.findAllById(accepted).stream()
                .map(Annotation::toView)
                .toList();
    }

    @Transactional
    public AnnotationSetStatus setStatus(long projectId, long articleId, AnnotationSetStatus status) {
        requireAnnotate(projectId);
        articles.get(projectId, articleId);
        AnnotationSet set = ownSet(projectId, articleId);
        AnnotationSetStatus before = set.getStatus();
        set.setStatus(status, now());
        if (status == AnnotationSetStatus.FINISHED && before != AnnotationSetStatus.FINISHED) {
            String me = currentUser.requireUsername();
            // Says who finished which article, which curators may know; views decide who is shown it.
            teamEvents.publish(new TeamEvent(
                    projectId, articleId, TeamEvent.Kind.SET_FINISHED, me, me + " finished an article", null));
        }
        return status;
    }

    /** The project's labels: as its managers edited them, or the scheme's defaults (see {@link LabelSetService}). */
    public LabelSet labels(long projectId) {
        return labelSets.labels(projectId);
    }

    /** How many annotations of the project use each label (see {@link LabelSetService#labelUsage}). */
    public Map<String, Long> labelUsage(long projectId) {
        return labelSets.labelUsage(projectId);
    }

    /** Replaces the project's label set (see {@link LabelSetService#saveLabels}). */
    public LabelSet saveLabels(long projectId, LabelSet loaded, LabelSet labels) {
        return labelSets.saveLabels(projectId, loaded, labels);
    }

    /** Follows a change of the article's cleaned text: spans move with their quote or are flagged. */
    @EventListener
    void reanchor(CleanedTextChanged change) {
        List<Long> setIds = sets.findByArticleId(change.articleId()).stream()
                .map(AnnotationSet::getId)
                .toList();
        if (setIds.isEmpty()) {
            return;
        }
        for (Annotation annotation : annotations.findBySets(setIds)) {
            TextQuote before = annotation.quote();
            Optional<TextQuote> after = TextAnchoring.reanchor(before, change.cleanedText());
            if (after.isEmpty()) {
                annotation.orphan();
            } else if (after.get().start() != before.start()) {
                annotation.place(after.get(), AnchorState.MOVED);
            } else {
                annotation.place(after.get(), AnchorState.ANCHORED);
            }
        }
        annotations.flush();
    }

    /**
     * Fills what a span marked by hand implies unless the annotator gave it: a figure's normalised reading (at
     * the project's width of "approximately"), an anonymous source's role as written.
     */
    private SpanRequest withDefaults(long projectId, SpanRequest request, ArticleDetails article) {
        if (request.layer() == Layer.SOURCE
                && Labels.isAnonymous(request.label())
                && !request.attributes().containsKey(Attributes.DESCRIPTOR)) {
            Map<String, String> attributes = new LinkedHashMap<>(request.attributes());
            attributes.put(Attributes.DESCRIPTOR, article.cleanedText().substring(request.start(), request.end()));
            return request.withAttributes(attributes);
        }
        if (request.layer() != Layer.FIGURE
                || FigureAttributes.NORMALISED.stream().anyMatch(request.attributes()::containsKey)) {
            return request;
        }
        String text = article.cleanedText();
        String written = text.substring(request.start(), request.end());
        FigureReading reading = figureReaders
                .forProject(projectId)
                .read(
                        written,
                        article.metadata().publishedDate().orElse(null),
                        TenseCues.forFigure(text, request.start(), request.end()));
        if (!reading.understood() || !reading.dimension().equals(request.label())) {
            return request; // not understood, or read as another kind of figure than the annotator chose
        }
        Map<String, String> attributes = new LinkedHashMap<>(FigureCodec.attributes(reading));
        attributes.putAll(request.attributes());
        return request.withAttributes(attributes);
    }

    /** A figure's "reported by" names an attribution frame of the same set. */
    private void checkReportedBy(AnnotationSet set, Map<String, String> attributes) {
        String frame = attributes.get(Attributes.REPORTED_BY);
        if (frame != null && annotations.findBySet(set.getId()).stream().noneMatch(a -> frame.equals(a.getFrameId()))) {
            throw new AnnotationValidationException("The attribution this figure is linked to no longer exists.");
        }
    }

    private @Nullable String frameFor(AnnotationSet set, SpanRequest request, String newFrame) {
        if (request.layer() != Layer.ATTRIBUTION) {
            return null;
        }
        if (request.frameId() == null) {
            return newFrame;
        }
        boolean exists = annotations.findBySet(set.getId()).stream()
                .anyMatch(a -> request.frameId().equals(a.getFrameId()));
        if (!exists) {
            throw new AnnotationValidationException("The attribution this part belongs to no longer exists.");
        }
        return request.frameId();
    }

    private void requireAnnotate(long projectId) {
        if (!access.requireView(projectId).canAnnotate()) {
            throw new AccessRefusedException("Only project members can annotate.");
        }
    }

    /** The user's own set of this article (made on first use); an article of another project is not found. */
    private AnnotationSet ownSet(long projectId, long articleId) {
        articles.status(projectId, articleId);
        String me = currentUser.requireUsername();
        return sets.findByArticleIdAndAnnotator(articleId, me)
                .orElseGet(() -> sets.saveAndFlush(new AnnotationSet(articleId, me, now())));
    }

    /** One of the user's own annotations of this article, at the version they last saw. */
    private Annotation ownAnnotation(long projectId, long articleId, long annotationId, long expectedVersion) {
        articles.status(projectId, articleId); // an article of another project is not found
        String me = currentUser.requireUsername();
        AnnotationSet set =
                sets.findByArticleIdAndAnnotator(articleId, me).orElseThrow(NotFoundOrNotAllowedException::new);
        Optional<Annotation> found = annotations.findById(annotationId);
        if (found.isEmpty()) {
            // Deleted meanwhile (another tab, an undo elsewhere): a concurrent change, not a missing page.
            throw new ConcurrentChangeException(Annotation.class, annotationId);
        }
        Annotation annotation = found.get();
        if (annotation.getSetId() != set.getId()) {
            throw new NotFoundOrNotAllowedException();
        }
        if (annotation.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Annotation.class, annotationId);
        }
        return annotation;
    }

    private Instant now() {
        return clock.instant();
    }
}
