package org.corroborate.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.agreement.AgreementService;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.annotation.TeamAnnotationService;
import org.corroborate.article.ArticleService;
import org.corroborate.curation.CurationService;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseSettings;
import org.corroborate.exercise.ExerciseTask;
import org.corroborate.exercise.FeedbackTiming;
import org.corroborate.exercise.ScoringRules;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportProgress;
import org.corroborate.export.ExportService;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.labels.LabelSet;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.corroborate.user.UserService;
import org.corroborate.workflow.AssignmentService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Who may do what, service by service. Two halves:
 * <ul>
 * <li>Generated from the services' public methods: every method that takes a project or article id, called by an
 * outsider, by a disabled member, by a student, by an instructor (but for the exercise service, theirs), and by a
 * manager passing another project's article, answers exactly as it does for an id that does not exist (same
 * exception and message, or the same empty answer): 0 leaks. The classroom sees a project only through its
 * exercises (ADR 0021).</li>
 * <li>A table of operations × project roles: what each role may do succeeds, the rest is refused.</li>
 * </ul>
 */
@CorroborateIntegrationTest
class RoleOperationMatrixIT {

    private static final long MISSING = 987_654_321L;
    private static final String TRUMP = "U.S. President Donald Trump";

    @Autowired
    ApplicationContext context;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    TeamAnnotationService team;

    @Autowired
    CurationService curation;

    @Autowired
    AgreementService agreement;

    @Autowired
    ExportService exports;

    @Autowired
    StoryService stories;

    @Autowired
    AssignmentService assignments;

    @Autowired
    UserService users;

    @Autowired
    ExerciseService exercises;

    @TempDir
    Path temp;

    private TeamWork work;
    private TeamWork other;
    private long annotationId;
    private long otherAnnotationId;
    private String disabled = "";
    private long exerciseId;

    /** The ids one call gets: a project, an article and any other id (an annotation, a story …). */
    private record Ids(long project, long article, long other) {}

    @BeforeEach
    void twoProjects() {
        work = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Matrix");
        other = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Matrix other");
        annotationId =
                work.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP).id();
        work.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        otherAnnotationId = other.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP)
                .id();
        disabled = "disabled" + System.nanoTime();
        SystemAuthentication.runAsSystem(() -> {
            users.createUser(disabled, "Dora Disabled", "a long enough password 1", false);
            projects.setMember(work.projectId(), disabled, ProjectRole.MANAGER);
            projects.setMember(work.projectId(), "instructor", ProjectRole.INSTRUCTOR);
            projects.setMember(work.projectId(), "student", ProjectRole.STUDENT);
            users.setEnabled(disabled, false, "admin");
            return null;
        });
        exerciseId = DemoData.asUser(
                        "instructor",
                        () -> exercises.create(
                                work.projectId(),
                                new ExerciseSettings(
                                        "Matrix exercise",
                                        "",
                                        Set.of(ExerciseTask.ANONYMOUS_SOURCES),
                                        List.of(work.articleId()),
                                        null,
                                        null,
                                        1,
                                        FeedbackTiming.AFTER_SUBMIT,
                                        false,
                                        ScoringRules.DEFAULTS)))
                .id();
    }

    // --- generated half ---------------------------------------------------------------------------------------

    @Test
    void every_service_operation_answers_outsiders_disabled_members_and_foreign_articles_as_a_missing_id() {
        List<String> leaks = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        Ids real = new Ids(work.projectId(), work.articleId(), annotationId);
        Ids missing = new Ids(MISSING, MISSING, MISSING);
        for (Method method : operations()) {
            String name = method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + Arrays.stream(method.getParameters())
                            .map(Parameter::getName)
                            .collect(Collectors.joining(", ", "(", ")"));
            checked.add(name);
            boolean classroomOperation = method.getDeclaringClass() == ExerciseService.class
                    || method.getName().equals("nameForTeaching");
            List<String> users = classroomOperation
                    ? List.of("outsider", disabled, "student")
                    : List.of("outsider", disabled, "student", "instructor");
            for (String user : users) {
                Answer asMissing = DemoData.asUser(user, () -> call(method, missing));
                Answer asReal = DemoData.asUser(user, () -> call(method, real));
                if (!asReal.equals(asMissing) || asReal.success()) {
                    leaks.add(user + " " + name + ": " + asReal + " but for a missing id " + asMissing);
                }
            }
            if (takesArticle(method)) {
                // A manager of this project passes the other project's article (and its annotation's id).
                Ids foreign = new Ids(work.projectId(), other.articleId(), otherAnnotationId);
                Ids missingArticle = new Ids(work.projectId(), MISSING, MISSING);
                Answer asMissing = DemoData.asUser("manager", () -> call(method, missingArticle));
                Answer asForeign = DemoData.asUser("manager", () -> call(method, foreign));
                if (!asForeign.equals(asMissing)) {
                    leaks.add("manager " + name + " with another project's article: " + asForeign
                            + " but for a missing article " + asMissing);
                }
            }
        }
        assertThat(checked).as("service operations found").hasSizeGreaterThan(80);
        assertThat(leaks).as("of %d operations", checked.size()).isEmpty();
        List<AnnotationView> mine =
                DemoData.asUser("annotator", () -> annotations.mine(work.projectId(), work.articleId()));
        assertThat(mine)
                .as("nothing was added to or removed from a member's set")
                .extracting(AnnotationView::id)
                .containsExactly(annotationId);
        List<AnnotationView> theirs =
                DemoData.asUser("annotator", () -> annotations.mine(other.projectId(), other.articleId()));
        assertThat(theirs)
                .as("nor to the other project's")
                .extracting(AnnotationView::id)
                .containsExactly(otherAnnotationId);
    }

    /** Every public method of our services whose parameters name a project or an article. */
    private List<Method> operations() {
        List<Method> found = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = ClassUtils.getUserClass(bean);
            if (!type.getPackageName().startsWith("org.corroborate")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()
                        && Arrays.stream(method.getParameters())
                                .anyMatch(p -> p.getName().equals("projectId") || takesArticle(p))) {
                    assertThat(method.getParameters()[0].isNamePresent())
                            .as("compiled with -parameters")
                            .isTrue();
                    found.add(method);
                }
            }
        }
        found.sort(Comparator.comparing(Method::toGenericString));
        return found;
    }

    private static boolean takesArticle(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(RoleOperationMatrixIT::takesArticle);
    }

    private static boolean takesArticle(Parameter p) {
        return p.getName().equals("articleId")
                || p.getName().equals("articleA")
                || p.getName().equals("articleIds");
    }

    /** What a call answered: a value, or an exception's type and message (with ids masked). */
    private record Answer(boolean success, String what) {
        @Override
        public String toString() {
            return (success ? "answered " : "threw ") + what;
        }
    }

    private Answer call(Method method, Ids ids) {
        Object bean = context.getBean(method.getDeclaringClass());
        method.setAccessible(true); // a package-private service's public methods
        Object[] args =
                Arrays.stream(method.getParameters()).map(p -> argument(p, ids)).toArray();
        try {
            Object result = method.invoke(bean, args);
            // What came back, compared in full: another project's article must give what a missing one gives.
            return new Answer(!isEmpty(result), masked(String.valueOf(result), ids));
        } catch (InvocationTargetException e) {
            Throwable cause = Objects.requireNonNull(e.getCause(), "an invocation fails with a cause");
            return new Answer(
                    false, cause.getClass().getName() + ": " + masked(Objects.toString(cause.getMessage(), ""), ids));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String masked(String text, Ids ids) {
        return text.replace(String.valueOf(ids.project()), "#")
                .replace(String.valueOf(ids.article()), "#")
                .replace(String.valueOf(ids.other()), "#");
    }

    /** "No data" answers (false, empty) are what a missing id gives too; anything else counts as a success. */
    private static boolean isEmpty(@Nullable Object result) {
        return result == null
                || Boolean.FALSE.equals(result)
                || result instanceof Optional<?> o && o.isEmpty()
                || result instanceof Collection<?> c && c.isEmpty()
                || result instanceof Map<?, ?> m && m.isEmpty();
    }

    private static String describe(@Nullable Object result) {
        return result == null ? "nothing" : isEmpty(result) ? String.valueOf(result) : "data";
    }

    private @Nullable Object argument(Parameter p, Ids ids) {
        Class<?> type = p.getType();
        String name = p.getName();
        if (type == long.class || type == Long.class) {
            return switch (name) {
                case "projectId" -> ids.project();
                case "articleId", "articleA", "articleB" -> ids.article();
                case "expectedVersion" -> 0L;
                default -> ids.other();
            };
        }
        if (type == int.class || type == Integer.class) {
            return 0;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "annotator";
        }
        if (Collection.class.isAssignableFrom(type)) {
            boolean ofIds = p.getParameterizedType() instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] == Long.class;
            Object element = name.equals("articleIds") ? ids.article() : ids.other();
            return Set.class.isAssignableFrom(type)
                    ? (ofIds ? Set.of(element) : Set.of())
                    : ofIds ? List.of(element) : List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == SpanRequest.class) {
            return SpanRequest.of(Layer.SOURCE, Labels.NAMED_PERSON, 0, 5);
        }
        if (type == LabelSet.class) {
            return LabelSet.defaults();
        }
        if (type == ExportOptions.class) {
            return ExportOptions.defaults(ExportFormat.CSV);
        }
        if (type == ExportProgress.class) {
            return new ExportProgress() {};
        }
        if (type == Path.class) {
            return temp.resolve("out-" + System.nanoTime());
        }
        if (type == UploadedFile.class) {
            return new UploadedFile("a.txt", "Title\nSome text of an article.\n".getBytes());
        }
        return null; // records the caller builds from what they loaded; the access check comes first anyway
    }

    // --- table half -------------------------------------------------------------------------------------------

    private enum Role {
        MANAGER("manager"),
        CURATOR("curator"),
        ANNOTATOR("annotator"),
        INSTRUCTOR("instructor"),
        STUDENT("student");

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    private static final Set<Role> CURATORS = Set.of(Role.MANAGER, Role.CURATOR);
    /** The project's team: who sees its own pages. */
    private static final Set<Role> TEAM = Set.of(Role.MANAGER, Role.CURATOR, Role.ANNOTATOR);
    /** Who sets exercises. */
    private static final Set<Role> TEACHERS = Set.of(Role.MANAGER, Role.INSTRUCTOR);

    /** One operation, who may do it, and the call (as whoever is signed in). */
    private record Operation(String name, Set<Role> allowed, Supplier<?> call) {}

    private List<Operation> table() {
        long p = work.projectId();
        long a = work.articleId();
        return List.of(
                new Operation("see the project", TEAM, () -> projects.get(p)),
                new Operation("list articles", TEAM, () -> articles.list(p)),
                new Operation("read an article", TEAM, () -> articles.get(p, a)),
                new Operation("see the label set", TEAM, () -> annotations.labels(p)),
                new Operation("list stories", TEAM, () -> stories.list(p)),
                new Operation("see project settings", TEAM, () -> projects.settings(p)),
                new Operation("list members", TEAM, () -> projects.members(p)),
                new Operation("keep an own set", TEAM, () -> annotations.mine(p, a)),
                // The classroom: exercises are set by instructors and managers, who read their articles' gold.
                new Operation("list exercises", TEACHERS, () -> exercises.list(p)),
                new Operation("choose exercise articles", TEACHERS, () -> exercises.articleChoices(p)),
                new Operation("name the project", TEACHERS, () -> projects.nameForTeaching(p)),
                new Operation("read an exercise's gold", TEACHERS, () -> exercises.goldItems(p, exerciseId)),
                new Operation("see the class", TEACHERS, () -> exercises.dashboard(p, exerciseId)),
                // Blind mode (the default): only curators and managers see another annotator's work.
                new Operation("read another's spans", CURATORS, () -> team.annotationsOf(p, a, "annotator2")),
                new Operation("open curation", CURATORS, () -> curation.open(p, a)),
                new Operation("read gold", CURATORS, () -> curation.goldAnnotations(p, a)),
                new Operation("measure agreement", CURATORS, () -> agreement.annotators(p)),
                new Operation(
                        "export",
                        CURATORS,
                        () -> exports.export(
                                p,
                                ExportOptions.defaults(ExportFormat.CSV),
                                temp.resolve("export-" + System.nanoTime()),
                                new ExportProgress() {})),
                new Operation(
                        "import an article",
                        CURATORS,
                        () -> imports.importFiles(
                                        p,
                                        List.of(new UploadedFile(
                                                "matrix-" + System.nanoTime() + ".txt",
                                                ("Matrix " + System.nanoTime() + "\nA sentence of the article.\n")
                                                        .getBytes())))
                                .imported()),
                new Operation("save the label set", Set.of(Role.MANAGER), () -> {
                    LabelSet loaded = annotations.labels(p);
                    return annotations.saveLabels(p, loaded, loaded);
                }),
                new Operation("add a member", Set.of(Role.MANAGER), () -> {
                    projects.setMember(p, "annotator2", ProjectRole.ANNOTATOR);
                    return true;
                }),
                new Operation("assign an article", Set.of(Role.MANAGER), () -> {
                    assignments.assign(p, a, "annotator");
                    return true;
                }));
    }

    @Test
    void each_project_role_does_what_its_role_allows_and_is_refused_the_rest() {
        List<String> wrong = new ArrayList<>();
        StringBuilder matrix = new StringBuilder();
        for (Operation operation : table()) {
            matrix.append(String.format("%-28s", operation.name()));
            for (Role role : Role.values()) {
                Answer answer;
                try {
                    Object result = DemoData.asUser(role.user, operation.call());
                    answer = new Answer(true, describe(result));
                } catch (AccessRefusedException
                        | NotFoundOrNotAllowedException
                        | org.springframework.security.access.AccessDeniedException e) {
                    answer = new Answer(false, e.getClass().getSimpleName());
                }
                matrix.append(answer.success() ? " yes " : " no  ");
                if (answer.success() != operation.allowed().contains(role)) {
                    wrong.add(role.user + " " + operation.name() + ": " + answer);
                }
            }
            matrix.append('\n');
        }
        System.out.println("Role × operation (manager curator annotator instructor student):\n" + matrix);
        assertThat(wrong).isEmpty();
    }
}
