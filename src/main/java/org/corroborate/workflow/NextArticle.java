package org.corroborate.workflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.project.AssignmentMode;
import org.corroborate.project.WorkflowSettings;

/**
 * Which article an annotator gets next. First their own unfinished work, oldest first (in manual mode that is
 * all they get: the articles managers assigned them). In automatic mode otherwise the oldest article that is not
 * curated, that they have not done or skipped, and that still needs annotators: a slot is taken by a finished set
 * or by an unfinished one with recent activity; an abandoned set (idle past the project's timeout) frees its slot.
 */
public final class NextArticle {

    /** An article of the project. */
    public record Candidate(long articleId, Instant importedAt, boolean curated) {}

    /** An annotator's set of an article. */
    public record Slot(long articleId, String annotator, AnnotationSetStatus status, boolean abandoned) {

        boolean occupies() {
            return status == AnnotationSetStatus.FINISHED || (status != AnnotationSetStatus.SKIPPED && !abandoned);
        }

        boolean unfinished() {
            return status == AnnotationSetStatus.NOT_STARTED || status == AnnotationSetStatus.IN_PROGRESS;
        }
    }

    private NextArticle() {}

    public static Optional<Long> choose(
            String me, List<Candidate> articles, List<Slot> slots, WorkflowSettings settings) {
        List<Candidate> oldestFirst = articles.stream()
                .filter(a -> !a.curated())
                .sorted(Comparator.comparing(Candidate::importedAt).thenComparingLong(Candidate::articleId))
                .toList();
        for (Candidate article : oldestFirst) {
            if (slots.stream()
                    .anyMatch(s -> s.articleId() == article.articleId()
                            && s.annotator().equals(me)
                            && s.unfinished())) {
                return Optional.of(article.articleId());
            }
        }
        if (settings.assignmentMode() == AssignmentMode.MANUAL) {
            return Optional.empty();
        }
        for (Candidate article : oldestFirst) {
            boolean mine = slots.stream()
                    .anyMatch(s -> s.articleId() == article.articleId()
                            && s.annotator().equals(me));
            long taken = slots.stream()
                    .filter(s -> s.articleId() == article.articleId() && s.occupies())
                    .count();
            if (!mine && taken < settings.annotatorsPerArticle()) {
                return Optional.of(article.articleId());
            }
        }
        return Optional.empty();
    }
}
