package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DatasetWriterTest {

    @TempDir
    Path folder;

    static final String TEXT =
            "Kyiv \uD83D\uDE00 said =SUM(A1) aid of -5 billion arrived, a senior official said on condition of"
                    + " anonymity because he was not authorised to speak.\n@attacker wrote +1.";

    static TestExportData sample() {
        int said = TEXT.indexOf("said");
        int formula = TEXT.indexOf("=SUM(A1)");
        int figure = TEXT.indexOf("-5 billion");
        int official = TEXT.indexOf("a senior official");
        int reason = TEXT.indexOf("because he");
        ExportArticle article = new ExportArticle(
                11,
                "+Headline",
                "Outlet",
                "https://example.org/a",
                null,
                LocalDate.of(2025, 8, 19),
                30,
                Instant.parse("2026-01-02T03:04:05Z"),
                "a.txt",
                TEXT);
        ExportArticle empty =
                new ExportArticle(12, "Second", null, null, null, null, 1, null, "b.txt", "Nothing here.");
        return new TestExportData()
                .add(
                        article,
                        new ExportSpan(
                                1,
                                "annotator",
                                Layer.ATTRIBUTION,
                                "cue",
                                said,
                                said + 4,
                                "said",
                                Map.of("certainty", "asserted"),
                                "f1",
                                null,
                                null),
                        new ExportSpan(
                                2, "annotator", Layer.ATTRIBUTION, "source", 0, 4, "Kyiv", Map.of(), "f1", null, null),
                        new ExportSpan(
                                3,
                                "annotator",
                                Layer.ATTRIBUTION,
                                "content",
                                formula,
                                formula + 8,
                                "=SUM(A1)",
                                Map.of(),
                                "f1",
                                null,
                                null),
                        new ExportSpan(
                                4,
                                "annotator",
                                Layer.SOURCE,
                                "named-organisation",
                                0,
                                4,
                                "Kyiv",
                                Map.of("canonicalSource", "3"),
                                null,
                                null,
                                null),
                        new ExportSpan(
                                5,
                                "annotator",
                                Layer.FIGURE,
                                "money",
                                figure,
                                figure + 10,
                                "-5 billion",
                                Map.of("lower", "-5000000000", "upper", "-5000000000", "bound", "exact", "unit", "USD"),
                                null,
                                "figures",
                                "accepted"),
                        new ExportSpan(
                                6,
                                "annotator",
                                Layer.SOURCE,
                                "unnamed-individual",
                                official,
                                official + 17,
                                "a senior official",
                                Map.of(
                                        "anonymityReason",
                                        "yes",
                                        "reasonStart",
                                        Integer.toString(reason),
                                        "reasonEnd",
                                        Integer.toString(reason + 10)),
                                null,
                                null,
                                null),
                        new ExportSpan(
                                7,
                                "annotator",
                                Layer.CLAIM,
                                "factual",
                                formula,
                                figure + 10,
                                TEXT.substring(formula, figure + 10),
                                Map.of("note", "@note"),
                                null,
                                null,
                                null),
                        new ExportSpan(
                                8,
                                "annotator2",
                                Layer.FIGURE,
                                "count",
                                figure,
                                figure + 2,
                                "-5",
                                Map.of(),
                                null,
                                "figures",
                                "pending"),
                        new ExportSpan(
                                9,
                                "annotator2",
                                Layer.FIGURE,
                                "count",
                                0,
                                4,
                                "Kyiv",
                                Map.of(),
                                null,
                                "figures",
                                "rejected"))
                .add(empty);
    }

    static XSSFWorkbook xlsx(ExportData data, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetWriter().writeXlsx(data, options, out, ExportProgress.NONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static Row rowWith(XSSFSheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
    }

    @Test
    void the_workbook_has_the_documented_sheets_each_with_a_frozen_bold_filtered_header() throws IOException {
        try (XSSFWorkbook book = xlsx(
                sample(),
                ExportOptions.defaults(ExportFormat.XLSX).withTokens(true).withSuggestions(false, true))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names)
                    .containsExactly(
                            "About",
                            "Articles",
                            "Claims",
                            "Attributions",
                            "Sources",
                            "Figures",
                            "Spans",
                            "Tokens",
                            "Suggestions",
                            "Reconciliation",
                            "Agreement",
                            "Analytics",
                            "Outlets",
                            "Source records");
            for (int i = 1; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                assertThat(sheet.getPaneInformation().isFreezePane())
                        .as(sheet.getSheetName())
                        .isTrue();
                assertThat(sheet.getCTWorksheet().isSetAutoFilter())
                        .as(sheet.getSheetName())
                        .isTrue();
                assertThat(book.getFontAt(sheet.getRow(0)
                                        .getCell(0)
                                        .getCellStyle()
                                        .getFontIndex())
                                .getBold())
                        .isTrue();
                assertThat(sheet.getColumnWidth(0)).isGreaterThan(256 * 4);
            }
        }
    }

    @Test
    void no_cell_is_a_formula_and_hostile_text_stays_text_with_a_quote_prefix() throws IOException {
        try (XSSFWorkbook book = xlsx(sample(), ExportOptions.defaults(ExportFormat.XLSX))) {
            for (var sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING
                                && CellText.looksLikeFormula(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed())
                                    .as(sheet.getSheetName() + " " + cell.getAddress())
                                    .isTrue();
                        }
                    }
                }
            }
            Row content = rowWith(book.getSheet("Spans"), 9, "=SUM(A1)");
            assertThat(content.getCell(9).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(rowWith(book.getSheet("Articles"), 6, "+Headline")
                            .getCell(6)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isTrue();
            assertThat(rowWith(book.getSheet("About"), 2, "=Test project")).isNotNull();
        }
    }

    @Test
    void numbers_and_dates_are_typed_cells_and_negative_numbers_stay_numbers() throws IOException {
        try (XSSFWorkbook book = xlsx(sample(), ExportOptions.defaults(ExportFormat.XLSX))) {
            Row figure = rowWith(book.getSheet("Figures"), 5, "money");
            assertThat(figure.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC); // Article ID
            assertThat(figure.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC); // Lower
            assertThat(figure.getCell(11).getNumericCellValue()).isEqualTo(-5e9);
            assertThat(figure.getCell(9).getStringCellValue()).isEqualTo("figures");
            assertThat(figure.getCell(10).getStringCellValue()).isEqualTo("accepted");
            Row article = rowWith(book.getSheet("Articles"), 6, "+Headline");
            Cell published = article.getCell(10);
            assertThat(published.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(published)).isTrue();
            assertThat(published.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 8, 19));
            assertThat(DateUtil.isCellDateFormatted(article.getCell(13))).isTrue();
            Row source = rowWith(book.getSheet("Sources"), 5, "unnamed-individual");
            assertThat(source.getCell(11).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(source.getCell(11).getBooleanCellValue()).isTrue();
            assertThat(source.getCell(14).getBooleanCellValue()).isTrue(); // reason given
            assertThat(source.getCell(15).getStringCellValue()).isEqualTo("because he");
        }
    }

    @Test
    void offsets_count_code_points_so_an_emoji_counts_once() throws IOException {
        try (XSSFWorkbook book = xlsx(sample(), ExportOptions.defaults(ExportFormat.XLSX))) {
            Row cue = rowWith(book.getSheet("Spans"), 6, "cue");
            int utf16 = TEXT.indexOf("said");
            assertThat((int) cue.getCell(7).getNumericCellValue()).isEqualTo(utf16 - 1);
            Row attribution = book.getSheet("Attributions").getRow(1);
            assertThat(attribution.getCell(5).getStringCellValue()).isEqualTo("said");
            assertThat(attribution.getCell(9).getStringCellValue()).isEqualTo("Kyiv");
            assertThat(attribution.getCell(12).getStringCellValue()).isEqualTo("named-organisation");
            assertThat(attribution.getCell(13).getStringCellValue()).isEqualTo("=SUM(A1)");
            assertThat(rowWith(book.getSheet("Sources"), 5, "named-organisation")
                            .getCell(18)
                            .getStringCellValue())
                    .isEqualTo("Volodymyr Zelensky");
        }
    }

    @Test
    void rejected_suggestions_never_and_pending_ones_only_on_request_are_exported() throws IOException {
        try (XSSFWorkbook book = xlsx(sample(), ExportOptions.defaults(ExportFormat.XLSX))) {
            assertThat(book.getSheet("Spans").getLastRowNum()).isEqualTo(7);
        }
        try (XSSFWorkbook book =
                xlsx(sample(), ExportOptions.defaults(ExportFormat.XLSX).withSuggestions(true, true))) {
            assertThat(book.getSheet("Spans").getLastRowNum()).isEqualTo(8);
            Row stats = rowWith(book.getSheet("Suggestions"), 1, "count");
            assertThat(stats.getCell(3).getNumericCellValue()).isEqualTo(2); // suggested
            assertThat(stats.getCell(5).getNumericCellValue()).isEqualTo(1); // rejected
            assertThat(stats.getCell(6).getNumericCellValue()).isEqualTo(1); // pending
        }
    }

    @Test
    void text_over_the_cell_limit_is_cut_and_the_row_says_so() throws IOException {
        String huge = "Word ".repeat(8000); // 40,000 characters
        TestExportData data = new TestExportData()
                .add(new ExportArticle(1, "Long", null, null, null, null, 8000, null, "long.txt", huge));
        try (XSSFWorkbook book = xlsx(data, ExportOptions.defaults(ExportFormat.XLSX))) {
            Row row = book.getSheet("Articles").getRow(1);
            assertThat(row.getCell(15).getStringCellValue()).hasSize(CellText.MAX_CELL_CHARS);
            assertThat(row.getCell(16).getStringCellValue()).isEqualTo("Text");
            assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(40_000);
        }
    }

    @Test
    void the_about_sheet_documents_every_column_of_every_sheet_and_the_options() throws IOException {
        TestExportData data = sample();
        data.notes.add("No gold labels yet.");
        try (XSSFWorkbook book =
                xlsx(data, ExportOptions.defaults(ExportFormat.XLSX).withSplit(SplitRatios.parse("80/10/10"), 5))) {
            XSSFSheet about = book.getSheet("About");
            for (String sheet : List.of("Articles", "Claims", "Attributions", "Sources", "Figures", "Spans")) {
                Row header = book.getSheet(sheet).getRow(0);
                for (Cell cell : header) {
                    Row documented = rowWith(about, 1, sheet + " \u203a " + cell.getStringCellValue());
                    assertThat(documented.getCell(3).getStringCellValue()).isNotBlank();
                }
            }
            assertThat(rowWith(about, 1, "Split").getCell(2).getStringCellValue())
                    .isEqualTo("80/10/10 by story, seed 5");
            assertThat(rowWith(about, 2, "No gold labels yet.")).isNotNull();
            assertThat(rowWith(about, 1, "Schema version").getCell(2).getStringCellValue())
                    .isEqualTo(DatasetWriter.SCHEMA_VERSION);
            assertThat(rowWith(about, 1, "Exported by").getCell(2).getStringCellValue())
                    .isEqualTo("manager");
            Row article = book.getSheet("Articles").getRow(1);
            assertThat(article.getCell(1).getStringCellValue()).isIn("train", "dev", "test");
        }
    }

    @Test
    void a_token_sheet_that_would_pass_the_row_limit_is_left_out_and_the_about_sheet_says_so() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSummary summary = new DatasetWriter(20)
                .writeXlsx(
                        sample(), ExportOptions.defaults(ExportFormat.XLSX).withTokens(true), out, ExportProgress.NONE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheet("Tokens").getLastRowNum()).isZero();
            assertThat(book.getSheetIndex("Tokens")).isEqualTo(7);
            assertThat(summary.notes()).anySatisfy(n -> assertThat(n).contains("Tokens sheet is empty"));
            List<String> notes = new ArrayList<>(); // About continues on "About (2)" past this test's row limit
            for (var sheet : book) {
                if (sheet.getSheetName().startsWith("About")) {
                    sheet.forEach(r -> {
                        if ("Note".equals(r.getCell(0).getStringCellValue())) {
                            notes.add(r.getCell(2).getStringCellValue());
                        }
                    });
                }
            }
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("JSON Lines"));
        }
    }

    @Test
    void the_token_sheet_tags_each_token() throws IOException {
        try (XSSFWorkbook book =
                xlsx(sample(), ExportOptions.defaults(ExportFormat.XLSX).withTokens(true))) {
            Row said = rowWith(book.getSheet("Tokens"), 6, "said");
            assertThat(said.getCell(10).getStringCellValue()).isEqualTo("B-cue");
            assertThat(said.getCell(12).getStringCellValue()).isEqualTo("O");
        }
    }

    @Test
    void a_cancelled_export_stops() {
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new DatasetWriter()
                        .writeXlsx(
                                sample(),
                                ExportOptions.defaults(ExportFormat.XLSX),
                                new ByteArrayOutputStream(),
                                cancelled))
                .isInstanceOf(ExportCancelledException.class);
    }

    @Test
    void pseudonyms_are_stable_and_hide_usernames() throws IOException {
        ExportOptions options = ExportOptions.defaults(ExportFormat.XLSX).withPseudonyms(true);
        try (XSSFWorkbook book = xlsx(sample(), options)) {
            String name = book.getSheet("Spans").getRow(1).getCell(2).getStringCellValue();
            assertThat(name).startsWith("annotator-").isEqualTo(Pseudonyms.of(7, "annotator"));
            for (Row row : book.getSheet("Spans")) {
                assertThat(row.getCell(2).getStringCellValue()).isNotIn("annotator", "annotator2");
            }
        }
        assertThat(Pseudonyms.of(7, "annotator")).isNotEqualTo(Pseudonyms.of(8, "annotator"));
    }

    @Test
    void jsonl_has_one_article_a_line_per_split_with_code_point_spans() throws IOException {
        ExportOptions options = ExportOptions.defaults(ExportFormat.JSONL)
                .withSplit(new SplitRatios(1, 0, 1), 9)
                .withTokens(true);
        new DatasetWriter().writeJsonl(sample(), options, folder, ExportProgress.NONE);
        List<JsonNode> lines = new ArrayList<>();
        for (String file : List.of("train.jsonl", "test.jsonl")) {
            assertThat(folder.resolve(file)).exists();
            for (String line : Files.readAllLines(folder.resolve(file))) {
                lines.add(JsonMapper.shared().readTree(line));
            }
        }
        assertThat(lines).hasSize(2);
        JsonNode first = lines.stream()
                .filter(l -> l.get("article_id").asLong() == 11)
                .findFirst()
                .orElseThrow();
        String text = first.get("text").asString();
        for (JsonNode span : first.get("spans")) {
            int[] cps = text.codePoints().toArray();
            String slice = new String(
                    cps,
                    span.get("start").asInt(),
                    span.get("end").asInt() - span.get("start").asInt());
            assertThat(slice).isEqualTo(span.get("text").asString());
            assertThat(span.has("label_set")
                            && span.has("set_status")
                            && span.has("suggestion")
                            && span.has("attributes"))
                    .isTrue();
        }
        assertThat(folder.resolve("about.json")).exists();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("tokens-"));
        }
    }

    @Test
    void csv_files_are_rfc_4180_with_formula_safe_text_and_an_optional_bom() throws IOException {
        new DatasetWriter()
                .writeCsv(
                        sample(),
                        ExportOptions.defaults(ExportFormat.CSV).withCsvBom(true),
                        folder,
                        ExportProgress.NONE);
        byte[] spans = Files.readAllBytes(folder.resolve("spans.csv"));
        assertThat(spans).startsWith(0xEF - 256, 0xBB - 256, 0xBF - 256);
        String csv = new String(spans, StandardCharsets.UTF_8);
        assertThat(csv).contains(",'=SUM(A1),").contains("\r\n");
        assertThat(Files.readString(folder.resolve("figures.csv"))).contains(",-5000000000,");
        assertThat(folder.resolve("about.csv")).exists();
        assertThat(Files.readString(folder.resolve("claims.csv"))).contains("'@note");
    }

    @Test
    void only_the_chosen_layers_are_exported() throws IOException {
        try (XSSFWorkbook book =
                xlsx(sample(), ExportOptions.defaults(ExportFormat.XLSX).withLayers(EnumSet.of(Layer.FIGURE)))) {
            assertThat(book.getSheet("Claims").getLastRowNum()).isZero();
            assertThat(book.getSheet("Figures")).isNotNull();
            for (Row row : book.getSheet("Spans")) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("figure");
                }
            }
        }
    }

    static ExportArticle article(long id) {
        return new ExportArticle(id, "Article " + id, null, null, null, null, 3, null, id + ".txt", "Kyiv said so.");
    }

    static ExportSpan kyiv(long id, String owner) {
        return new ExportSpan(id, owner, Layer.SOURCE, "named-organisation", 0, 4, "Kyiv", Map.of(), null, null, null);
    }

    /** Article 1 curated, gold and alice finished; article 2 in curation, alice in progress. Same spans everywhere. */
    static TestExportData mixedWork() {
        return new TestExportData()
                .add(new ArticleLabels(
                        article(1),
                        true,
                        List.of(ExportedSet.gold(true), ExportedSet.annotator("alice", SetStatus.FINISHED)),
                        List.of(kyiv(1, ExportSpan.GOLD), kyiv(2, "alice"))))
                .add(new ArticleLabels(
                        article(2),
                        false,
                        List.of(ExportedSet.gold(false), ExportedSet.annotator("alice", SetStatus.IN_PROGRESS)),
                        List.of(kyiv(3, ExportSpan.GOLD), kyiv(4, "alice"))));
    }

    static List<List<String>> rows(XSSFSheet sheet) {
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void a_gold_export_holds_curated_articles_only_unless_asked_for_the_rest() throws IOException {
        ExportOptions gold = ExportOptions.defaults(ExportFormat.XLSX).withLabels(LabelChoice.GOLD);
        try (XSSFWorkbook book = xlsx(mixedWork(), gold)) {
            assertThat(rows(book.getSheet("Articles")))
                    .extracting(r -> r.get(0))
                    .containsExactly("1");
            assertThat(rows(book.getSheet("Spans")))
                    .extracting(r -> r.get(2) + "/" + r.get(3))
                    .containsExactly("gold/finished");
            assertThat(rowWith(book.getSheet("About"), 1, "Uncurated articles")
                            .getCell(2)
                            .getStringCellValue())
                    .isEqualTo("left out");
        }
        try (XSSFWorkbook book = xlsx(mixedWork(), gold.withUnfinishedWork(true, false))) {
            assertThat(rows(book.getSheet("Articles")))
                    .extracting(r -> r.get(0) + " " + r.get(4) + " " + r.get(5))
                    .containsExactly("1 TRUE gold (finished)", "2 FALSE gold (in_progress)");
            assertThat(rows(book.getSheet("Spans")))
                    .extracting(r -> r.get(2) + "/" + r.get(3))
                    .containsExactly("gold/finished", "gold/in_progress");
        }
    }

    @Test
    void an_annotators_export_holds_finished_sets_only_unless_asked_for_the_rest() throws IOException {
        ExportOptions annotators = ExportOptions.defaults(ExportFormat.XLSX);
        try (XSSFWorkbook book = xlsx(mixedWork(), annotators)) {
            assertThat(rows(book.getSheet("Articles")))
                    .extracting(r -> r.get(0) + " " + r.get(5))
                    .containsExactly("1 alice (finished)");
            assertThat(rows(book.getSheet("Sources")))
                    .extracting(r -> r.get(2) + "/" + r.get(3))
                    .containsExactly("alice/finished");
        }
        try (XSSFWorkbook book = xlsx(mixedWork(), annotators.withUnfinishedWork(false, true))) {
            assertThat(rows(book.getSheet("Sources")))
                    .extracting(r -> r.get(0) + " " + r.get(2) + "/" + r.get(3))
                    .containsExactly("1 alice/finished", "2 alice/in_progress");
            assertThat(rowWith(book.getSheet("About"), 1, "Unfinished sets")
                            .getCell(2)
                            .getStringCellValue())
                    .isEqualTo("included");
        }
    }

    @Test
    void gold_and_each_annotator_gives_every_row_once_in_every_sheet_and_file() throws IOException {
        ExportOptions both = ExportOptions.defaults(ExportFormat.XLSX)
                .withLabels(LabelChoice.BOTH)
                .withTokens(true)
                .withUnfinishedWork(true, true);
        try (XSSFWorkbook book = xlsx(mixedWork(), both)) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                if (!sheet.getSheetName().equals("About")) {
                    assertThat(rows((XSSFSheet) sheet)).as(sheet.getSheetName()).doesNotHaveDuplicates();
                }
            }
            assertThat(rows(book.getSheet("Spans")))
                    .extracting(r -> r.get(2))
                    .containsOnly("gold", "alice")
                    .hasSize(4);
            assertThat(rowWith(book.getSheet("About"), 1, "Label sets")
                            .getCell(3)
                            .getStringCellValue())
                    .contains("'gold'");
        }
        Path csv = folder.resolve("csv");
        new DatasetWriter().writeCsv(mixedWork(), both, csv, ExportProgress.NONE);
        try (var files = Files.list(csv)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                assertThat(Files.readAllLines(file))
                        .as(file.getFileName().toString())
                        .doesNotHaveDuplicates()
                        .noneMatch(line -> line.contains("#gold"));
            }
        }
        Path jsonl = folder.resolve("jsonl");
        new DatasetWriter().writeJsonl(mixedWork(), both, jsonl, ExportProgress.NONE);
        List<String> spans = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl.resolve("data.jsonl"))) {
            JsonNode article = JsonMapper.shared().readTree(line);
            assertThat(article.get("schema_version").asString()).isEqualTo(DatasetWriter.SCHEMA_VERSION);
            for (JsonNode span : article.get("spans")) {
                spans.add(article.get("article_id").asLong() + " "
                        + span.get("label_set").asString() + " "
                        + span.get("start").asInt() + "-" + span.get("end").asInt());
            }
        }
        assertThat(spans)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("1 gold 0-4", "1 alice 0-4", "2 gold 0-4", "2 alice 0-4");
        assertThat(Files.readAllLines(jsonl.resolve("tokens-data.jsonl")))
                .doesNotHaveDuplicates()
                .noneMatch(line -> line.contains("#gold"));
    }

    @Test
    void an_annotator_named_gold_is_never_mistaken_for_the_gold_set() throws IOException {
        TestExportData data = new TestExportData()
                .add(new ArticleLabels(
                        article(1),
                        true,
                        List.of(ExportedSet.gold(true), ExportedSet.annotator("gold", SetStatus.FINISHED)),
                        List.of(kyiv(1, ExportSpan.GOLD), kyiv(2, "gold"))));
        try (XSSFWorkbook book =
                xlsx(data, ExportOptions.defaults(ExportFormat.XLSX).withLabels(LabelChoice.BOTH))) {
            assertThat(rows(book.getSheet("Spans")))
                    .extracting(r -> r.get(2))
                    .containsExactlyInAnyOrder("gold", "annotator:gold");
        }
    }

    @Test
    void a_split_that_leaves_a_part_empty_warns_and_about_counts_each_part() throws IOException {
        TestExportData oneStory = mixedWork();
        oneStory.stories.putAll(Map.of(1L, "story-9", 2L, "story-9"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSummary summary = new DatasetWriter()
                .writeXlsx(
                        oneStory,
                        ExportOptions.defaults(ExportFormat.XLSX)
                                .withLabels(LabelChoice.BOTH)
                                .withUnfinishedWork(true, true)
                                .withSplit(SplitRatios.parse("80/10/10"), 1),
                        out,
                        ExportProgress.NONE);
        assertThat(summary.warnings()).singleElement().asString().contains("dev and test are empty");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet about = book.getSheet("About");
            assertThat(rowWith(about, 0, "Warning").getCell(2).getStringCellValue())
                    .contains("dev and test are empty");
            assertThat(rowWith(about, 1, "train").getCell(2).getStringCellValue())
                    .isEqualTo("2 articles, 1 stories, 4 spans");
            assertThat(rowWith(about, 1, "test").getCell(2).getStringCellValue())
                    .isEqualTo("0 articles, 0 stories, 0 spans");
        }
    }
}
