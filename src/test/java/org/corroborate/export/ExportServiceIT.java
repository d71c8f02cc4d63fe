package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.imports.ImportService;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Layer;
import org.corroborate.CorroborateIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@CorroborateIntegrationTest
class ExportServiceIT {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ExportService exports;

    @Autowired
    ExportJobs jobs;

    @TempDir
    Path folder;

    DemoData.ProjectWithArticle project;
    String text;

    @BeforeEach
    void annotatedProject() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("fixtures/articles/001_fcb9d55784e1e080.txt"));
        project = DemoData.projectWithArticle(projects, imports, "Export", Map.of("manager", ProjectRole.MANAGER,
                "curator", ProjectRole.CURATOR, "annotator", ProjectRole.ANNOTATOR, "student", ProjectRole.STUDENT),
                "001.txt", seed);
        long p = project.project().id();
        long a = project.articleId();
        text = DemoData.asUser("annotator", () -> annotations.open(p, a).text());
        int told = text.indexOf("told reporters");
        int trump = text.lastIndexOf("Trump", told);
        DemoData.asUser("annotator", () -> {
            annotations.createAll(p, a, List.of(SpanRequest.of(Layer.ATTRIBUTION, "cue", told, told + 4),
                    SpanRequest.of(Layer.ATTRIBUTION, "source", trump, trump + 5)));
            annotations.create(p, a, SpanRequest.of(Layer.SOURCE, "named-person", trump, trump + 5));
            annotations.create(p, a, SpanRequest.of(Layer.CLAIM, "factual", 0, 20));
            return annotations.suggest(p, a);
        });
    }

    @Test
    void a_manager_exports_a_workbook_with_the_annotators_labels() throws Exception {
        Path xlsx = folder.resolve("out.xlsx");
        ExportSummary summary = DemoData.asUser("manager", () -> exports.export(project.project().id(),
                ExportOptions.defaults(ExportFormat.XLSX).withSuggestions(true, true), xlsx, ExportProgress.NONE));
        assertThat(summary.articles()).isEqualTo(1);
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(book.getSheet("Articles").getLastRowNum()).isEqualTo(1);
            Row article = book.getSheet("Articles").getRow(1);
            assertThat(article.getCell(12).getStringCellValue()).isEqualTo(text);
            Row frame = DatasetWriterTest.rowWith(book.getSheet("Attributions"), 4, "told");
            assertThat(frame.getCell(8).getStringCellValue()).isEqualTo("Trump");
            assertThat(frame.getCell(11).getStringCellValue()).isEqualTo("named-person");
            assertThat(book.getSheet("Spans").getLastRowNum()).isGreaterThan(4); // own spans and pending suggestions
            assertThat(book.getSheet("Suggestions").getLastRowNum()).isPositive();
        }
    }

    @Test
    void curators_may_export_and_annotators_and_students_may_not() {
        long p = project.project().id();
        Path out = folder.resolve("c.xlsx");
        DemoData.asUser("curator", () -> exports.export(p, ExportOptions.defaults(ExportFormat.XLSX), out, ExportProgress.NONE));
        assertThat(out).exists();
        for (String user : List.of("annotator", "student")) {
            assertThatThrownBy(() -> DemoData.asUser(user, () -> exports.export(p, ExportOptions.defaults(ExportFormat.XLSX),
                    folder.resolve(user + ".xlsx"), ExportProgress.NONE))).isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> DemoData.asUser("outsider", () -> exports.export(p, ExportOptions.defaults(ExportFormat.XLSX),
                folder.resolve("o.xlsx"), ExportProgress.NONE)))
                .isInstanceOf(org.corroborate.security.NotFoundOrNotAllowedException.class);
    }

    @Test
    void gold_labels_before_anything_is_curated_are_refused_with_a_reason_and_both_says_so() throws Exception {
        long p = project.project().id();
        assertThatThrownBy(() -> DemoData.asUser("manager", () -> exports.export(p,
                ExportOptions.defaults(ExportFormat.XLSX).withLabels(LabelChoice.GOLD), folder.resolve("g.xlsx"),
                ExportProgress.NONE))).isInstanceOf(ExportRefusedException.class).hasMessageContaining("no gold labels yet");
        assertThat(folder.resolve("g.xlsx")).doesNotExist();
        ExportSummary both = DemoData.asUser("manager", () -> exports.export(p,
                ExportOptions.defaults(ExportFormat.XLSX).withLabels(LabelChoice.BOTH), folder.resolve("b.xlsx"),
                ExportProgress.NONE));
        assertThat(both.notes()).anySatisfy(n -> assertThat(n).startsWith("There are no gold labels yet"));
    }

    @Test
    void jsonl_and_csv_exports_go_to_a_zip() throws Exception {
        long p = project.project().id();
        Path jsonl = folder.resolve("j.zip");
        DemoData.asUser("manager", () -> exports.export(p, ExportOptions.defaults(ExportFormat.JSONL)
                .withSplit(SplitRatios.parse("80/10/10"), 3).withTokens(true), jsonl, ExportProgress.NONE));
        try (ZipFile zip = new ZipFile(jsonl.toFile())) {
            assertThat(zip.stream().map(e -> e.getName())).contains("about.json").anyMatch(n -> n.matches("(train|dev|test)\\.jsonl"))
                    .anyMatch(n -> n.startsWith("tokens-"));
        }
        Path csv = folder.resolve("c.zip");
        DemoData.asUser("manager", () -> exports.export(p, ExportOptions.defaults(ExportFormat.CSV), csv, ExportProgress.NONE));
        try (ZipFile zip = new ZipFile(csv.toFile())) {
            assertThat(zip.stream().map(e -> e.getName())).contains("articles.csv", "spans.csv", "claims.csv", "about.csv");
        }
    }

    @Test
    void a_background_job_finishes_and_only_its_owner_may_download_it() throws Exception {
        long p = project.project().id();
        ExportJob started = DemoData.asUser("manager", () -> jobs.start(p, ExportOptions.defaults(ExportFormat.XLSX)));
        jobs.future(started.id()).orElseThrow().get();
        ExportJob done = DemoData.asUser("manager", () -> jobs.get(started.id()));
        assertThat(done.state()).isEqualTo(ExportJob.State.DONE);
        assertThat(done.fraction()).isEqualTo(1.0);
        byte[] bytes = DemoData.asUser("manager", () -> {
            try (var in = jobs.open(started.id())) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            assertThat(book.getSheet("About")).isNotNull();
        }
        assertThatThrownBy(() -> DemoData.asUser("curator", () -> jobs.get(started.id())))
                .isInstanceOf(org.corroborate.security.NotFoundOrNotAllowedException.class);
    }
}
