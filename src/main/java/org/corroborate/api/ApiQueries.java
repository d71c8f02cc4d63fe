package org.corroborate.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.agreement.AgreementReport;
import org.corroborate.agreement.AgreementService;
import org.corroborate.agreement.Score;
import org.corroborate.agreement.SpanAgreement;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.AnnotatorSet;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.annotation.TeamAnnotationService;
import org.corroborate.article.ArticleContent;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleStatus;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportProgress;
import org.corroborate.export.ExportService;
import org.corroborate.export.LabelChoice;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.suggestion.CodePointOffsets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the API through the feature services, which check access as they do for the web app: a member sees
 * what the pages show them (blind mode included), an export needs a manager or curator. Builds the API's records.
 */
@Service
class ApiQueries {

    private final ProjectService projects;
    private final ArticleService articles;
    private final TeamAnnotationService team;
    private final ExportService exports;
    private final AuditLog audit;
    private final AgreementService agreement;

    ApiQueries(
            ProjectService projects,
            ArticleService articles,
            TeamAnnotationService team,
            ExportService exports,
            AuditLog audit,
            AgreementService agreement) {
        this.projects = projects;
        this.articles = articles;
        this.team = team;
        this.exports = exports;
        this.audit = audit;
        this.agreement = agreement;
    }

    /**
     * The agreement page's figures for each of {@code layers} (all when empty) that has units, for curators and
     * managers; a project the user may not see answers as one that does not exist.
     */
    @Transactional(readOnly = true)
    public ApiModels.Agreement agreement(
            long projectId, List<Layer> layers, List<String> annotators, AgreementService.Comparison comparison) {
        List<String> everyone = agreement.annotators(projectId);
        List<String> compared = annotators.isEmpty()
                ? everyone
                : everyone.stream().filter(annotators::contains).toList();
        if (!annotators.isEmpty() && compared.size() < 2) {
            throw new IllegalArgumentException("Name two or more of the project's annotators.");
        }
        if (compared.size() < 2) {
            return new ApiModels.Agreement(
                    compared,
                    comparison.describe(),
                    List.of(),
                    "Agreement needs two or more" + " annotators with a set in the project; it has " + compared.size()
                            + ".");
        }
        List<ApiModels.LayerAgreement> result = new ArrayList<>();
        for (Layer layer : layers.isEmpty() ? List.of(Layer.values()) : layers) {
            AgreementReport report = agreement.report(projectId, layer, compared, List.of(), comparison);
            SpanAgreement.Report r = report.report();
            result.add(new ApiModels.LayerAgreement(
                    layer.code(),
                    r.units(),
                    report.articlesCompared(),
                    report.articlesLeftOut(),
                    figure(r.fleiss()),
                    figure(r.alpha()),
                    figure(r.unitizing()),
                    r.frames() == null ? null : figure(r.frames().alpha()),
                    r.pairs().stream()
                            .map(p -> new ApiModels.PairFigure(p.a(), p.b(), figure(p.cohen())))
                            .toList(),
                    r.labels().stream()
                            .map(l -> new ApiModels.LabelFigure(
                                    l.label(), l.countsByRater(), figure(l.alpha()), figure(l.unitizing())))
                            .toList(),
                    r.articles().stream()
                            .map(a -> new ApiModels.ArticleFigure(
                                    a.articleId(),
                                    a.units(),
                                    figure(a.fleiss()),
                                    figure(a.alpha()),
                                    figure(a.unitizing())))
                            .toList()));
        }
        return new ApiModels.Agreement(compared, comparison.describe(), result, null);
    }

    private static ApiModels.Figure figure(Score score) {
        return new ApiModels.Figure(score.defined() ? score.value() : null, score.units(), score.note());
    }

    @Transactional(readOnly = true)
    public List<ApiModels.Project> projects() {
        // The API serves the project's data: a project its user sees only through exercises is not listed.
        return projects.listMyProjects().stream()
                .filter(ProjectSummary::seesProjectPages)
                .map(p -> new ApiModels.Project(
                        p.id(),
                        p.name(),
                        p.description(),
                        p.myRole().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(null),
                        p.canCurate(),
                        p.createdAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ApiModels.ArticleSummary> articles(long projectId) {
        return articles.list(projectId).stream()
                .map(a -> new ApiModels.ArticleSummary(
                        a.id(),
                        a.title(),
                        a.outlet(),
                        a.publishedDate(),
                        a.wordCount(),
                        status(a.status()),
                        a.sourceName(),
                        a.importedAt()))
                .toList();
    }

    /** The article's text and the label sets the user may see, offsets in code points. */
    @Transactional(readOnly = true)
    public ApiModels.Article article(long projectId, long articleId, LabelChoice labels) {
        ArticleStatus status = articles.status(projectId, articleId);
        ArticleContent content = articles.contents(projectId, List.of(articleId)).stream()
                .findFirst()
                .orElseThrow(NotFoundOrNotAllowedException::new);
        CodePointOffsets offsets = CodePointOffsets.of(content.cleanedText());
        List<ApiModels.LabelSet> sets = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (labels.wantsGold()) {
            if (team.canSeeOthersWork(projectId, articleId)) {
                List<ApiModels.Span> gold = team.gold(projectId, articleId).stream()
                        .map(GoldSpan::annotation)
                        .map(a -> span(a, offsets))
                        .toList();
                sets.add(new ApiModels.LabelSet("gold", null, gold));
            } else {
                notes.add("The gold version is not shown to you until the article is curated (blind mode).");
            }
        }
        if (labels.wantsAnnotators()) {
            for (AnnotatorSet set : team.sets(projectId, articleId)) {
                List<ApiModels.Span> spans = team.annotationsOf(projectId, articleId, set.annotator()).stream()
                        .map(a -> span(a, offsets))
                        .toList();
                sets.add(new ApiModels.LabelSet(
                        set.annotator(), set.status().name().toLowerCase(Locale.ROOT), spans));
            }
        }
        return new ApiModels.Article(
                content.id(),
                content.title(),
                content.outlet(),
                content.url(),
                content.author(),
                content.publishedDate(),
                status(status),
                content.cleanedText(),
                sets,
                notes);
    }

    /**
     * Writes the export to a temporary file (the caller streams and deletes it): access and options are checked
     * before anything is written, so a refusal is a problem response and never half a file.
     */
    public Path export(long projectId, ExportOptions options) {
        String suffix = options.format() == ExportFormat.XLSX ? ".xlsx" : ".zip";
        Path file;
        try {
            file = Files.createTempFile("corroborate-api-export", suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            exports.export(projectId, options, file, ExportProgress.NONE);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
        audit.record(
                AuditAction.EXPORT_STARTED,
                projectId,
                options.format().extension(),
                "via the HTTP API, labels "
                        + options.labels() + (options.pseudonyms() ? ", pseudonyms" : "")
                        + (options.split() == null ? "" : ", split with seed " + options.seed()));
        return file;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temporary folder is cleaned by the system in the end
        }
    }

    private static ApiModels.Span span(AnnotationView a, CodePointOffsets offsets) {
        return new ApiModels.Span(
                a.id(),
                a.layer().code(),
                a.label(),
                offsets.toCodePoints(a.start()),
                offsets.toCodePoints(a.end()),
                a.text(),
                a.attributes(),
                a.frameId(),
                a.suggestedBy());
    }

    private static String status(ArticleStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
