package org.corroborate.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleDetails;
import org.corroborate.article.ArticleMetadata;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.imports.ImportReport;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;
import org.corroborate.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On the first start in demo mode (an empty database), creates the demo users and the demo project from
 * the seed articles, through the same services and import rules as everything else.
 */
@Component
@ConditionalOnWebApplication
@Order(1)
class DemoDataLoader implements ApplicationRunner {

    static final String PROJECT_NAME = "Ukraine security guarantees (Aug 2025)";
    /** The seed article two demo annotators have annotated. */
    static final String TEAM_ARTICLE = "001_";

    static final String STORY_TITLE = "U.S. security guarantees for Ukraine after the Alaska and White House summits";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final UserService users;
    private final ProjectService projects;
    private final ImportService imports;
    private final ArticleService articles;
    private final StoryService stories;
    private final AnnotationService annotations;
    private final DemoExercise exercise;

    DemoDataLoader(
            DemoProperties properties,
            UserService users,
            ProjectService projects,
            ImportService imports,
            ArticleService articles,
            StoryService stories,
            AnnotationService annotations,
            DemoExercise exercise) {
        this.exercise = exercise;
        this.properties = properties;
        this.users = users;
        this.projects = projects;
        this.imports = imports;
        this.articles = articles;
        this.stories = stories;
        this.annotations = annotations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || users.anyUserExists()) {
            return;
        }
        SystemAuthentication.runAsSystem(this::load);
    }

    private void load() {
        for (DemoUser user : DemoUser.ALL) {
            users.createUser(user.username(), user.displayName(), DemoProperties.PASSWORD, user.siteAdmin());
        }
        ProjectSummary project = projects.create(
                PROJECT_NAME,
                "Five news articles of August 2025 on U.S. security guarantees for Ukraine around the Alaska and "
                        + "White House summits: anonymous sources, attributions, and agreeing and conflicting figures.");
        for (DemoUser user : DemoUser.ALL) {
            user.role().ifPresent(role -> projects.setMember(project.id(), user.username(), role));
        }
        ImportReport report = imports.importFiles(project.id(), seedFiles());
        applyPublicationDates(project.id(), report.imported());
        acceptSeedStory(project.id());
        annotateByTwo(project.id(), report.imported());
        exercise.load(project.id(), report.imported());
        log.info(
                "Demo mode: loaded {} demo users and the project '{}' ({}). Every demo user's password is '{}'.",
                DemoUser.ALL.size(),
                PROJECT_NAME,
                report.summary(),
                DemoProperties.PASSWORD);
    }

    /** The import suggested one story of the five articles; a manager would name and accept it. */
    private void acceptSeedStory(long projectId) {
        for (StoryDetails story : stories.list(projectId)) {
            StoryDetails renamed = stories.rename(projectId, story.id(), story.version(), STORY_TITLE);
            stories.accept(projectId, renamed.id(), renamed.version());
        }
    }

    /**
     * The two demo annotators' finished work on one seed article, alike in most places and not in all, so that
     * Workload, Agreement and Curation have something to show on first start.
     */
    private void annotateByTwo(long projectId, List<ArticleSummary> imported) {
        ArticleSummary article = imported.stream()
                .filter(a -> a.sourceName().startsWith(TEAM_ARTICLE))
                .findFirst()
                .orElse(null);
        if (article == null) {
            return;
        }
        String text = articles.get(projectId, article.id()).cleanedText();
        mark(
                projectId,
                article.id(),
                text,
                "annotator",
                List.of(
                        new Mark(Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump"),
                        new Mark(Layer.SOURCE, Labels.NAMED_PERSON, "Ukrainian President Volodymyr Zelenskiy"),
                        new Mark(Layer.SOURCE, Labels.NAMED_PERSON, "French President Emmanuel Macron"),
                        new Mark(Layer.SOURCE, Labels.NAMED_PERSON, "German Chancellor Friedrich Merz"),
                        new Mark(Layer.SOURCE, Labels.UNNAMED_GROUP, "sources"),
                        new Mark(Layer.SOURCE, Labels.NAMED_PERSON, "Russian negotiator Kirill Dmitriev"),
                        new Mark(Layer.FIGURE, Labels.MONEY, "approximately $90 billion"),
                        new Mark(Layer.FIGURE, Labels.DURATION, "within two weeks")));
        mark(
                projectId,
                article.id(),
                text,
                "annotator2",
                List.of(
                        new Mark(Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump"),
                        new Mark(Layer.SOURCE, Labels.NAMED_PERSON, "Ukrainian President Volodymyr Zelenskiy"),
                        new Mark(Layer.SOURCE, Labels.NAMED_PERSON, "French President Emmanuel Macron"),
                        new Mark(Layer.SOURCE, Labels.NAMED_ORGANISATION, "German Chancellor Friedrich Merz"),
                        new Mark(Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, "sources"),
                        new Mark(Layer.SOURCE, Labels.NAMED_PERSON, "NATO Secretary General Mark Rutte"),
                        new Mark(Layer.FIGURE, Labels.MONEY, "$90 billion"),
                        new Mark(Layer.FIGURE, Labels.DURATION, "within two weeks")));
    }

    private record Mark(Layer layer, String label, String phrase) {}

    private void mark(long projectId, long articleId, String text, String annotator, List<Mark> marks) {
        List<SpanRequest> requests = new ArrayList<>();
        for (Mark m : marks) {
            int start = text.indexOf(m.phrase());
            if (start >= 0) {
                requests.add(SpanRequest.of(
                        m.layer(), m.label(), start, start + m.phrase().length()));
            }
        }
        // Annotations belong to whoever makes them: the demo annotators make their own.
        SystemAuthentication.runAsUser(annotator, () -> {
            annotations.createAll(projectId, articleId, requests);
            return annotations.setStatus(projectId, articleId, AnnotationSetStatus.FINISHED);
        });
    }

    private static List<UploadedFile> seedFiles() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.txt");
            List<Resource> sorted = new ArrayList<>(Arrays.asList(resources));
            sorted.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
            List<UploadedFile> files = new ArrayList<>();
            for (Resource resource : sorted) {
                try (InputStream in = resource.getInputStream()) {
                    files.add(new UploadedFile(String.valueOf(resource.getFilename()), in.readAllBytes()));
                }
            }
            return files;
        } catch (IOException e) {
            throw new IllegalStateException("The demo articles are missing from the application", e);
        }
    }

    /** Publication dates inferred from the articles' own text, kept beside them in dates.tsv. */
    private void applyPublicationDates(long projectId, List<ArticleSummary> imported) {
        Map<String, LocalDate> dates = readDates();
        for (ArticleSummary summary : imported) {
            LocalDate date = dates.get(summary.sourceName());
            if (date == null) {
                continue;
            }
            ArticleDetails details = articles.get(projectId, summary.id());
            ArticleMetadata m = details.metadata();
            articles.updateMetadata(
                    projectId,
                    summary.id(),
                    details.version(),
                    new ArticleMetadata(m.title(), m.outlet(), m.url(), m.author(), java.util.Optional.of(date)));
        }
    }

    private static Map<String, LocalDate> readDates() {
        Map<String, LocalDate> dates = new HashMap<>();
        Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:demo/articles/dates.tsv");
        if (!resource.exists()) {
            return dates;
        }
        try (InputStream in = resource.getInputStream()) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .filter(cols -> cols.length >= 2)
                    .forEach(cols -> dates.put(cols[0].strip(), LocalDate.parse(cols[1].strip())));
            return dates;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo publication dates", e);
        }
    }
}
