package org.corroborate.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleDetails;
import org.corroborate.article.ArticleMetadata;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.SeedFiles;
import org.corroborate.story.StoryService;

/**
 * A fresh project holding the five seed articles with their publication dates, which the import suggests as
 * one story; a manager, a curator and an annotator are members.
 *
 * @param articleIds article ids by the first three characters of the seed's file name ("004")
 */
public record SeedStory(ProjectSummary project, long storyId, Map<String, Long> articleIds) {

    /** The id of a seed article by its file number ("001"). */
    public long articleId(String number) {
        return Objects.requireNonNull(articleIds.get(number), () -> "no seed article " + number);
    }

    public static SeedStory create(
            ProjectService projects,
            ImportService imports,
            ArticleService articles,
            StoryService stories,
            String prefix) {
        ProjectSummary project = DemoData.newProject(projects, prefix);
        return SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project.id(), "manager", ProjectRole.MANAGER);
            projects.setMember(project.id(), "curator", ProjectRole.CURATOR);
            projects.setMember(project.id(), "annotator", ProjectRole.ANNOTATOR);
            imports.importFiles(project.id(), SeedFiles.all());
            Map<String, LocalDate> dates = dates();
            Map<String, Long> ids = new HashMap<>();
            for (ArticleSummary summary : articles.list(project.id())) {
                ids.put(summary.sourceName().substring(0, 3), summary.id());
                ArticleDetails details = articles.get(project.id(), summary.id());
                ArticleMetadata m = details.metadata();
                articles.updateMetadata(
                        project.id(),
                        summary.id(),
                        details.version(),
                        new ArticleMetadata(
                                m.title(),
                                m.outlet(),
                                m.url(),
                                m.author(),
                                Optional.ofNullable(dates.get(summary.sourceName()))));
            }
            List<org.corroborate.story.StoryDetails> list = stories.list(project.id());
            if (list.size() != 1) {
                throw new IllegalStateException("the seed articles should form one story, not " + list.size());
            }
            return new SeedStory(project, list.get(0).id(), Map.copyOf(ids));
        });
    }

    private static Map<String, LocalDate> dates() {
        try {
            Map<String, LocalDate> dates = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("fixtures/articles/dates.tsv"), StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (!line.startsWith("#") && cols.length == 2) {
                    dates.put(cols[0].strip(), LocalDate.parse(cols[1].strip()));
                }
            }
            return dates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
