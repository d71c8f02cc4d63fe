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
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.curation.CurationService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Layer;
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

    @Autowired
    CurationService curation;

    @TempDir
    Path folder;

    DemoData.ProjectWithArticle project;
    String text;

    @BeforeEach
    void annotatedProject() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("fixtures/articles/001_fcb9d55784e1e080.txt"));
        project = DemoData.projectWithArticle(
                projects,
                imports,
                "Export",
                Map.of(
                        "manager",
                        ProjectRole.MANAGER,
                        "curator",
                        ProjectRole.CURATOR,
                        "annotator",
                        ProjectRole.ANNOTATOR,
                        "student",
                        ProjectRole.STUDENT),
                "001.txt",
                seed);
        long p = project.project().id();
        long a = project.articleId();
        text = DemoData.asUser("annotator", () -> annotations.open(p, a).text());
        int told = text.indexOf("told reporters");
        int trump = text.lastIndexOf("Trump", told);
        DemoData.asUser("annotator", () -> {
            annotations.createAll(
                    p,
                    a,
                    List.of(
                            SpanRequest.of(Layer.ATTRIBUTION, "cue", told, told + 4),
                            SpanRequest.of(Layer.ATTRIBUTION, "source", trump, trump + 5)));
            annotations.create(p, a, SpanRequest.of(Layer.SOURCE, "named-person", trump, trump + 5));
            annotations.create(p, a, SpanRequest.of(Layer.CLAIM, "factual", 0, 20));
            annotations.suggest(p, a);
            return annotations.setStatus(p, a, AnnotationSetStatus.FINISHED);
        });
    }

    @Test
    void a_manager_exports_a_workbook_with_the_annotators_labels() throws Exception {
        Path xlsx = folder.resolve("out.xlsx");
        ExportSummary summary = DemoData.asUser(
                "manager",
                () -> exports.export(
                        project.project().id(),
                        ExportOptions.defaults(ExportFormat.XLSX).withSuggestions(true, true),
                        xlsx,
                        ExportProgress.NONE));
        assertThat(summary.articles()).isEqualTo(1);
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(book.getSheet("Articles").getLastRowNum()).isEqualTo(1);
            Row article = book.getSheet("Articles").getRow(1);
            assertThat(article.getCell(15).getStringCellValue()).isEqualTo(text);
            Row frame = DatasetWriterTest.rowWith(book.getSheet("Attributions"), 5, "told");
            assertThat(frame.getCell(9).getStringCellValue()).isEqualTo("Trump");
            assertThat(frame.getCell(12).getStringCellValue()).isEqualTo("named-person");
            assertThat(book.getSheet("Spans").getLastRowNum()).isGreaterThan(4); // own spans and pending suggestions
            assertThat(book.getSheet("Suggestions").getLastRowNum()).isPositive();
        }
    }

    @Test
    void curators_may_export_and_annotators_and_students_may_not() {
        long p = project.project().id();
        Path out = folder.resolve("c.xlsx");
        DemoData.asUser(
                "curator",
                () -> exports.export(p, ExportOptions.defaults(ExportFormat.XLSX), out, ExportProgress.NONE));
        assertThat(out).exists();
        assertThatThrownBy(() -> DemoData.asUser(
                        "annotator",
                        () -> exports.export(
                                p,
                                ExportOptions.defaults(ExportFormat.XLSX),
                                folder.resolve("a.xlsx"),
                                ExportProgress.NONE)))
                .isInstanceOf(AccessRefusedException.class);
        for (String user : List.of("student", "outsider")) { // a student sees the project only through exercises
            assertThatThrownBy(() -> DemoData.asUser(
                            user,
                            () -> exports.export(
                                    p,
                                    ExportOptions.defaults(ExportFormat.XLSX),
                                    folder.resolve(user + ".xlsx"),
                                    ExportProgress.NONE)))
                    .isInstanceOf(org.corroborate.security.NotFoundOrNotAllowedException.class);
        }
    }

    @Test
    void gold_labels_before_anything_is_curated_are_refused_with_a_reason_and_both_says_so() throws Exception {
        long p = project.project().id();
        assertThatThrownBy(() -> DemoData.asUser(
                        "manager",
                        () -> exports.export(
                                p,
                                ExportOptions.defaults(ExportFormat.XLSX).withLabels(LabelChoice.GOLD),
                                folder.resolve("g.xlsx"),
                                ExportProgress.NONE)))
                .isInstanceOf(ExportRefusedException.class)
                .hasMessageContaining("no gold labels yet");
        assertThat(folder.resolve("g.xlsx")).doesNotExist();
        ExportSummary both = DemoData.asUser(
                "manager",
                () -> exports.export(
                        p,
                        ExportOptions.defaults(ExportFormat.XLSX).withLabels(LabelChoice.BOTH),
                        folder.resolve("b.xlsx"),
                        ExportProgress.NONE));
        assertThat(both.notes()).anySatisfy(n -> assertThat(n).startsWith("There are no gold labels yet"));
    }

    @Test
    void jsonl_and_csv_exports_go_to_a_zip() throws Exception {
        long p = project.project().id();
        Path jsonl = folder.resolve("j.zip");
        DemoData.asUser(
                "manager",
                () -> exports.export(
                        p,
                        ExportOptions.defaults(ExportFormat.JSONL)
                                .withSplit(SplitRatios.parse("80/10/10"), 3)
                                .withTokens(true),
                        jsonl,
                        ExportProgress.NONE));
        try (ZipFile zip = new ZipFile(jsonl.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()))
                    .contains("about.json", "dataset_info.json", "README.md")
                    .anyMatch(n -> n.matches("(train|dev|test)\\.jsonl"))
                    .anyMatch(n -> n.startsWith("tokens-"));
        }
        Path csv = folder.resolve("c.zip");
        DemoData.asUser(
                "manager", () -> exports.export(p, ExportOptions.defaults(ExportFormat.CSV), csv, ExportProgress.NONE));
        try (ZipFile zip = new ZipFile(csv.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()))
                    .contains("articles.csv", "spans.csv", "claims.csv", "about.csv");
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

    @Test
    void gold_and_each_annotator_exports_every_row_once_with_the_label_set_spelt_gold() throws Exception {
        long p = project.project().id();
        long a = project.articleId();
        List<AnnotationView> own = DemoData.asUser(
                "annotator",
                () -> annotations.open(p, a).annotations().stream()
                        .filter(span -> span.suggestedBy() == null)
                        .toList());
        DemoData.asUser("curator", () -> {
            for (AnnotationView span : own) {
                curation.accept(p, a, span.id(), "annotator");
            }
            curation.markCurated(p, a, true);
            return null;
        });
        Path xlsx = folder.resolve("both.xlsx");
        DemoData.asUser(
                "manager",
                () -> exports.export(
                        p,
                        ExportOptions.defaults(ExportFormat.XLSX)
                                .withLabels(LabelChoice.BOTH)
                                .withTokens(true),
                        xlsx,
                        ExportProgress.NONE));
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                if (!sheet.getSheetName().equals("About")) {
                    assertThat(DatasetWriterTest.rows((org.apache.poi.xssf.usermodel.XSSFSheet) sheet))
                            .as(sheet.getSheetName())
                            .doesNotHaveDuplicates();
                }
            }
            List<List<String>> spans = DatasetWriterTest.rows(book.getSheet("Spans"));
            assertThat(spans).extracting(r -> r.get(2)).containsOnly("gold", "annotator");
            assertThat(spans.stream().filter(r -> r.get(2).equals("gold")).count())
                    .isEqualTo(own.size());
            assertThat(spans.stream().filter(r -> r.get(2).equals("annotator")).count())
                    .isEqualTo(own.size());
            assertThat(DatasetWriterTest.rows(book.getSheet("Articles")))
                    .extracting(r -> r.get(4) + " " + r.get(5))
                    .containsExactly("TRUE gold (finished); annotator (finished)");
        }
        Path jsonl = folder.resolve("both-jsonl");
        DemoData.asUser(
                "manager",
                () -> exports.export(
                        p,
                        ExportOptions.defaults(ExportFormat.JSONL).withLabels(LabelChoice.BOTH),
                        jsonl,
                        ExportProgress.NONE));
        assertThat(Files.readString(jsonl.resolve("data.jsonl")))
                .doesNotContain("#gold")
                .contains("\"label_set\":\"gold\"");
    }

    @Test
    void an_annotators_export_leaves_out_sets_in_progress_unless_asked() throws Exception {
        long p = project.project().id();
        long a = project.articleId();
        DemoData.asUser("annotator", () -> annotations.setStatus(p, a, AnnotationSetStatus.IN_PROGRESS));
        ExportSummary finishedOnly = DemoData.asUser(
                "manager",
                () -> exports.export(
                        p, ExportOptions.defaults(ExportFormat.XLSX), folder.resolve("f.xlsx"), ExportProgress.NONE));
        assertThat(finishedOnly.articles()).isZero();
        assertThat(finishedOnly.notes()).anySatisfy(n -> assertThat(n).contains("1 of 1 articles left out"));
        ExportSummary all = DemoData.asUser(
                "manager",
                () -> exports.export(
                        p,
                        ExportOptions.defaults(ExportFormat.XLSX).withUnfinishedWork(false, true),
                        folder.resolve("a.xlsx"),
                        ExportProgress.NONE));
        assertThat(all.articles()).isEqualTo(1);
        try (XSSFWorkbook book = new XSSFWorkbook(folder.resolve("a.xlsx").toFile())) {
            assertThat(DatasetWriterTest.rows(book.getSheet("Spans")))
                    .extracting(r -> r.get(3))
                    .containsOnly("in_progress");
        }
    }
}
