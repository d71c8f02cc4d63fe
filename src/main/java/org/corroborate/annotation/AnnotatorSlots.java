package org.corroborate.annotation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.corroborate.article.ArticleService;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectAccess;
import org.corroborate.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annotator sets that handing out work ({@code workflow}) reads and changes: the places taken on each article,
 * taking, skipping, assigning and unassigning one. Every call checks the caller's role in the project; what the
 * sets hold (annotations, gold) stays with this package.
 */
@Service
public class AnnotatorSlots {

    private final AnnotationSetRepository sets;
    private final AnnotationRepository annotations;
    private final ArticleService articles;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    AnnotatorSlots(
            AnnotationSetRepository sets,
            AnnotationRepository annotations,
            ArticleService articles,
            ProjectAccess access,
            CurrentUser currentUser,
            Clock clock) {
        this.sets = sets;
        this.annotations = annotations;
        this.articles = articles;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Every annotator's place in the project; a set idle since before {@code abandonedBefore} counts as
     * abandoned. For members who take annotator places (they are handed work by it), not for the classroom.
     */
    @Transactional(readOnly = true)
    public List<AnnotatorSlot> slots(long projectId, Instant abandonedBefore) {
        requireAnnotatorPool(projectId);
        return sets.findByProjectAndKind(projectId, SetKind.ANNOTATOR.name()).stream()
                .map(s -> new AnnotatorSlot(
                        s.getArticleId(),
                        s.getAnnotator(),
                        s.getStatus(),
                        TeamAnnotationService.abandoned(s, abandonedBefore)))
                .toList();
    }

    /**
     * The current user takes a place on an article (nothing changes if they have one); taking it counts as
     * activity, so it is not abandoned at once.
     */
    @Transactional
    public void take(long projectId, long articleId) {
        requireAnnotatorPool(projectId);
        articles.status(projectId, articleId);
        String me = currentUser.requireUsername();
        if (sets.findByArticleIdAndAnnotator(articleId, me).isEmpty()) {
            AnnotationSet set = sets.saveAndFlush(new AnnotationSet(articleId, me, clock.instant()));
            set.opened(clock.instant());
        }
    }

    /** The current user passes on an article: their place (taken now if they had none) is marked skipped. */
    @Transactional
    public void skip(long projectId, long articleId) {
        requireAnnotatorPool(projectId);
        articles.status(projectId, articleId);
        String me = currentUser.requireUsername();
        AnnotationSet set = sets.findByArticleIdAndAnnotator(articleId, me)
                .orElseGet(() -> sets.saveAndFlush(new AnnotationSet(articleId, me, clock.instant())));
        set.setStatus(AnnotationSetStatus.SKIPPED, clock.instant());
    }

    /**
     * A manager gives {@code annotator} a place on the article, recording who assigned it; false when they had
     * one already (nothing changes).
     */
    @Transactional
    public boolean assign(long projectId, long articleId, String annotator) {
        access.requireManage(projectId);
        articles.status(projectId, articleId);
        if (sets.findByArticleIdAndAnnotator(articleId, annotator).isPresent()) {
            return false;
        }
        sets.saveAndFlush(AnnotationSet.assigned(articleId, annotator, currentUser.requireUsername(), clock.instant()));
        return true;
    }

    /** A manager takes back a place the annotator has not started (a set without annotations); their work stays. */
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

    private void requireAnnotatorPool(long projectId) {
        if (!access.requireView(projectId).canTakeAnnotatorPlaces()) {
            throw new AccessRefusedException(
                    "Only the project's annotators, curators and managers take annotator" + " places.");
        }
    }
}
