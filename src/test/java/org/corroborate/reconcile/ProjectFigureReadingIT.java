package org.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleDraft;
import org.corroborate.article.ArticleService;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportProgress;
import org.corroborate.export.ExportService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSettings;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** One figure, one reading per project: the annotation, the board and the export agree on its bounds and offsets. */
@CorroborateIntegrationTest
class ProjectFigureReadingIT {

    private static final String FIGURE = "approximately $90 billion";

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    StoryService stories;

    @Autowired
    ReconcileService reconcile;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ExportService exports;

    @TempDir
    Path folder;

    @Test
    void a_twenty_percent_project_reads_about_90_billion_as_72_to_108_on_the_annotation_the_board_and_the_export()
            throws Exception {
        SeedStory seed = SeedStory.create(projects, imports, articles, stories, "Width");
        long project = seed.project().id();
        DemoData.asUser("manager", () -> {
            ProjectSummary current = projects.get(project);
            return projects.updateSettings(
                    project,
                    current.version(),
                    new ProjectSettings(
                            ProjectSettings.DEFAULT_STORY_SIMILARITY,
                            ProjectSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD,
                            new BigDecimal("0.20")));
        });
        long article = seed.articleId("001");
        String text = DemoData.asUser(
                "annotator", () -> annotations.open(project, article).text());
        int start = text.indexOf(FIGURE);
        AnnotationView saved = DemoData.asUser(
                "annotator",
                () -> annotations.create(
                        project, article, SpanRequest.of(Layer.FIGURE, Labels.MONEY, start, start + FIGURE.length())));
        DemoData.asUser("annotator", () -> annotations.setStatus(project, article, AnnotationSetStatus.FINISHED));

        assertThat(new BigDecimal(saved.attribute(Attributes.LOWER))).isEqualByComparingTo("72000000000");
        assertThat(new BigDecimal(saved.attribute(Attributes.UPPER))).isEqualByComparingTo("108000000000");

        ReconciliationBoard board = DemoData.asUser("curator", () -> {
            reconcile.propose(project, seed.storyId());
            return reconcile.board(project, seed.storyId());
        });
        assertThat(board.tolerance()).isEqualByComparingTo("0.20");
        List<ReconciliationBoard.Figure> onBoard = board.slots().stream()
                .flatMap(r -> r.figures().stream())
                .filter(f -> f.quote().equals(FIGURE))
                .toList();
        assertThat(onBoard).as("001 as annotated, 004 as detected").hasSize(2).allSatisfy(f -> {
            assertThat(f.interval()).isNotNull();
            assertThat(f.interval().lower()).isEqualByComparingTo("72000000000");
            assertThat(f.interval().upper()).isEqualByComparingTo("108000000000");
            assertThat(f.reading())
                    .as("the project's own reading is no correction")
                    .doesNotContain("(as annotated)");
        });
        String boardReading = onBoard.getFirst().reading();

        Path out = folder.resolve("width.xlsx");
        DemoData.asUser(
                "curator",
                () -> exports.export(project, ExportOptions.defaults(ExportFormat.XLSX), out, ExportProgress.NONE));
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            List<Map<String, Object>> figures = rows(workbook.getSheet("Figures"));
            assertThat(figures)
                    .filteredOn(r -> FIGURE.equals(r.get("Text")))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(new BigDecimal(String.valueOf(r.get("Lower"))))
                                .isEqualByComparingTo("72000000000");
                        assertThat(new BigDecimal(String.valueOf(r.get("Upper"))))
                                .isEqualByComparingTo("108000000000");
                    });
            List<Map<String, Object>> reconciliation = rows(workbook.getSheet("Reconciliation"));
            assertThat(reconciliation)
                    .filteredOn(r -> FIGURE.equals(r.get("Figure as written")))
                    .hasSize(2)
                    .allMatch(r -> boardReading.equals(r.get("Reading")));
        }

        List<AnnotationView> suggested =
                DemoData.asUser("annotator", () -> annotations.suggest(project, seed.articleId("004")));
        assertThat(suggested)
                .filteredOn(v -> v.layer() == Layer.FIGURE && FIGURE.equals(v.text()))
                .singleElement()
                .satisfies(v -> {
                    assertThat(new BigDecimal(v.attribute(Attributes.LOWER))).isEqualByComparingTo("72000000000");
                    assertThat(new BigDecimal(v.attribute(Attributes.UPPER))).isEqualByComparingTo("108000000000");
                });
    }

    @Test
    void every_sheet_counts_offsets_in_code_points_after_an_emoji() throws Exception {
        String first = "\uD83D\uDE80 Aid package: the allies pledged " + FIGURE + " on Monday, officials said.\n";
        String second = "Aid package: the allies pledged about $90 billion on Monday, officials said.\n";
        ProjectSummary p = DemoData.newProject(projects, "Emoji");
        long project = p.id();
        long firstId = SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project, "curator", ProjectRole.CURATOR);
            projects.setMember(project, "annotator", ProjectRole.ANNOTATOR);
            List<Long> ids = new ArrayList<>();
            articles.addArticles(
                            project,
                            List.of(
                                    ArticleDraft.verbatim("first.txt", first, "First"),
                                    ArticleDraft.verbatim("second.txt", second, "Second")))
                    .imported()
                    .forEach(a -> ids.add(a.id()));
            stories.create(project, "Aid", ids);
            return ids.getFirst();
        });
        String text = DemoData.asUser(
                "annotator", () -> annotations.open(project, firstId).text());
        int utf16 = text.indexOf(FIGURE);
        int codePoints = text.codePointCount(0, utf16);
        assertThat(codePoints)
                .as("the rocket is two UTF-16 units, one code point")
                .isEqualTo(utf16 - 1);
        DemoData.asUser(
                "annotator",
                () -> annotations.create(
                        project, firstId, SpanRequest.of(Layer.FIGURE, Labels.MONEY, utf16, utf16 + FIGURE.length())));
        DemoData.asUser("annotator", () -> annotations.setStatus(project, firstId, AnnotationSetStatus.FINISHED));
        long storyId = SystemAuthentication.runAsSystem(
                () -> stories.storyOfArticle(project, firstId).orElseThrow().id());
        DemoData.asUser("curator", () -> reconcile.propose(project, storyId));

        Path out = folder.resolve("emoji.xlsx");
        DemoData.asUser(
                "curator",
                () -> exports.export(project, ExportOptions.defaults(ExportFormat.XLSX), out, ExportProgress.NONE));
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            for (String sheet : List.of("Figures", "Spans")) {
                assertThat(rows(workbook.getSheet(sheet)))
                        .as(sheet)
                        .filteredOn(r -> FIGURE.equals(r.get("Text")))
                        .singleElement()
                        .satisfies(r -> assertThat(r)
                                .containsEntry("Start", (double) codePoints)
                                .containsEntry("End", (double) (codePoints + FIGURE.length())));
            }
            assertThat(rows(workbook.getSheet("Reconciliation")))
                    .as("Reconciliation")
                    .filteredOn(r -> FIGURE.equals(r.get("Figure as written")))
                    .singleElement()
                    .satisfies(r -> assertThat(r)
                            .containsEntry("Start", (double) codePoints)
                            .containsEntry("End", (double) (codePoints + FIGURE.length())));
        }
    }

    /** A sheet's rows by header: numbers as doubles, text as strings, empty cells left out. */
    private static List<Map<String, Object>> rows(Sheet sheet) {
        assertThat(sheet).isNotNull();
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null) {
                continue;
            }
            Map<String, Object> values = new HashMap<>();
            for (Cell cell : row) {
                String header = headers.get(cell.getColumnIndex());
                if (cell.getCellType() == CellType.NUMERIC) {
                    values.put(header, cell.getNumericCellValue());
                } else if (cell.getCellType() == CellType.STRING) {
                    values.put(header, cell.getStringCellValue());
                } else if (cell.getCellType() == CellType.BOOLEAN) {
                    values.put(header, cell.getBooleanCellValue());
                }
            }
            rows.add(values);
        }
        return rows;
    }
}
