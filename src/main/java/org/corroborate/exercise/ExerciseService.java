package org.corroborate.exercise;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.article.ArticleDetails;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleStatus;
import org.corroborate.article.ArticleSummary;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.project.FigureReaders;
import org.corroborate.project.ProjectAccess;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.corroborate.scheme.LabelRef;
import org.corroborate.scheme.Layer;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryArticle;
import org.corroborate.story.StoryService;
import org.corroborate.suggestion.Detectors;
import org.corroborate.suggestion.Suggestion;
import org.corroborate.user.UserService;
import org.corroborate.user.UserSummary;
import org.corroborate.user.UserValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classroom exercises. Access is enforced here, at every entry: the project's instructors and managers (and site
 * admins) set exercises and see their students' work; a student sees only exercises they are enrolled in, only their
 * own attempts, and gold only once the exercise's feedback rule releases it. Anything else answers exactly like
 * something that does not exist. Students' spans live in attempts, never in the team's annotation sets.
 */
@Service
public class ExerciseService {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int MAX_ROSTER = 500;

    private final ExerciseRepository exercises;
    private final ExerciseStudentRepository students;
    private final ExerciseAttemptRepository attempts;
    private final AttemptSpanRepository spans;
    private final GoldExplanationRepository explanations;
    private final ExerciseGold gold;
    private final AttemptVerdicts verdicts;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final UserService users;
    private final StoryService stories;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final FigureReaders figureReaders;

    ExerciseService(
            ExerciseRepository exercises,
            ExerciseStudentRepository students,
            ExerciseAttemptRepository attempts,
            AttemptSpanRepository spans,
            GoldExplanationRepository explanations,
            ExerciseGold gold,
            AttemptVerdicts verdicts,
            ProjectAccess access,
            ProjectService projects,
            ArticleService articles,
            AnnotationService annotations,
            UserService users,
            StoryService stories,
            FigureReaders figureReaders,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.exercises = exercises;
        this.students = students;
        this.attempts = attempts;
        this.spans = spans;
        this.explanations = explanations;
        this.gold = gold;
        this.verdicts = verdicts;
        this.access = access;
        this.projects = projects;
        this.articles = articles;
        this.annotations = annotations;
        this.users = users;
        this.stories = stories;
        this.figureReaders = figureReaders;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // --- instructors -------------------------------------------------------------------------------------

    /** Whether the current user sets exercises in the project (instructors, managers, site admins). */
    @Transactional(readOnly = true)
    public boolean canTeach(long projectId) {
        return access.isMember(projectId) && access.requireMember(projectId).teaches();
    }

    /**
     * The project's articles an exercise may use, for its instructors and managers: instructors do not see the
     * project's article pages, so the exercise form gets the list from here.
     */
    @Transactional(readOnly = true)
    public List<ArticleSummary> articleChoices(long projectId) {
        requireTeach(projectId);
        return asMember(projectId, () -> articles.list(projectId));
    }

    /**
     * The project's stories, each with its curated articles, for setting a whole story: only curated articles have
     * gold, so only they can be scored.
     */
    @Transactional(readOnly = true)
    public List<StoryChoice> storyChoices(long projectId) {
        requireTeach(projectId);
        return asMember(projectId, () -> {
            Set<Long> curated = new java.util.HashSet<>();
            articles.list(projectId).stream()
                    .filter(a -> a.status() == ArticleStatus.CURATED)
                    .forEach(a -> curated.add(a.id()));
            return stories.list(projectId).stream()
                    .map(story -> {
                        List<Long> ids = story.articles().stream()
                                .map(StoryArticle::articleId)
                                .toList();
                        return new StoryChoice(
                                story.id(),
                                story.title(),
                                ids,
                                ids.stream().filter(curated::contains).toList());
                    })
                    .toList();
        });
    }

    @Transactional(readOnly = true)
    public List<ExerciseSummary> list(long projectId) {
        requireTeach(projectId);
        return exercises.findByProjectIdOrderByCreatedAtDescIdDesc(projectId).stream()
                .map(this::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public ExerciseSummary get(long projectId, long exerciseId) {
        return summary(taught(projectId, exerciseId));
    }

    @Transactional
    public ExerciseSummary create(long projectId, ExerciseSettings settings) {
        requireTeach(projectId);
        ExerciseSettings checked = check(projectId, settings);
        Exercise exercise = new Exercise(projectId, newClassCode(), currentUser.requireUsername(), clock.instant());
        exercise.apply(checked, clock.instant());
        return summary(exercises.saveAndFlush(exercise));
    }

    @Transactional
    public ExerciseSummary update(long projectId, long exerciseId, long expectedVersion, ExerciseSettings settings) {
        Exercise exercise = taught(projectId, exerciseId);
        if (exercise.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Exercise.class, exerciseId);
        }
        ScoringRules before = exercise.rules();
        exercise.apply(check(projectId, settings), clock.instant());
        if (!before.equals(exercise.rules())) {
            // New rules are the instructor's own decision, not a change of gold: the scores start afresh.
            recordScores(
                    exercise,
                    attempts.findByExerciseIdOrderByUserIdAscAttemptNumberAsc(exerciseId).stream()
                            .filter(ExerciseAttempt::isSubmitted)
                            .toList());
        }
        return summary(exercises.saveAndFlush(exercise));
    }

    private void recordScores(Exercise exercise, List<ExerciseAttempt> submitted) {
        if (submitted.isEmpty()) {
            return;
        }
        ExerciseScoring scoring = scoring(exercise);
        Map<Long, List<StudentSpan>> byAttempt = gold.spansOfAttempts(
                submitted.stream().map(ExerciseAttempt::getId).toList());
        Map<Long, Map<Long, String>> given =
                verdicts.of(submitted.stream().map(ExerciseAttempt::getId).toList());
        for (ExerciseAttempt attempt : submitted) {
            attempt.recordScore(
                    scoring.score(
                                    byAttempt.getOrDefault(attempt.getId(), List.of()),
                                    given.getOrDefault(attempt.getId(), Map.of()))
                            .report()
                            .total()
                            .score(),
                    clock.instant());
        }
    }

    /** Deletes the exercise with its class list and every attempt (the schema cascades); recorded in the audit log. */
    @Transactional
    public void delete(long projectId, long exerciseId) {
        Exercise exercise = taught(projectId, exerciseId);
        int attemptCount = attempts.findByExerciseIdOrderByUserIdAscAttemptNumberAsc(exerciseId)
                .size();
        int enrolled = students.findByExerciseId(exerciseId).size();
        exercises.delete(exercise);
        exercises.flush();
        audit.record(
                AuditAction.EXERCISE_DELETED,
                projectId,
                exercise.settings().title(),
                "exercise " + exerciseId + "; students: " + enrolled + "; attempts: " + attemptCount);
    }

    @Transactional(readOnly = true)
    public List<ClassMember> students(long projectId, long exerciseId) {
        Exercise exercise = taught(projectId, exerciseId);
        return students.findByExerciseId(exercise.getId()).stream()
                .flatMap(s -> users.findById(s.getUserId()).stream()
                        .map(u -> new ClassMember(u.username(), u.displayName(), s.getJoinedAt())))
                .sorted(Comparator.comparing(ClassMember::username))
                .toList();
    }

    /**
     * Makes student accounts from a roster (one student a line: username, then optionally a comma, semicolon or tab
     * and the name; a header line "username" is skipped) and enrols them. New accounts get a generated password,
     * returned only here. An existing account is enrolled only when it already is a student of the project.
     */
    @Transactional
    public List<CreatedStudent> addRoster(long projectId, long exerciseId, String roster) {
        Exercise exercise = taught(projectId, exerciseId);
        List<String[]> lines = new ArrayList<>();
        for (String line :
                roster.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] cells = line.split("[,;\t]", 2);
            String username = unquote(cells[0]).toLowerCase(Locale.ROOT);
            if (lines.isEmpty() && username.equals("username")) {
                continue;
            }
            lines.add(new String[] {username, cells.length > 1 ? unquote(cells[1]) : ""});
        }
        if (lines.size() > MAX_ROSTER) {
            throw new ExerciseValidationException("A roster holds at most " + MAX_ROSTER + " students.");
        }
        List<CreatedStudent> result = new ArrayList<>();
        for (String[] line : lines) {
            result.add(addStudent(exercise, line[0], line[1]));
        }
        return result;
    }

    private CreatedStudent addStudent(Exercise exercise, String username, String displayName) {
        Optional<UserSummary> existing = users.findByUsername(username);
        if (existing.isPresent()) {
            Optional<ProjectRole> role = asMember(
                    exercise.getProjectId(),
                    () -> projects.roleOf(
                            exercise.getProjectId(), existing.get().username()));
            if (role.filter(r -> r == ProjectRole.STUDENT).isEmpty()) {
                return new CreatedStudent(
                        username,
                        displayName,
                        null,
                        "an account of that name exists; its owner can join with the class code");
            }
            enrol(exercise, existing.get().id());
            return new CreatedStudent(username, existing.get().displayName(), null, "existing student enrolled");
        }
        String password = generatePassword();
        try {
            UserSummary user = SystemAuthentication.runAsSystem(() -> {
                UserSummary made = users.createUser(username, displayName, password, false);
                projects.setMember(exercise.getProjectId(), made.username(), ProjectRole.STUDENT);
                return made;
            });
            enrol(exercise, user.id());
            return new CreatedStudent(user.username(), user.displayName(), password, "");
        } catch (UserValidationException e) {
            return new CreatedStudent(username, displayName, null, String.valueOf(e.getMessage()));
        }
    }

    /** The exercise's gold items with the instructor's explanations. */
    @Transactional(readOnly = true)
    public List<GoldItem> goldItems(long projectId, long exerciseId) {
        Exercise exercise = taught(projectId, exerciseId);
        return goldOf(exercise);
    }

    @Transactional
    public void explain(long projectId, long exerciseId, long annotationId, String explanation) {
        Exercise exercise = taught(projectId, exerciseId);
        if (goldOf(exercise).stream().noneMatch(g -> g.annotationId() == annotationId)) {
            throw new NotFoundOrNotAllowedException();
        }
        String text = explanation.strip();
        if (text.length() > GoldExplanation.MAX_LENGTH) {
            throw new ExerciseValidationException(
                    "An explanation is at most " + GoldExplanation.MAX_LENGTH + " characters.");
        }
        Optional<GoldExplanation> existing = explanations.findByExerciseIdAndAnnotationId(exerciseId, annotationId);
        if (text.isEmpty()) {
            existing.ifPresent(explanations::delete);
        } else if (existing.isPresent()) {
            existing.get().setExplanation(text);
        } else {
            explanations.save(new GoldExplanation(exerciseId, annotationId, text));
        }
    }

    /** A student's latest attempt, scored, for the instructor; empty when they have no attempt. */
    @Transactional(readOnly = true)
    public Optional<AttemptFeedback> feedbackOf(long projectId, long exerciseId, String username) {
        Exercise exercise = taught(projectId, exerciseId);
        UserSummary student = users.findByUsername(username)
                .filter(u ->
                        students.findByExerciseIdAndUserId(exerciseId, u.id()).isPresent())
                .orElseThrow(NotFoundOrNotAllowedException::new);
        List<ExerciseAttempt> mine =
                attempts.findByExerciseIdAndUserIdOrderByAttemptNumberAsc(exerciseId, student.id());
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(feedback(exercise, student, latestScored(mine)));
    }

    /** The class, scored against the gold as it is now (so a change of gold re-scores everyone). */
    @Transactional(readOnly = true)
    public ClassDashboard dashboard(long projectId, long exerciseId) {
        Exercise exercise = taught(projectId, exerciseId);
        ExerciseScoring scoring = scoring(exercise);
        Map<Long, UserSummary> people = new HashMap<>();
        List<ExerciseStudent> enrolled = students.findByExerciseId(exerciseId);
        enrolled.forEach(s -> users.findById(s.getUserId()).ifPresent(u -> people.put(s.getUserId(), u)));
        Map<Long, List<ExerciseAttempt>> byStudent = new HashMap<>();
        for (ExerciseAttempt a : attempts.findByExerciseIdOrderByUserIdAscAttemptNumberAsc(exerciseId)) {
            byStudent.computeIfAbsent(a.getUserId(), k -> new ArrayList<>()).add(a);
        }
        List<ExerciseAttempt> counted = byStudent.values().stream()
                .map(this::latestScored)
                .filter(ExerciseAttempt::isSubmitted)
                .toList();
        Map<Long, List<StudentSpan>> spansByAttempt = gold.spansOfAttempts(
                counted.stream().map(ExerciseAttempt::getId).toList());
        Map<Long, Map<Long, String>> verdictsByAttempt =
                verdicts.of(counted.stream().map(ExerciseAttempt::getId).toList());
        Map<Long, Integer> found = new HashMap<>();
        Map<Long, Integer> right = new HashMap<>();
        Map<Long, ExerciseScoring.Scored> scored = new HashMap<>();
        List<StudentSpan> allSpurious = new ArrayList<>();
        List<ClassDashboard.StudentItem> outcomes = new ArrayList<>();
        for (ExerciseAttempt attempt : counted) {
            ExerciseScoring.Scored s = scoring.score(
                    spansByAttempt.getOrDefault(attempt.getId(), List.of()),
                    verdictsByAttempt.getOrDefault(attempt.getId(), Map.of()));
            scored.put(attempt.getId(), s);
            UserSummary who = people.get(attempt.getUserId());
            for (LayerScore layer : s.report().layers().values()) {
                for (GoldItemResult item : layer.items()) {
                    long id = s.goldOf(item.gold()).annotationId();
                    if (who != null) {
                        outcomes.add(new ClassDashboard.StudentItem(who.username(), id, item.outcome(), item.points()));
                    }
                    if (item.found()) {
                        found.merge(id, 1, Integer::sum);
                    }
                    if (item.labelRight()) {
                        right.merge(id, 1, Integer::sum);
                    }
                }
                layer.spurious().forEach(sp -> allSpurious.add(s.studentOf(sp)));
            }
        }
        List<ClassDashboard.StudentRow> rows = new ArrayList<>();
        int[] histogram = new int[10];
        for (ExerciseStudent enrolment : enrolled) {
            UserSummary user = people.get(enrolment.getUserId());
            if (user == null) {
                continue;
            }
            List<ExerciseAttempt> mine = byStudent.getOrDefault(enrolment.getUserId(), List.of());
            ExerciseAttempt latest = mine.isEmpty() ? null : latestScored(mine);
            ExerciseScoring.Scored s = latest == null ? null : scored.get(latest.getId());
            Map<Layer, OptionalDouble> byLayer = new EnumMap<>(Layer.class);
            if (s != null) {
                s.report()
                        .layers()
                        .forEach((layer, score) ->
                                byLayer.put(layer, score.tally().score()));
                OptionalDouble score = s.report().total().score();
                if (score.isPresent()) {
                    histogram[Math.min(9, (int) Math.floor(score.getAsDouble() * 10))]++;
                }
            }
            rows.add(new ClassDashboard.StudentRow(
                    user.username(),
                    user.displayName(),
                    latest == null ? AttemptState.OPEN : state(exercise, latest, mine.size()),
                    mine.size(),
                    latest == null ? null : latest.getSubmittedAt(),
                    latest == null ? 0 : latest.getActiveSeconds(),
                    s == null ? 0 : s.report().total().points(),
                    scoring.goldCount(),
                    s == null ? OptionalDouble.empty() : s.report().total().score(),
                    byLayer));
        }
        rows.sort(Comparator.comparing(ClassDashboard.StudentRow::username));
        List<ClassDashboard.ItemRow> items = new ArrayList<>();
        for (GoldItem item : scoring.goldItems()) {
            items.add(new ClassDashboard.ItemRow(
                    item,
                    scoring.title(item.articleId()),
                    found.getOrDefault(item.annotationId(), 0),
                    right.getOrDefault(item.annotationId(), 0),
                    counted.size()));
        }
        items.sort(Comparator.comparingDouble(ClassDashboard.ItemRow::hitRate)
                .thenComparingLong(i -> i.gold().articleId())
                .thenComparingInt(i -> i.gold().start()));
        Instant goldChangedAt = gold.changedAt(exercise.settings().articleIds());
        int rescored = 0;
        int recorded = 0;
        for (ExerciseAttempt attempt : counted) {
            ExerciseScoring.Scored s = scored.get(attempt.getId());
            if (attempt.getScoredAt() != null && s != null) {
                recorded++;
                if (rescored(exercise, attempt, s.report().total().score(), goldChangedAt) != null) {
                    rescored++;
                }
            }
        }
        Map<String, String> titles = slotTitles(exercise);
        Map<String, Integer> slotRight = new HashMap<>();
        scored.values()
                .forEach(s -> s.report()
                        .verdicts()
                        .ifPresent(v -> v.items().stream()
                                .filter(VerdictResult::right)
                                .forEach(r -> slotRight.merge(r.gold().slot(), 1, Integer::sum))));
        List<ClassDashboard.SlotRow> slotRows = new ArrayList<>();
        for (ExerciseVerdict g : scoring.goldVerdicts()) {
            slotRows.add(new ClassDashboard.SlotRow(
                    g.slot(),
                    titles.getOrDefault(g.slot(), g.slot()),
                    g.verdict(),
                    slotRight.getOrDefault(g.slot(), 0),
                    counted.size()));
        }
        slotRows.sort(Comparator.comparingDouble(ClassDashboard.SlotRow::hitRate)
                .thenComparing(ClassDashboard.SlotRow::title));
        return new ClassDashboard(
                summary(exercise),
                rows,
                items,
                ClassPatterns.falsePositives(allSpurious, exercise.rules().overlap(), scoring::title),
                ClassPatterns.heat(
                        scoring.texts().values().stream()
                                .map(a -> new ClassPatterns.Text(a.id(), a.title(), a.cleanedText()))
                                .toList(),
                        counted.stream().map(ExerciseAttempt::getId).toList(),
                        spansByAttempt),
                histogram,
                goldChangedAt,
                outcomes,
                new ClassDashboard.Rescoring(goldChangedAt, rescored, recorded),
                slotRows);
    }

    // --- students ----------------------------------------------------------------------------------------

    /** The signed-in user's exercises, in every project, newest first. */
    @Transactional(readOnly = true)
    public List<MyExercise> myExercises() {
        Optional<UserSummary> me = me();
        if (me.isEmpty()) {
            return List.of();
        }
        List<MyExercise> mine = new ArrayList<>();
        for (ExerciseStudent enrolment : students.findByUserId(me.get().id())) {
            Exercise exercise = exercises.findById(enrolment.getExerciseId()).orElse(null);
            if (exercise == null || !access.isMember(exercise.getProjectId())) {
                continue;
            }
            List<ExerciseAttempt> tries = attempts.findByExerciseIdAndUserIdOrderByAttemptNumberAsc(
                    exercise.getId(), me.get().id());
            ExerciseAttempt latest = tries.isEmpty() ? null : latestScored(tries);
            AttemptState state = latest == null ? openState(exercise) : state(exercise, latest, tries.size());
            OptionalDouble score = OptionalDouble.empty();
            if (latest != null && latest.isSubmitted() && released(exercise, latest)) {
                score = scoring(exercise)
                        .score(ownSpans(latest), verdictsOf(latest))
                        .report()
                        .total()
                        .score();
            }
            ExerciseSettings s = exercise.settings();
            mine.add(new MyExercise(
                    exercise.getId(),
                    exercise.getProjectId(),
                    asMember(
                            exercise.getProjectId(),
                            () -> projects.get(exercise.getProjectId()).name()),
                    s.title(),
                    state,
                    s.dueAt(),
                    tries.size(),
                    s.attemptsAllowed(),
                    score));
        }
        mine.sort(Comparator.comparingLong(MyExercise::exerciseId).reversed());
        return mine;
    }

    /**
     * The signed-in user joins the exercise of a class code (and becomes a student of its project when they are not
     * a member). A code that matches nothing is refused without saying more.
     */
    @Transactional
    public MyExercise join(String classCode) {
        Exercise exercise = byCode(classCode);
        UserSummary me = me().orElseThrow(NotFoundOrNotAllowedException::new);
        if (projects.roleOf(exercise.getProjectId(), me.username()).isEmpty()) {
            SystemAuthentication.runAsSystem(
                    () -> projects.setMember(exercise.getProjectId(), me.username(), ProjectRole.STUDENT));
        }
        enrol(exercise, me.id());
        return myExercises().stream()
                .filter(e -> e.exerciseId() == exercise.getId())
                .findFirst()
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    /**
     * Someone without an account joins with a class code: a student account (username and password, no e-mail) is
     * made, added to the exercise's project as a student and enrolled. They then sign in.
     */
    @Transactional
    public void joinWithNewAccount(String classCode, String username, String displayName, String password) {
        Exercise exercise = byCode(classCode);
        SystemAuthentication.runAsSystem(() -> {
            UserSummary user = users.createUser(username, displayName, password, false);
            projects.setMember(exercise.getProjectId(), user.username(), ProjectRole.STUDENT);
            enrol(exercise, user.id());
        });
    }

    /** The student's page of an exercise: instructions, articles, allowed labels and the current attempt. */
    @Transactional(readOnly = true)
    public AttemptDocument attempt(long exerciseId) {
        Enrolled e = enrolled(exerciseId);
        List<ExerciseAttempt> tries = attempts.findByExerciseIdAndUserIdOrderByAttemptNumberAsc(
                exerciseId, e.user().id());
        ExerciseAttempt latest = tries.isEmpty() ? null : tries.getLast();
        return document(e.exercise(), latest, tries.size());
    }

    /** Starts the first attempt, or a new one after submitting when attempts are left; while the exercise is open. */
    @Transactional
    public AttemptDocument startAttempt(long exerciseId) {
        Enrolled e = enrolled(exerciseId);
        List<ExerciseAttempt> tries = attempts.findByExerciseIdAndUserIdOrderByAttemptNumberAsc(
                exerciseId, e.user().id());
        if (!tries.isEmpty() && !tries.getLast().isSubmitted()) {
            return document(e.exercise(), tries.getLast(), tries.size());
        }
        if (openState(e.exercise()) != AttemptState.OPEN) {
            throw new ExerciseValidationException("The exercise is not open.");
        }
        if (tries.size() >= e.exercise().settings().attemptsAllowed()) {
            throw new ExerciseValidationException("No attempts are left.");
        }
        ExerciseAttempt attempt = attempts.saveAndFlush(
                new ExerciseAttempt(exerciseId, e.user().id(), tries.size() + 1, clock.instant()));
        return document(e.exercise(), attempt, tries.size() + 1);
    }

    /** One article of the student's current attempt: text and own spans. */
    @Transactional(readOnly = true)
    public AttemptArticle attemptArticle(long exerciseId, long articleId) {
        Enrolled e = enrolled(exerciseId);
        ArticleDetails article = article(e.exercise(), articleId);
        List<ExerciseAttempt> tries = attempts.findByExerciseIdAndUserIdOrderByAttemptNumberAsc(
                exerciseId, e.user().id());
        List<StudentSpan> own = tries.isEmpty()
                ? List.of()
                : ownSpans(tries.getLast()).stream()
                        .filter(s -> s.articleId() == articleId)
                        .toList();
        boolean open =
                !tries.isEmpty() && !tries.getLast().isSubmitted() && openState(e.exercise()) == AttemptState.OPEN;
        List<SuggestedSpan> suggested = open && e.exercise().settings().allowSuggestions()
                ? suggestions(e.exercise(), article, own)
                : List.of();
        return new AttemptArticle(articleId, article.title(), article.cleanedText(), own, suggested);
    }

    /**
     * The detectors' suggestions with one of the exercise's labels, less those the student already marked; figures
     * are read as the project reads them.
     */
    private List<SuggestedSpan> suggestions(Exercise exercise, ArticleDetails article, List<StudentSpan> own) {
        List<ProjectLabel> allowed = allowedLabels(exercise);
        String text = article.cleanedText();
        long projectId = exercise.getProjectId();
        Detectors detectors = Detectors.standard(asMember(projectId, () -> figureReaders.forProject(projectId)));
        List<SuggestedSpan> result = new ArrayList<>();
        for (Suggestion s :
                detectors.detect(text, article.metadata().publishedDate().orElse(null))) {
            boolean asked = allowed.stream()
                    .anyMatch(l -> l.layer() == s.layer() && l.code().equals(s.label()));
            boolean marked =
                    own.stream().anyMatch(o -> o.layer() == s.layer() && o.start() == s.start() && o.end() == s.end());
            if (asked && !marked) {
                result.add(new SuggestedSpan(s.layer(), s.label(), s.start(), s.end(), s.text(text)));
            }
        }
        return result;
    }

    /** Marks a span in the student's open attempt (UTF-16 offsets); only the exercise's layers and labels. */
    @Transactional
    public StudentSpan addSpan(long exerciseId, long articleId, Layer layer, String label, int start, int end) {
        Enrolled e = enrolled(exerciseId);
        ExerciseAttempt attempt = openAttempt(e);
        ArticleDetails article = article(e.exercise(), articleId);
        String text = article.cleanedText();
        if (start < 0 || end <= start || end > text.length()) {
            throw new ExerciseValidationException("The span is not within the article's text.");
        }
        if (allowedLabels(e.exercise()).stream()
                .noneMatch(l -> l.layer() == layer && l.code().equals(label))) {
            throw new ExerciseValidationException("This exercise does not ask for that label.");
        }
        attempt.touch(clock.instant());
        return spans.saveAndFlush(new AttemptSpan(
                        attempt.getId(),
                        articleId,
                        layer,
                        label,
                        start,
                        end,
                        text.substring(start, end),
                        clock.instant()))
                .toView();
    }

    @Transactional
    public void deleteSpan(long exerciseId, long spanId) {
        Enrolled e = enrolled(exerciseId);
        ExerciseAttempt attempt = openAttempt(e);
        AttemptSpan span = spans.findById(spanId)
                .filter(s -> s.getAttemptId() == attempt.getId())
                .orElseThrow(NotFoundOrNotAllowedException::new);
        attempt.touch(clock.instant());
        spans.delete(span);
    }

    /**
     * Per-item feedback while working, for an exercise whose feedback shows "at once, per item": for each of the
     * student's own spans of the article in their latest attempt, whether it found a gold item (right or wrong label)
     * or none, with the instructor's explanation of the item it matched. Matching is the scorer's, over the whole
     * attempt, so a second span on an item already found reads as not in the gold, as it will score. Nothing of the
     * gold items the student has not hit is given out: for any other feedback rule, and before feedback is released,
     * the list is empty.
     */
    @Transactional(readOnly = true)
    public List<SpanCheck> checkSpans(long exerciseId, long articleId) {
        Enrolled e = enrolled(exerciseId);
        article(e.exercise(), articleId);
        List<ExerciseAttempt> tries = attempts.findByExerciseIdAndUserIdOrderByAttemptNumberAsc(
                exerciseId, e.user().id());
        if (tries.isEmpty() || e.exercise().settings().feedback() != FeedbackTiming.AT_ONCE) {
            return List.of();
        }
        List<StudentSpan> own = ownSpans(tries.getLast());
        ExerciseScoring.Scored scored = scoring(e.exercise()).score(own);
        Map<Long, String> notes = new HashMap<>();
        explanations.findByExerciseId(exerciseId).forEach(x -> notes.put(x.getAnnotationId(), x.getExplanation()));
        Map<Long, SpanCheck> checks = new HashMap<>();
        for (LayerScore layer : scored.report().layers().values()) {
            for (GoldItemResult r : layer.items()) {
                ExerciseSpan matched = r.matched();
                if (matched != null) {
                    StudentSpan mine = scored.studentOf(matched);
                    checks.put(
                            mine.id(),
                            new SpanCheck(
                                    mine.id(),
                                    r.labelRight() ? SpanCheck.Verdict.FOUND : SpanCheck.Verdict.WRONG_LABEL,
                                    notes.getOrDefault(scored.goldOf(r.gold()).annotationId(), "")));
                }
            }
        }
        List<SpanCheck> result = new ArrayList<>();
        for (StudentSpan span : own) {
            if (span.articleId() == articleId) {
                result.add(checks.getOrDefault(span.id(), new SpanCheck(span.id(), SpanCheck.Verdict.SPURIOUS, "")));
            }
        }
        return result;
    }

    /**
     * The slots of the exercise's story for the reconciliation task, with the student's own verdicts (never the
     * reconciler's); empty when the exercise has no such task.
     */
    @Transactional(readOnly = true)
    public List<SlotToJudge> slotsToJudge(long exerciseId) {
        Enrolled e = enrolled(exerciseId);
        Long storyId = reconcileStory(e.exercise());
        if (storyId == null) {
            return List.of();
        }
        List<ExerciseAttempt> tries = attempts.findByExerciseIdAndUserIdOrderByAttemptNumberAsc(
                exerciseId, e.user().id());
        Map<Long, String> mine = tries.isEmpty() ? Map.of() : verdictsOf(tries.getLast());
        Map<Long, String> titles = new HashMap<>();
        for (long id : e.exercise().settings().articleIds()) {
            titles.put(
                    id,
                    asMember(
                                    e.exercise().getProjectId(),
                                    () -> articles.get(e.exercise().getProjectId(), id))
                            .title());
        }
        List<SlotToJudge> result = new ArrayList<>();
        for (AttemptVerdicts.StorySlot slot : verdicts.slots(storyId)) {
            String given = mine.get(slot.id());
            result.add(new SlotToJudge(
                    slot.id(),
                    slot.title(),
                    slot.figures().stream()
                            .map(f -> "“" + f.quote() + "” (" + titles.getOrDefault(f.articleId(), "another article")
                                    + ")")
                            .toList(),
                    given == null ? null : ReconcilerVerdict.valueOf(given)));
        }
        return result;
    }

    /** Gives (null: takes back) the student's verdict on a slot of the story, in their open attempt. */
    @Transactional
    public void giveVerdict(long exerciseId, long slotId, @Nullable ReconcilerVerdict verdict) {
        Enrolled e = enrolled(exerciseId);
        Long storyId = reconcileStory(e.exercise());
        if (storyId == null || verdicts.slots(storyId).stream().noneMatch(s -> s.id() == slotId)) {
            throw new NotFoundOrNotAllowedException();
        }
        ExerciseAttempt attempt = openAttempt(e);
        attempt.touch(clock.instant());
        verdicts.set(attempt.getId(), slotId, verdict == null ? null : verdict.name());
    }

    /** Hands the attempt in: from now on it is read-only. */
    @Transactional
    public AttemptDocument submit(long exerciseId) {
        Enrolled e = enrolled(exerciseId);
        ExerciseAttempt attempt = openAttempt(e);
        attempt.submit(clock.instant());
        attempt.recordScore(
                scoring(e.exercise())
                        .score(ownSpans(attempt), verdictsOf(attempt))
                        .report()
                        .total()
                        .score(),
                clock.instant());
        attempts.saveAndFlush(attempt);
        return document(e.exercise(), attempt, attempt.getAttemptNumber());
    }

    /** The student's own feedback, once the exercise's rule releases it; empty before. */
    @Transactional(readOnly = true)
    public Optional<AttemptFeedback> myFeedback(long exerciseId) {
        Enrolled e = enrolled(exerciseId);
        List<ExerciseAttempt> tries = attempts.findByExerciseIdAndUserIdOrderByAttemptNumberAsc(
                exerciseId, e.user().id());
        if (tries.isEmpty()) {
            return Optional.empty();
        }
        ExerciseAttempt attempt = latestScored(tries);
        if (!released(e.exercise(), attempt)) {
            return Optional.empty();
        }
        return Optional.of(feedback(e.exercise(), e.user(), attempt));
    }

    // --- internals ---------------------------------------------------------------------------------------

    private record Enrolled(Exercise exercise, UserSummary user) {}

    private Enrolled enrolled(long exerciseId) {
        UserSummary me = me().orElseThrow(NotFoundOrNotAllowedException::new);
        Exercise exercise = exercises.findById(exerciseId).orElseThrow(NotFoundOrNotAllowedException::new);
        if (students.findByExerciseIdAndUserId(exerciseId, me.id()).isEmpty()
                || !access.isMember(exercise.getProjectId())) {
            throw new NotFoundOrNotAllowedException();
        }
        return new Enrolled(exercise, me);
    }

    private ExerciseAttempt openAttempt(Enrolled e) {
        List<ExerciseAttempt> tries = attempts.findByExerciseIdAndUserIdOrderByAttemptNumberAsc(
                e.exercise().getId(), e.user().id());
        if (tries.isEmpty() || tries.getLast().isSubmitted()) {
            throw new ExerciseValidationException("There is no open attempt: it was submitted.");
        }
        if (openState(e.exercise()) != AttemptState.OPEN) {
            throw new ExerciseValidationException("The exercise is closed.");
        }
        return tries.getLast();
    }

    private Optional<UserSummary> me() {
        return currentUser.username().flatMap(users::findByUsername).filter(UserSummary::enabled);
    }

    /** Instructors, managers and site admins; anyone else is told the project has nothing of the kind. */
    private void requireTeach(long projectId) {
        access.requireTeach(projectId);
    }

    /**
     * Reads the project's data (article texts, the label set, the project's name) that this service has already
     * decided the current user may see: instructors and students do not see those services' pages themselves.
     */
    private <T> T asMember(long projectId, Supplier<T> read) {
        return access.readForExercise(projectId, read);
    }

    private Exercise taught(long projectId, long exerciseId) {
        requireTeach(projectId);
        return exercises
                .findById(exerciseId)
                .filter(e -> e.getProjectId() == projectId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private Exercise byCode(String classCode) {
        String code = classCode.strip().toUpperCase(Locale.ROOT);
        return exercises
                .findByClassCode(code)
                .orElseThrow(() -> new ExerciseValidationException("No exercise has that class code."));
    }

    private void enrol(Exercise exercise, long userId) {
        if (students.findByExerciseIdAndUserId(exercise.getId(), userId).isEmpty()) {
            students.saveAndFlush(new ExerciseStudent(exercise.getId(), userId, clock.instant()));
        }
    }

    private ExerciseSettings check(long projectId, ExerciseSettings s) {
        String title = s.title().strip();
        if (title.isEmpty()) {
            throw new ExerciseValidationException("An exercise needs a title.");
        }
        if (title.length() > Exercise.TITLE_MAX_LENGTH) {
            throw new ExerciseValidationException(
                    "The title is longer than " + Exercise.TITLE_MAX_LENGTH + " characters.");
        }
        if (s.instructions().length() > Exercise.INSTRUCTIONS_MAX_LENGTH) {
            throw new ExerciseValidationException(
                    "The instructions are longer than " + Exercise.INSTRUCTIONS_MAX_LENGTH + " characters.");
        }
        if (s.tasks().isEmpty()) {
            throw new ExerciseValidationException("Choose at least one task.");
        }
        if (s.articleIds().isEmpty()) {
            throw new ExerciseValidationException("Choose at least one article.");
        }
        if (s.articleIds().stream().distinct().count() != s.articleIds().size()) {
            throw new ExerciseValidationException("An article is chosen twice.");
        }
        Set<Long> ofProject = Set.copyOf(asMember(projectId, () -> articles.ids(projectId)));
        if (!ofProject.containsAll(s.articleIds())) {
            throw new ExerciseValidationException("An article is not in this project.");
        }
        if (s.tasks().contains(ExerciseTask.RECONCILE)) {
            Set<Long> storyIds = new java.util.HashSet<>();
            for (long id : s.articleIds()) {
                storyIds.add(asMember(projectId, () -> stories.storyOfArticle(projectId, id))
                        .map(org.corroborate.story.StoryDetails::id)
                        .orElse(-1L));
            }
            if (storyIds.size() != 1 || storyIds.contains(-1L)) {
                throw new ExerciseValidationException(
                        "To reconcile a story's figures, choose articles of one story " + "(add the whole story).");
            }
        }
        if (s.attemptsAllowed() < 1 || s.attemptsAllowed() > 20) {
            throw new ExerciseValidationException("Attempts allowed: from 1 to 20.");
        }
        if (s.opensAt() != null && s.dueAt() != null && !s.dueAt().isAfter(s.opensAt())) {
            throw new ExerciseValidationException("The due date must be after the opening date.");
        }
        return new ExerciseSettings(
                title,
                s.instructions(),
                s.tasks(),
                s.articleIds(),
                s.opensAt(),
                s.dueAt(),
                s.attemptsAllowed(),
                s.feedback(),
                s.allowSuggestions(),
                s.rules());
    }

    private String newClassCode() {
        for (int i = 0; i < 20; i++) {
            StringBuilder code = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (!exercises.existsByClassCode(code.toString())) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free class code");
    }

    private String generatePassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            s.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return s.toString();
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s.strip();
    }

    private ExerciseSummary summary(Exercise exercise) {
        List<ExerciseAttempt> all = attempts.findByExerciseIdOrderByUserIdAscAttemptNumberAsc(exercise.getId());
        int submitted = (int) all.stream()
                .filter(ExerciseAttempt::isSubmitted)
                .map(ExerciseAttempt::getUserId)
                .distinct()
                .count();
        return new ExerciseSummary(
                exercise.getId(),
                exercise.getProjectId(),
                exercise.getVersion(),
                exercise.settings(),
                exercise.getClassCode(),
                exercise.getCreatedBy(),
                students.findByExerciseId(exercise.getId()).size(),
                submitted);
    }

    private AttemptState openState(Exercise exercise) {
        Instant now = clock.instant();
        ExerciseSettings s = exercise.settings();
        if (s.opensAt() != null && now.isBefore(s.opensAt())) {
            return AttemptState.NOT_OPEN_YET;
        }
        if (s.dueAt() != null && !now.isBefore(s.dueAt())) {
            return AttemptState.CLOSED;
        }
        return AttemptState.OPEN;
    }

    private AttemptState state(Exercise exercise, ExerciseAttempt latest, int tries) {
        if (!latest.isSubmitted()) {
            return openState(exercise) == AttemptState.OPEN ? AttemptState.OPEN : AttemptState.CLOSED;
        }
        return released(exercise, latest) ? AttemptState.SCORED : AttemptState.SUBMITTED;
    }

    private boolean released(Exercise exercise, ExerciseAttempt attempt) {
        return exercise.settings()
                .feedback()
                .released(attempt.getSubmittedAt(), exercise.settings().dueAt(), clock.instant());
    }

    /** The attempt that counts: the latest submitted one, else the latest. */
    private ExerciseAttempt latestScored(List<ExerciseAttempt> tries) {
        for (int i = tries.size() - 1; i >= 0; i--) {
            if (tries.get(i).isSubmitted()) {
                return tries.get(i);
            }
        }
        return tries.getLast();
    }

    private List<StudentSpan> ownSpans(ExerciseAttempt attempt) {
        return spans.findByAttemptIdOrderByArticleIdAscStartOffsetAscEndOffsetAsc(attempt.getId()).stream()
                .map(AttemptSpan::toView)
                .toList();
    }

    private ArticleDetails article(Exercise exercise, long articleId) {
        if (!exercise.settings().articleIds().contains(articleId)) {
            throw new NotFoundOrNotAllowedException();
        }
        return asMember(exercise.getProjectId(), () -> articles.get(exercise.getProjectId(), articleId));
    }

    private List<ProjectLabel> allowedLabels(Exercise exercise) {
        List<ProjectLabel> allowed = new ArrayList<>();
        var labels = asMember(exercise.getProjectId(), () -> annotations.labels(exercise.getProjectId()));
        for (Layer layer : Layer.values()) {
            List<String> codes =
                    labels.of(layer).stream().map(ProjectLabel::code).toList();
            List<String> asked = ExerciseTask.labelsAsked(exercise.settings().tasks(), layer, codes);
            labels.of(layer).stream().filter(l -> asked.contains(l.code())).forEach(allowed::add);
        }
        return allowed;
    }

    private AttemptDocument document(Exercise exercise, @Nullable ExerciseAttempt attempt, int tries) {
        ExerciseSettings s = exercise.settings();
        List<ArticleRef> refs = s.articleIds().stream()
                .map(id -> new ArticleRef(
                        id,
                        asMember(exercise.getProjectId(), () -> articles.get(exercise.getProjectId(), id))
                                .title()))
                .toList();
        boolean open = openState(exercise) == AttemptState.OPEN;
        boolean readOnly = attempt == null || attempt.isSubmitted() || !open;
        boolean canStartNew = open && (attempt == null || attempt.isSubmitted() && tries < s.attemptsAllowed());
        return new AttemptDocument(
                exercise.getId(),
                exercise.getProjectId(),
                s.title(),
                s.instructions(),
                s.tasks(),
                refs,
                allowedLabels(exercise),
                attempt == null ? null : attempt.getId(),
                attempt == null ? 0 : attempt.getAttemptNumber(),
                s.attemptsAllowed(),
                readOnly,
                canStartNew,
                attempt == null ? null : attempt.getSubmittedAt(),
                s.dueAt(),
                attempt != null && released(exercise, attempt),
                s.feedback());
    }

    private List<GoldItem> goldOf(Exercise exercise) {
        ExerciseSettings s = exercise.settings();
        Map<Long, String> notes = new HashMap<>();
        explanations
                .findByExerciseId(exercise.getId())
                .forEach(x -> notes.put(x.getAnnotationId(), x.getExplanation()));
        Set<LabelRef> allowed = new java.util.HashSet<>();
        allowedLabels(exercise).forEach(l -> allowed.add(l.ref()));
        List<GoldItem> items = new ArrayList<>();
        for (GoldItem g : gold.of(s.articleIds())) {
            if (allowed.contains(new LabelRef(g.layer(), g.label())) || asksWholeLayer(s.tasks(), g.layer())) {
                items.add(new GoldItem(
                        g.annotationId(),
                        g.articleId(),
                        g.layer(),
                        g.label(),
                        g.start(),
                        g.end(),
                        g.text(),
                        notes.getOrDefault(g.annotationId(), "")));
            }
        }
        return items;
    }

    /** A gold span with a label the project no longer lists still counts when its whole layer is asked for. */
    private static boolean asksWholeLayer(Set<ExerciseTask> tasks, Layer layer) {
        return tasks.stream()
                .anyMatch(t -> t.layer().filter(l -> l == layer).isPresent()
                        && t.onlyLabels().isEmpty());
    }

    private ExerciseScoring scoring(Exercise exercise) {
        Map<Long, ArticleDetails> texts = new LinkedHashMap<>();
        for (long id : exercise.settings().articleIds()) {
            texts.put(id, asMember(exercise.getProjectId(), () -> articles.get(exercise.getProjectId(), id)));
        }
        List<ExerciseVerdict> goldVerdicts = new ArrayList<>();
        Long storyId = reconcileStory(exercise);
        if (storyId != null) {
            for (AttemptVerdicts.StorySlot slot : verdicts.slots(storyId)) {
                if (slot.verdict() != null) {
                    goldVerdicts.add(
                            new ExerciseVerdict(ExerciseScoring.STORY, Long.toString(slot.id()), slot.verdict()));
                }
            }
        }
        return new ExerciseScoring(new ExerciseScorer(exercise.rules()), goldOf(exercise), texts, goldVerdicts);
    }

    /** The story whose slots the exercise's students judge: the story of its articles; null without that task. */
    private @Nullable Long reconcileStory(Exercise exercise) {
        ExerciseSettings s = exercise.settings();
        if (!s.tasks().contains(ExerciseTask.RECONCILE) || s.articleIds().isEmpty()) {
            return null;
        }
        return asMember(
                        exercise.getProjectId(),
                        () -> stories.storyOfArticle(
                                exercise.getProjectId(), s.articleIds().getFirst()))
                .map(org.corroborate.story.StoryDetails::id)
                .orElse(null);
    }

    private Map<String, String> slotTitles(Exercise exercise) {
        Long storyId = reconcileStory(exercise);
        Map<String, String> titles = new HashMap<>();
        if (storyId != null) {
            verdicts.slots(storyId).forEach(s -> titles.put(Long.toString(s.id()), s.title()));
        }
        return titles;
    }

    private Map<Long, String> verdictsOf(ExerciseAttempt attempt) {
        return verdicts.of(List.of(attempt.getId())).getOrDefault(attempt.getId(), Map.of());
    }

    private AttemptFeedback feedback(Exercise exercise, UserSummary student, ExerciseAttempt attempt) {
        ExerciseScoring scoring = scoring(exercise);
        List<StudentSpan> own = ownSpans(attempt);
        ExerciseScoring.Scored scored = scoring.score(own, verdictsOf(attempt));
        Map<Long, List<FeedbackItem>> items = new LinkedHashMap<>();
        Map<Long, List<StudentSpan>> spurious = new LinkedHashMap<>();
        for (LayerScore layer : scored.report().layers().values()) {
            for (GoldItemResult r : layer.items()) {
                GoldItem g = scored.goldOf(r.gold());
                items.computeIfAbsent(g.articleId(), k -> new ArrayList<>())
                        .add(new FeedbackItem(
                                g,
                                r.outcome(),
                                r.matched() == null ? null : scored.studentOf(r.matched()),
                                r.overlap(),
                                r.points()));
            }
            for (ExerciseSpan sp : layer.spurious()) {
                StudentSpan s = scored.studentOf(sp);
                spurious.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<FeedbackArticle> perArticle = new ArrayList<>();
        for (ArticleDetails article : scoring.texts().values()) {
            List<FeedbackItem> its = new ArrayList<>(items.getOrDefault(article.id(), List.of()));
            its.sort(Comparator.comparingInt((FeedbackItem i) -> i.gold().start())
                    .thenComparingInt(i -> i.gold().end()));
            perArticle.add(new FeedbackArticle(
                    article.id(),
                    article.title(),
                    article.cleanedText(),
                    own.stream().filter(s -> s.articleId() == article.id()).toList(),
                    its,
                    spurious.getOrDefault(article.id(), List.of())));
        }
        return new AttemptFeedback(
                exercise.getId(),
                exercise.settings().title(),
                student.username(),
                student.displayName(),
                attempt.getAttemptNumber(),
                attempt.getSubmittedAt(),
                scored.report(),
                perArticle,
                rescored(exercise, attempt, scored.report().total().score(), null),
                slotTitles(exercise));
    }

    /**
     * How the attempt's score moved since it was scored; null when it did not (or was never scored). {@code changedAt}
     * is the gold's last change when the caller has read it already.
     */
    private @Nullable Rescored rescored(
            Exercise exercise, ExerciseAttempt attempt, OptionalDouble now, @Nullable Instant changedAt) {
        Instant scoredAt = attempt.getScoredAt();
        if (scoredAt == null || !Rescored.differ(attempt.getScoredScore(), now)) {
            return null;
        }
        Instant goldChanged = changedAt != null
                ? changedAt
                : gold.changedAt(exercise.settings().articleIds());
        return new Rescored(
                goldChanged != null && goldChanged.isAfter(scoredAt) ? goldChanged : exercise.getUpdatedAt(),
                attempt.getScoredScore(),
                now);
    }
}
