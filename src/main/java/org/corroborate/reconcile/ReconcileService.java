package org.corroborate.reconcile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.article.ArticleDetails;
import org.corroborate.article.ArticleService;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.figure.FigureNormaliser;
import org.corroborate.figure.FigureReading;
import org.corroborate.live.TeamEvent;
import org.corroborate.live.TeamEvents;
import org.corroborate.project.FigureReaders;
import org.corroborate.project.ProjectAccess;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.story.StoryArticle;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;
import org.corroborate.suggestion.ArticleAnalysis;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles a story's figures: proposes slots, shows the board and records what reconcilers decide.
 * Curators and managers reconcile (the board shows every annotator's figures, which blind mode hides from
 * annotators). Every change names the version of the slot it was made on; a slot someone changed meanwhile
 * is refused, never overwritten.
 */
@Service
public class ReconcileService {

    private final SlotRepository slots;
    private final SlotFigureRepository figures;
    private final StoryFigures storyFigures;
    private final StoryService stories;
    private final ArticleService articles;
    private final FigureReaders figureReaders;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TeamEvents teamEvents;

    ReconcileService(
            SlotRepository slots,
            SlotFigureRepository figures,
            StoryFigures storyFigures,
            StoryService stories,
            ArticleService articles,
            FigureReaders figureReaders,
            ProjectAccess access,
            CurrentUser currentUser,
            Clock clock,
            TeamEvents teamEvents) {
        this.slots = slots;
        this.figures = figures;
        this.storyFigures = storyFigures;
        this.stories = stories;
        this.articles = articles;
        this.figureReaders = figureReaders;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.teamEvents = teamEvents;
    }

    // ---- reading

    /** Whether the story has slots already (the board proposes them on first opening otherwise). */
    @Transactional(readOnly = true)
    public boolean hasSlots(long projectId, long storyId) {
        access.requireCurate(projectId);
        stories.storyOf(projectId, storyId);
        return !slots.findByStoryIdOrderByIdAsc(storyId).isEmpty();
    }

    @Transactional(readOnly = true)
    public ReconciliationBoard board(long projectId, long storyId) {
        access.requireCurate(projectId);
        StoryDetails story = stories.storyOf(projectId, storyId);
        FigureNormaliser reading = figureReaders.forProject(projectId);
        BigDecimal tolerance = reading.approximateWidth();
        FigureCandidates reader = new FigureCandidates(reading);
        VerdictRules rules = new VerdictRules(tolerance);
        Map<Long, ReconciliationBoard.Column> columns = columns(story);
        Map<Long, LocalDate> published = new HashMap<>();
        story.articles().forEach(a -> {
            if (a.publishedDate() != null) {
                published.put(a.articleId(), a.publishedDate());
            }
        });

        List<SlotFigure> stored = figures.findByStoryIdOrderByArticleIdAscStartAsc(storyId);
        Map<Long, List<SlotFigure>> bySlot = new HashMap<>();
        stored.forEach(f ->
                bySlot.computeIfAbsent(f.getSlotId(), k -> new ArrayList<>()).add(f));
        List<ReconciliationBoard.Row> rows = new ArrayList<>();
        for (Slot slot : slots.findByStoryIdOrderByIdAsc(storyId)) {
            List<SlotFigure> members = bySlot.getOrDefault(slot.getId(), List.of()).stream()
                    .filter(f -> columns.containsKey(f.getArticleId()))
                    .toList();
            rows.add(row(slot, members, reader, rules, published, story));
        }
        rows.sort(Comparator.comparingInt(ReconcileService::rank).thenComparingLong(ReconciliationBoard.Row::id));

        return new ReconciliationBoard(
                projectId, storyId, story.title(), List.copyOf(columns.values()), List.copyOf(rows), tolerance);
    }

    /**
     * The story's figures that are in no slot, to put into one. Finding them reads every article of the story
     * (and runs the figure detector where nobody annotated), so the board asks only when someone looks.
     */
    @Transactional(readOnly = true)
    public List<StoryFigure> unslotted(long projectId, long storyId) {
        access.requireCurate(projectId);
        StoryDetails story = stories.storyOf(projectId, storyId);
        Set<String> placed = new HashSet<>();
        figures.findByStoryIdOrderByArticleIdAscStartAsc(storyId)
                .forEach(f -> placed.add(f.getArticleId() + ":" + f.getStart() + ":" + f.getEnd()));
        return allFigures(projectId, figureReaders.forProject(projectId), story).stream()
                .filter(f -> !placed.contains(f.articleId() + ":" + f.start() + ":" + f.end()))
                .toList();
    }

    /** Conflicts first, then what still needs a look, then what agrees. */
    private static int rank(ReconciliationBoard.Row row) {
        if (row.inConflict()) {
            return 0;
        }
        if (row.verdict() != null) {
            return 3;
        }
        return switch (row.automatic()) {
            case CONFLICT -> 0;
            case COMPATIBLE, NOT_COMPARABLE -> 1;
            case CONSISTENT -> 2;
            case SINGLE -> 4;
        };
    }

    private static Map<Long, ReconciliationBoard.Column> columns(StoryDetails story) {
        Map<Long, ReconciliationBoard.Column> columns = new LinkedHashMap<>();
        int n = 1;
        for (StoryArticle a : story.articles()) {
            columns.put(
                    a.articleId(),
                    new ReconciliationBoard.Column(
                            a.articleId(),
                            "A" + n++,
                            a.title(),
                            a.outlet(),
                            a.publishedDate(),
                            a.nearDuplicateGroup()));
        }
        return columns;
    }

    private static ReconciliationBoard.Row row(
            Slot slot,
            List<SlotFigure> members,
            FigureCandidates reader,
            VerdictRules rules,
            Map<Long, LocalDate> published,
            StoryDetails story) {
        List<FigureInterval> intervals = new ArrayList<>();
        List<@Nullable FigureInterval> read = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            SlotFigure f = members.get(i);
            LocalDate date = published.get(f.getArticleId());
            FigureReading reading = f.correctedReading().orElseGet(() -> reader.read(f.getQuote(), date));
            Optional<FigureInterval> interval = FigureInterval.of(reading, date);
            read.add(interval.orElse(null));
            interval.ifPresent(intervals::add);
        }
        VerdictRules.Judgement judgement = rules.judge(intervals);
        Set<Integer> conflicting = new HashSet<>();
        judgement.conflicts().forEach(p -> {
            conflicting.add(p.first());
            conflicting.add(p.second());
        });
        List<ReconciliationBoard.Figure> shown = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < members.size(); i++) {
            SlotFigure f = members.get(i);
            FigureInterval interval = read.get(i);
            boolean conflict = interval != null && conflicting.contains(k);
            if (interval != null) {
                k++;
            }
            shown.add(new ReconciliationBoard.Figure(
                    f.getId(),
                    f.getArticleId(),
                    f.getStart(),
                    f.getEnd(),
                    f.getQuote(),
                    f.getSourceText(),
                    f.getOrigin(),
                    interval == null
                            ? "not understood"
                            : interval.describe()
                                    + (!f.keepsReading()
                                            ? ""
                                            : f.getOrigin() == FigureOrigin.ANNOTATED
                                                    ? " (as annotated)"
                                                    : " (read in its sentence)"),
                    interval,
                    conflict));
        }
        return new ReconciliationBoard.Row(
                slot.getId(),
                slot.getVersion(),
                slot.getTitle(),
                slot.getOrigin() == Slot.Origin.PROPOSED,
                judgement.verdict(),
                slot.getVerdict(),
                slot.getErrorArticleId(),
                slot.getAcceptedValue(),
                slot.getRationale(),
                slot.getDecidedBy(),
                slot.getDecidedAt(),
                List.copyOf(shown),
                independentReports(members, story));
    }

    /** Articles reporting the slot, a group of near-duplicates counting once. */
    private static int independentReports(List<SlotFigure> members, StoryDetails story) {
        Map<Long, Long> groups = new HashMap<>();
        story.articles().forEach(a -> {
            Long group = a.nearDuplicateGroup();
            if (group != null) {
                groups.put(a.articleId(), group);
            }
        });
        return IndependentReports.count(
                members.stream().map(SlotFigure::getArticleId).toList(), groups);
    }

    private List<StoryFigure> allFigures(long projectId, FigureNormaliser reading, StoryDetails story) {
        List<StoryFigure> all = new ArrayList<>();
        for (StoryArticle a : story.articles()) {
            ArticleDetails article = articles.get(projectId, a.articleId());
            all.addAll(storyFigures.of(reading, projectId, a.articleId(), article.cleanedText(), a.publishedDate()));
        }
        return all;
    }

    // ---- changing

    /**
     * Proposes slots for the story's figures that are in none yet and stores them; returns how many slots
     * were added. Figures already in slots stay where reconcilers put them, but take the reading annotators
     * corrected since (or lose one they took back): those slots' versions move and open boards reload.
     */
    @Transactional
    public int propose(long projectId, long storyId) {
        access.requireCurate(projectId);
        StoryDetails story = stories.storyOf(projectId, storyId);
        FigureNormaliser reading = figureReaders.forProject(projectId);
        BigDecimal tolerance = reading.approximateWidth();
        FigureCandidates reader = new FigureCandidates(reading);
        Map<String, SlotFigure> placed = new HashMap<>();
        figures.findByStoryIdOrderByArticleIdAscStartAsc(storyId)
                .forEach(f -> placed.put(f.getArticleId() + ":" + f.getStart() + ":" + f.getEnd(), f));
        Set<Long> recorrected = new HashSet<>();
        List<SlotCandidate> candidates = new ArrayList<>();
        Map<String, StoryFigure> byKey = new HashMap<>();
        for (StoryArticle a : story.articles()) {
            // One analysis (sentences, tokens) serves the detectors and the figures' contexts.
            ArticleAnalysis analysis =
                    ArticleAnalysis.of(articles.get(projectId, a.articleId()).cleanedText(), a.publishedDate());
            List<FigureCandidates.FigureSpan> spans = new ArrayList<>();
            for (StoryFigure f : storyFigures.of(reading, projectId, a.articleId(), analysis)) {
                String key = a.articleId() + ":" + f.start() + ":" + f.end();
                SlotFigure inSlot = placed.get(key);
                if (inSlot == null) {
                    byKey.put(key, f);
                    spans.add(new FigureCandidates.FigureSpan(key, f.start(), f.end(), f.measures(), f.corrected()));
                } else if (inSlot.takeCorrection(f.corrected())) {
                    recorrected.add(inSlot.getSlotId());
                }
            }
            if (!spans.isEmpty()) {
                candidates.addAll(reader.of(a.articleId(), analysis, spans));
            }
        }
        String user = currentUser.requireUsername();
        int added = 0;
        for (SlotProposer.ProposedSlot proposed : new SlotProposer(tolerance).propose(candidates)) {
            Slot slot = slots.save(new Slot(
                    projectId, storyId, clipTitle(proposed.title()), Slot.Origin.PROPOSED, user, clock.instant()));
            for (SlotCandidate c : proposed.members()) {
                figures.save(new SlotFigure(
                        slot.getId(),
                        storyId,
                        Objects.requireNonNull(byKey.get(c.key()), "candidates are made from byKey's figures")));
            }
            added++;
        }
        for (long slotId : recorrected) {
            slots.findForFigureChange(slotId).ifPresent(slot -> slotChanged(projectId, slot));
        }
        return added;
    }

    /** Records the reconciler's verdict (null clears it), the accepted value and the rationale. */
    @Transactional
    public ReconciliationBoard.Row decide(
            long projectId,
            long slotId,
            long expectedVersion,
            @Nullable ReconcilerVerdict verdict,
            @Nullable Long errorArticleId,
            String acceptedValue,
            String rationale) {
        access.requireCurate(projectId);
        Slot slot = slot(projectId, slotId, expectedVersion);
        StoryDetails story = stories.storyOf(projectId, slot.getStoryId());
        Long wrong = verdict != null && verdict.namesArticle() ? errorArticleId : null;
        if (verdict != null
                && verdict.namesArticle()
                && (wrong == null || story.articles().stream().noneMatch(a -> a.articleId() == wrong))) {
            throw new ReconcileValidationException("Say which article of the story is in error.");
        }
        String value = acceptedValue.strip();
        String why = rationale.strip();
        if (value.length() > Slot.VALUE_MAX_LENGTH) {
            throw new ReconcileValidationException(
                    "The accepted value is longer than " + Slot.VALUE_MAX_LENGTH + " characters.");
        }
        if (why.length() > Slot.RATIONALE_MAX_LENGTH) {
            throw new ReconcileValidationException(
                    "The rationale is longer than " + Slot.RATIONALE_MAX_LENGTH + " characters.");
        }
        slot.decide(verdict, wrong, value, why, currentUser.requireUsername(), clock.instant());
        slots.flush();
        slotChanged(projectId, slot);
        return rowOf(projectId, slot.getId());
    }

    @Transactional
    public void rename(long projectId, long slotId, long expectedVersion, String title) {
        access.requireCurate(projectId);
        Slot slot = slot(projectId, slotId, expectedVersion);
        String t = title.strip();
        if (t.isEmpty()) {
            throw new ReconcileValidationException("A slot needs a title: what its figures measure.");
        }
        slot.rename(clipTitle(t));
        slotChanged(projectId, slot);
    }

    /**
     * Moves a figure to another slot of the story, or to a new slot when {@code toSlotId} is null (a split).
     * Both slots' versions move; a slot left empty is removed.
     */
    @Transactional
    public long moveFigure(
            long projectId, long figureId, long fromVersion, @Nullable Long toSlotId, @Nullable Long toVersion) {
        access.requireCurate(projectId);
        SlotFigure figure = figures.findById(figureId).orElseThrow(NotFoundOrNotAllowedException::new);
        Slot from = lockedSlot(projectId, figure.getSlotId(), fromVersion);
        Slot to;
        if (toSlotId == null) {
            to = slots.save(new Slot(
                    projectId,
                    from.getStoryId(),
                    clipTitle(figure.getQuote()),
                    Slot.Origin.MANUAL,
                    currentUser.requireUsername(),
                    clock.instant()));
        } else {
            to = lockedSlot(projectId, toSlotId, toVersion == null ? -1 : toVersion);
            if (to.getStoryId() != from.getStoryId()) {
                throw new ReconcileValidationException("A figure can only move to a slot of its own story.");
            }
        }
        figure.moveTo(to.getId());
        figures.flush();
        dropIfEmpty(from);
        slotChanged(projectId, to);
        return to.getId();
    }

    /** Puts a figure that is in no slot into one (or into a new slot when {@code slotId} is null). */
    @Transactional
    public long addFigure(
            long projectId,
            long storyId,
            long articleId,
            int start,
            int end,
            @Nullable Long slotId,
            @Nullable Long expectedVersion) {
        access.requireCurate(projectId);
        StoryDetails story = stories.storyOf(projectId, storyId);
        if (story.articles().stream().noneMatch(a -> a.articleId() == articleId)) {
            throw new NotFoundOrNotAllowedException();
        }
        StoryArticle article = story.articles().stream()
                .filter(a -> a.articleId() == articleId)
                .findFirst()
                .orElseThrow();
        String text = articles.get(projectId, articleId).cleanedText();
        StoryFigure figure =
                storyFigures
                        .of(figureReaders.forProject(projectId), projectId, articleId, text, article.publishedDate())
                        .stream()
                        .filter(f -> f.samePlace(articleId, start, end))
                        .findFirst()
                        .orElseThrow(
                                () -> new ReconcileValidationException("That figure is no longer in the article."));
        boolean taken = figures.findByStoryIdOrderByArticleIdAscStartAsc(storyId).stream()
                .anyMatch(f -> f.getArticleId() == articleId && f.getStart() == start && f.getEnd() == end);
        if (taken) {
            throw new ConcurrentChangeException(SlotFigure.class, articleId + ":" + start);
        }
        Slot slot = slotId == null
                ? slots.save(new Slot(
                        projectId,
                        storyId,
                        clipTitle(figure.quote()),
                        Slot.Origin.MANUAL,
                        currentUser.requireUsername(),
                        clock.instant()))
                : lockedSlot(projectId, slotId, expectedVersion == null ? -1 : expectedVersion);
        if (slot.getStoryId() != storyId) {
            throw new ReconcileValidationException("A figure can only go into a slot of its own story.");
        }
        figures.save(new SlotFigure(slot.getId(), storyId, figure));
        slotChanged(projectId, slot);
        return slot.getId();
    }

    /** Takes a figure out of its slot (it goes back to the figures in no slot). */
    @Transactional
    public void removeFigure(long projectId, long figureId, long slotVersion) {
        access.requireCurate(projectId);
        SlotFigure figure = figures.findById(figureId).orElseThrow(NotFoundOrNotAllowedException::new);
        Slot slot = lockedSlot(projectId, figure.getSlotId(), slotVersion);
        figures.delete(figure);
        figures.flush();
        dropIfEmpty(slot);
        slotChanged(projectId, slot);
    }

    /** Moves every figure of one slot into another and removes the first; the second keeps its verdict. */
    @Transactional
    public void merge(long projectId, long slotId, long version, long intoSlotId, long intoVersion) {
        access.requireCurate(projectId);
        if (slotId == intoSlotId) {
            throw new ReconcileValidationException("A slot cannot be merged into itself.");
        }
        Slot from = lockedSlot(projectId, slotId, version);
        Slot into = lockedSlot(projectId, intoSlotId, intoVersion);
        if (from.getStoryId() != into.getStoryId()) {
            throw new ReconcileValidationException("Only slots of one story can be merged.");
        }
        figures.findBySlotId(slotId).forEach(f -> f.moveTo(into.getId()));
        figures.flush();
        slots.delete(from);
        slotChanged(projectId, into);
    }

    /** Tells open boards of the story, once the change committed (see {@link TeamEvents}). */
    private void slotChanged(long projectId, Slot slot) {
        String me = currentUser.requireUsername();
        teamEvents.publish(new TeamEvent(
                projectId,
                null,
                TeamEvent.Kind.SLOT_CHANGED,
                me,
                me + " changed slot “" + slot.getTitle() + "”",
                TeamEvent.storySlot(slot.getStoryId(), slot.getId())));
    }

    private void dropIfEmpty(Slot slot) {
        if (figures.findBySlotId(slot.getId()).isEmpty()) {
            slots.delete(slot);
        }
    }

    private ReconciliationBoard.Row rowOf(long projectId, long slotId) {
        Slot slot = slots.findById(slotId).orElseThrow(NotFoundOrNotAllowedException::new);
        return board(projectId, slot.getStoryId()).slots().stream()
                .filter(r -> r.id() == slotId)
                .findFirst()
                .orElseThrow();
    }

    private Slot slot(long projectId, long slotId, long expectedVersion) {
        Slot slot = slots.findById(slotId)
                .filter(s -> s.getProjectId() == projectId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
        if (slot.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Slot.class, slotId);
        }
        return slot;
    }

    /** The slot, whose version will move when this transaction ends because its figures change. */
    private Slot lockedSlot(long projectId, long slotId, long expectedVersion) {
        Slot slot = slots.findForFigureChange(slotId)
                .filter(s -> s.getProjectId() == projectId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
        if (slot.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Slot.class, slotId);
        }
        return slot;
    }

    private static String clipTitle(String title) {
        return title.length() <= Slot.TITLE_MAX_LENGTH ? title : title.substring(0, Slot.TITLE_MAX_LENGTH - 1) + "…";
    }
}
