package org.corroborate.annotation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleStatus;
import org.corroborate.live.TeamEvent;
import org.corroborate.live.TeamEvents;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectAccess;
import org.corroborate.project.ProjectService;
import org.corroborate.project.WorkflowSettings;
import org.corroborate.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing articles to annotators: "next article for me" ({@link NextArticle}), managers assigning and
 * unassigning by hand, and annotators skipping an article. Answers name articles only, never what others did.
 */
@Service
public class AssignmentService {

    private final AnnotationSetRepository sets;
    private final AnnotationRepository annotations;
    private final ArticleService articles;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TeamEvents teamEvents;

    AssignmentService(
            AnnotationSetRepository sets,
            AnnotationRepository annotations,
            ArticleService articles,
            ProjectService projects,
            ProjectAccess access,
            CurrentUser currentUser,
            Clock clock,
            TeamEvents teamEvents) {
        this.sets = sets;
        this.annotations = annotations;
        this.articles = articles;
        this.projects = projects;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.teamEvents = teamEvents;
    }

    /**
     * The article the current user should work on next, its slot taken for them; empty when none is left.
     * Refused for students and instructors: they take no annotator places.
     */
    @Transactional
    public Optional<Long> nextArticle(long projectId) {
        requireAnnotatorPool(projectId);
        String me = currentUser.requireUsername();
        WorkflowSettings settings = access.workflow(projectId);
        Instant abandonedBefore = clock.instant().minus(Duration.ofMinutes(settings.abandonAfterMinutes()));
        List<NextArticle.Candidate> candidates = articles.list(projectId).stream()
                .map(a -> new NextArticle.Candidate(a.id(), a.importedAt(), a.status() == ArticleStatus.CURATED))
                .toList();
        Set<String> outsidePool = projects.outsideAnnotatorPool(projectId);
        List<NextArticle.Slot> slots = sets.findByProjectAndKind(projectId, SetKind.ANNOTATOR.name()).stream()
                .filter(s -> !outsidePool.contains(s.getAnnotator())) // a student's practice takes no place
                .map(s -> new NextArticle.Slot(
                        s.getArticleId(),
                        s.getAnnotator(),
                        s.getStatus(),
                        TeamAnnotationService.abandoned(s, abandonedBefore)))
                .toList();
        Optional<Long> next = NextArticle.choose(me, candidates, slots, settings);
        next.ifPresent(articleId -> {
            if (sets.findByArticleIdAndAnnotator(articleId, me).isEmpty()) {
                AnnotationSet set = sets.saveAndFlush(new AnnotationSet(articleId, me, clock.instant()));
                set.opened(clock.instant()); // taking the slot counts as activity: it is not abandoned at once
            }
        });
        return next;
    }

    /**
     * A manager hands an article to a member of the annotator pool (annotators, curators, managers); assigning
     * twice changes nothing.
     */
    @Transactional
    public void assign(long projectId, long articleId, String annotator) {
        access.requireManage(projectId);
        articles.status(projectId, articleId);
        if (projects.members(projectId).stream()
                .noneMatch(m -> m.username().equals(annotator) && m.role().takesAnnotatorPlaces())) {
            throw new AnnotationValidationException(annotator + " is not an annotating member of this project.");
        }
        if (sets.findByArticleIdAndAnnotator(articleId, annotator).isEmpty()) {
            sets.saveAndFlush(
                    AnnotationSet.assigned(articleId, annotator, currentUser.requireUsername(), clock.instant()));
            teamEvents.publish(new TeamEvent(
                    projectId,
                    articleId,
                    TeamEvent.Kind.ASSIGNMENT_CHANGED,
                    currentUser.requireUsername(),
                    "An article was assigned to " + annotator,
                    null));
        }
    }

    /** A manager takes back an assignment the annotator has not started (a set without annotations). */
    @Transactional
    public void unassign(long projectId, long articleId, String annotator) {
        access.requireManage(projectId);
        articles.status(projectId, articleId);
        AnnotationSet set = sets.findByArticleIdAndAnnotator(articleId, annotator)
                .orElseThrow(() -> new AnnotationValidationException(annotator + " has no assignment here."));
        if (set.getKind() != SetKind.ANNOTATOR
                || !annotations.findBySet(set.getId()).isEmpty()) {
            throw new AnnotationValidationException(
                    annotator + " has already annotated this article: " + "their work stays.");
        }
        sets.delete(set);
        sets.flush();
    }

    /** The current user passes on an article: it goes to someone else, and "next article" skips it for them. */
    @Transactional
    public void skip(long projectId, long articleId) {
        requireAnnotatorPool(projectId);
        articles.status(projectId, articleId);
        String me = currentUser.requireUsername();
        AnnotationSet set = sets.findByArticleIdAndAnnotator(articleId, me)
                .orElseGet(() -> sets.saveAndFlush(new AnnotationSet(articleId, me, clock.instant())));
        set.setStatus(AnnotationSetStatus.SKIPPED, clock.instant());
    }

    private void requireAnnotatorPool(long projectId) {
        if (!access.requireView(projectId).canTakeAnnotatorPlaces()) {
            throw new AccessRefusedException("Students and instructors take no annotator places: articles are "
                    + "handed out to the project's annotators (and to curators and managers who annotate).");
        }
    }
}
