package org.corroborate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;

/**
 * A team at work on a seed article, built through the services (fast, for tests that are not about the editor):
 * annotators {@code annotator} and {@code annotator2}, curator {@code curator}, manager {@code manager}.
 */
public final class TeamWork {

    /** The seed article "Trump Pledges U.S. Support for Ukraine’s Security in Prospective Peace Deal". */
    public static final Path SEED_ARTICLE = Path.of("fixtures/articles/001_fcb9d55784e1e080.txt");

    private final AnnotationService annotations;
    private final DemoData.ProjectWithArticle fixture;
    private final String text;

    private TeamWork(AnnotationService annotations, ArticleService articles, DemoData.ProjectWithArticle fixture) {
        this.annotations = annotations;
        this.fixture = fixture;
        this.text = SystemAuthentication.runAsSystem(
                () -> articles.get(projectId(), articleId()).cleanedText());
    }

    public static TeamWork onSeedArticle(
            ProjectService projects,
            ImportService imports,
            ArticleService articles,
            AnnotationService annotations,
            String prefix) {
        try {
            DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                    projects,
                    imports,
                    prefix,
                    Map.of(
                            "annotator",
                            ProjectRole.ANNOTATOR,
                            "annotator2",
                            ProjectRole.ANNOTATOR,
                            "curator",
                            ProjectRole.CURATOR,
                            "manager",
                            ProjectRole.MANAGER),
                    SEED_ARTICLE.getFileName().toString(),
                    Files.readAllBytes(SEED_ARTICLE));
            return new TeamWork(annotations, articles, fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long projectId() {
        return fixture.project().id();
    }

    public long articleId() {
        return fixture.articleId();
    }

    public String text() {
        return text;
    }

    /** Where a phrase starts in the cleaned text (its first occurrence). */
    public int at(String phrase) {
        int start = text.indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("Not in the article: " + phrase);
        }
        return start;
    }

    /** The user marks the first occurrence of a phrase with a label, in their own set. */
    public AnnotationView mark(String user, Layer layer, String label, String phrase) {
        int start = at(phrase);
        return DemoData.asUser(
                user,
                () -> annotations.create(
                        projectId(), articleId(), SpanRequest.of(layer, label, start, start + phrase.length())));
    }

    public void setStatus(String user, AnnotationSetStatus status) {
        DemoData.asUser(user, () -> annotations.setStatus(projectId(), articleId(), status));
    }
}
