package org.corroborate.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.annotation.AnnotationValidationException;
import org.corroborate.annotation.AnnotatorSlots;
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
 * The places themselves are annotation sets, changed through {@link AnnotatorSlots}.
 */
@Service
public class AssignmentService {

    private final AnnotatorSlots slots;
    private final ArticleService articles;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TeamEvents teamEvents;

    AssignmentService(
            AnnotatorSlots slots,
            ArticleService articles,
            ProjectService projects,
            ProjectAccess access,
            CurrentUser currentUser,
            Clock clock,
            TeamEvents teamEvents) {
        this.slots = slots;
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
        List<NextArticle.Slot> places = slots.slots(projectId, abandonedBefore).stream()
                .filter(s -> !outsidePool.contains(s.annotator())) // a student's practice takes no place
                .map(s -> new NextArticle.Slot(s.articleId(), s.annotator(), s.status(), s.abandoned()))
                .toList();
        Optional<Long> next = NextArticle.choose(me, candidates, places, settings);
        next.ifPresent(articleId -> slots.take(projectId, articleId));
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
        if (slots.assign(projectId, articleId, annotator)) {
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
        slots.unassign(projectId, articleId, annotator);
    }

    /** The current user passes on an article: it goes to someone else, and "next article" skips it for them. */
    @Transactional
    public void skip(long projectId, long articleId) {
        requireAnnotatorPool(projectId);
        articles.status(projectId, articleId);
        slots.skip(projectId, articleId);
    }

    private void requireAnnotatorPool(long projectId) {
        if (!access.requireView(projectId).canTakeAnnotatorPlaces()) {
            throw new AccessRefusedException("Students and instructors take no annotator places: articles are "
                    + "handed out to the project's annotators (and to curators and managers who annotate).");
        }
    }
}
