package org.corroborate.storage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.Application;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportProgress;
import org.corroborate.export.ExportService;
import org.corroborate.imports.ImportReport;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run in a child JVM by {@link ServerCrashIT}: the whole server (web, pool, Hibernate, the configured database),
 * then an annotation burst through the same service call the editor's save makes, saying "saved ID" after each
 * call returned (what the editor shows as saved), until it is killed; with {@code -Dcrash.imports=true} a burst
 * of three-file uploads instead, or with {@code -Dcrash.exports=FOLDER} a burst of exports into that folder.
 */
final class CrashingServer {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    private CrashingServer() {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(args);
        ProjectService projects = app.getBean(ProjectService.class);
        ArticleService articles = app.getBean(ArticleService.class);
        AnnotationService annotations = app.getBean(AnnotationService.class);
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                app.getBean(ImportService.class),
                "Crash",
                Map.of("annotator", ProjectRole.ANNOTATOR),
                TeamWork.SEED_ARTICLE.getFileName().toString(),
                java.nio.file.Files.readAllBytes(TeamWork.SEED_ARTICLE));
        long project = fixture.project().id();
        long article = fixture.articleId();
        String text = SystemAuthentication.runAsSystem(
                () -> articles.get(project, article).cleanedText());
        System.out.println("ready");
        if (Boolean.getBoolean("crash.imports")) {
            importBurst(app.getBean(ImportService.class), project);
            return;
        }
        String exportFolder = System.getProperty("crash.exports");
        if (exportFolder != null) {
            exportBurst(
                    app.getBean(ImportService.class),
                    articles,
                    annotations,
                    app.getBean(ExportService.class),
                    project,
                    java.nio.file.Path.of(exportFolder));
            return;
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            int start = words.start();
            int end = words.end();
            List<Long> saved = DemoData.asUser(
                    "annotator",
                    () -> List.of(annotations
                            .create(project, article, SpanRequest.of(Layer.SOURCE, Labels.NAMED_PERSON, start, end))
                            .id()));
            System.out.println("saved " + saved.getFirst());
            System.out.flush();
        }
        System.out.println("done");
    }

    /** Uploads of three files each, one after another, saying "imported N" after upload N returned. */
    private static void importBurst(ImportService imports, long project) {
        for (int n = 1; n <= 10_000; n++) {
            int batch = n;
            List<UploadedFile> files = List.of("a", "b", "c").stream()
                    .map(part -> new UploadedFile(
                            "batch-" + batch + "-" + part + ".txt",
                            ("Upload " + batch + " part " + part + "\nThe ministry said on day " + batch
                                            + " that talks on part " + part + " continue. " + "More text. ".repeat(200)
                                            + "\n")
                                    .getBytes(StandardCharsets.UTF_8)))
                    .toList();
            SystemAuthentication.runAsSystem(() -> imports.importFiles(project, files));
            System.out.println("imported " + batch);
            System.out.flush();
        }
    }

    /**
     * A project of 60 articles exported again and again, saying "writing N" once export N wrote its first article
     * and "exported N" once it returned.
     */
    private static void exportBurst(
            ImportService imports,
            ArticleService articles,
            AnnotationService annotations,
            ExportService exports,
            long project,
            java.nio.file.Path folder) {
        List<UploadedFile> files = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> new UploadedFile(
                        "e" + i + ".txt",
                        ("Export article " + i + "\nThe ministry said on day " + i + " that talks continue. "
                                        + "More text. ".repeat(300) + "\n")
                                .getBytes(StandardCharsets.UTF_8)))
                .toList();
        ImportReport report = SystemAuthentication.runAsSystem(() -> imports.importFiles(project, files));
        // A finished set with a span on every article, so that each export writes 60 articles (and takes a while).
        for (ArticleSummary imported : report.imported()) {
            String text = SystemAuthentication.runAsSystem(
                    () -> articles.get(project, imported.id()).cleanedText());
            int at = text.indexOf("ministry");
            DemoData.asUser("annotator", () -> {
                annotations.create(
                        project,
                        imported.id(),
                        SpanRequest.of(Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, at, at + "ministry".length()));
                return annotations.setStatus(project, imported.id(), AnnotationSetStatus.FINISHED);
            });
        }
        for (int n = 1; n <= 10_000; n++) {
            java.nio.file.Path target = folder.resolve("export-" + n + ".xlsx");
            int export = n;
            SystemAuthentication.runAsSystem(() -> exports.export(
                    project, ExportOptions.defaults(ExportFormat.XLSX).withTokens(true), target, new ExportProgress() {
                        @Override
                        public void articleDone(int done, int total) {
                            if (done == 1) {
                                System.out.println("writing " + export); // its file is open, 59 articles to go
                                System.out.flush();
                            }
                        }
                    }));
            System.out.println("exported " + n);
            System.out.flush();
        }
    }
}
