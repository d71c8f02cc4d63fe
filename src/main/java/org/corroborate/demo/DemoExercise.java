package org.corroborate.demo;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.curation.CurationService;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseSettings;
import org.corroborate.exercise.ExerciseSummary;
import org.corroborate.exercise.ExerciseTask;
import org.corroborate.exercise.FeedbackTiming;
import org.corroborate.exercise.ScoringRules;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo's classroom exercise: the curator's gold for one seed article (anonymous sources and two attribution
 * frames, nine items), the instructor's exercise on it, and three demo students' submitted attempts of known quality
 * (8, 4 and 1 of 9 points), so the class dashboard, the feedback and the heat map have something to show.
 */
@Component
class DemoExercise {

    static final String ARTICLE = "000_";
    static final String TITLE = "Anonymous sources and attributions";
    static final List<String> STUDENTS = List.of("student", "student2", "student3");

    private final ArticleService articles;
    private final CurationService curation;
    private final ExerciseService exercises;

    DemoExercise(ArticleService articles, CurationService curation, ExerciseService exercises) {
        this.articles = articles;
        this.curation = curation;
        this.exercises = exercises;
    }

    /** A phrase found by the context it sits in (the first occurrence of the context). */
    record Mark(Layer layer, String label, String phrase, String context) {

        int start(String text) {
            int at = text.indexOf(context);
            return at < 0 ? -1 : at + context.indexOf(phrase);
        }
    }

    static final Mark SEVERAL_OFFICIALS = new Mark(
            Layer.SOURCE,
            Labels.UNNAMED_GROUP,
            "several European officials",
            "According to several European officials");
    static final Mark A_EUROPEAN_OFFICIAL = new Mark(
            Layer.SOURCE,
            Labels.UNNAMED_INDIVIDUAL,
            "a European official",
            "Further insights were provided by a European official");
    static final Mark THE_OFFICIAL =
            new Mark(Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, "The official", "The official said Trump appeared");
    static final Mark MACRON = new Mark(Layer.ATTRIBUTION, Labels.SOURCE, "Macron", "Macron stated");
    static final Mark STATED = new Mark(Layer.ATTRIBUTION, Labels.CUE, "stated", "Macron stated");
    static final Mark CLARIFICATION = new Mark(
            Layer.ATTRIBUTION,
            Labels.CONTENT,
            "This was a significant clarification",
            "This was a significant clarification");
    static final Mark OFFICIAL_SOURCE =
            new Mark(Layer.ATTRIBUTION, Labels.SOURCE, "the official", "the official described the discussion as");
    static final Mark DESCRIBED =
            new Mark(Layer.ATTRIBUTION, Labels.CUE, "described", "the official described the discussion as");
    static final Mark BIG_STEP =
            new Mark(Layer.ATTRIBUTION, Labels.CONTENT, "a big step forward", "a big step forward");
    static final Mark EUROPEAN_LEADERS =
            new Mark(Layer.SOURCE, Labels.UNNAMED_GROUP, "European leaders", "other European leaders");

    void load(long projectId, List<ArticleSummary> imported) {
        ArticleSummary article = imported.stream()
                .filter(a -> a.sourceName().startsWith(ARTICLE))
                .findFirst()
                .orElse(null);
        if (article == null) {
            return;
        }
        long articleId = article.id();
        String text = articles.get(projectId, articleId).cleanedText();
        as("curator", () -> {
            for (Mark m : List.of(SEVERAL_OFFICIALS, A_EUROPEAN_OFFICIAL, THE_OFFICIAL)) {
                gold(projectId, articleId, text, m, null);
            }
            for (List<Mark> frame :
                    List.of(List.of(STATED, MACRON, CLARIFICATION), List.of(DESCRIBED, OFFICIAL_SOURCE, BIG_STEP))) {
                String frameId = gold(projectId, articleId, text, frame.getFirst(), null);
                frame.subList(1, frame.size()).forEach(m -> gold(projectId, articleId, text, m, frameId));
            }
            curation.markCurated(projectId, articleId, true);
            return null;
        });
        ExerciseSummary exercise = as(
                "instructor",
                () -> exercises.create(
                        projectId,
                        new ExerciseSettings(
                                TITLE,
                                """
                Read the article and mark:

                1. every **anonymous source** (a person or group the article does not name), and
                2. each **attribution**: who speaks (*source*), the verb that says so (*cue*) and what they said
                   (*content*).

                A name with a title is *not* anonymous. Submit when you are done: feedback shows after submitting.
                """,
                                Set.of(ExerciseTask.ANONYMOUS_SOURCES, ExerciseTask.ATTRIBUTIONS),
                                List.of(articleId),
                                null,
                                null,
                                1,
                                FeedbackTiming.AFTER_SUBMIT,
                                false,
                                ScoringRules.DEFAULTS)));
        as("instructor", () -> exercises.addRoster(projectId, exercise.id(), String.join("\n", STUDENTS)));
        attempt(
                exercise.id(),
                articleId,
                text,
                "student",
                List.of(
                        SEVERAL_OFFICIALS,
                        A_EUROPEAN_OFFICIAL,
                        THE_OFFICIAL,
                        MACRON,
                        STATED,
                        CLARIFICATION,
                        OFFICIAL_SOURCE,
                        DESCRIBED));
        attempt(
                exercise.id(),
                articleId,
                text,
                "student2",
                List.of(
                        new Mark(
                                Layer.SOURCE, Labels.UNNAMED_GROUP, "European officials", "several European officials"),
                        new Mark(
                                Layer.SOURCE,
                                Labels.UNNAMED_GROUP,
                                A_EUROPEAN_OFFICIAL.phrase(),
                                A_EUROPEAN_OFFICIAL.context()),
                        MACRON,
                        STATED,
                        new Mark(Layer.ATTRIBUTION, Labels.CUE, CLARIFICATION.phrase(), CLARIFICATION.context()),
                        EUROPEAN_LEADERS));
        attempt(exercise.id(), articleId, text, "student3", List.of(SEVERAL_OFFICIALS, EUROPEAN_LEADERS));
    }

    private String gold(long projectId, long articleId, String text, Mark m, @Nullable String frameId) {
        int start = m.start(text);
        if (start < 0) {
            throw new IllegalStateException("demo gold phrase not found: " + m.phrase());
        }
        SpanRequest request =
                SpanRequest.of(m.layer(), m.label(), start, start + m.phrase().length());
        GoldSpan span = curation.add(projectId, articleId, frameId == null ? request : request.inFrame(frameId));
        return String.valueOf(span.annotation().frameId());
    }

    private void attempt(long exerciseId, long articleId, String text, String student, List<Mark> marks) {
        as(student, () -> {
            exercises.startAttempt(exerciseId);
            for (Mark m : marks) {
                int start = m.start(text);
                if (start >= 0) {
                    exercises.addSpan(
                            exerciseId,
                            articleId,
                            m.layer(),
                            m.label(),
                            start,
                            start + m.phrase().length());
                }
            }
            return exercises.submit(exerciseId);
        });
    }

    /** Work done as one demo user: what they make is theirs. */
    static <T> T as(String username, Supplier<T> work) {
        return SystemAuthentication.runAsUser(username, work);
    }
}
