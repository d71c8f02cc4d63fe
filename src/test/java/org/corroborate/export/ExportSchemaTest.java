package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The export's layout is the same in every export and changes only with its schema version. */
class ExportSchemaTest {

    /**
     * SHA-256 of {@link #layout()} for each schema version. Changing a sheet, column or JSON Lines field fails
     * {@link #a_change_of_any_sheet_column_or_field_comes_with_a_new_schema_version}: bump
     * {@link DatasetWriter#SCHEMA_VERSION} and add its line here (never change an existing line).
     */
    private static final Map<String, String> PINNED = Map.of(
            "2", "060041f67a373894335181380f0b27bd5073a20188a5cde1a66046a96f1dbd7a",
            "3", "ed6807138e4578498baf8bbfb0af8269dbe3d8f3e656eff43b27813b155737d5",
            "4", "f95632df68ebfeb10fc2cc3cc0e67f7a7253558d37f5708b0de0d2561eb61bcd");

    @TempDir
    Path folder;

    /** Every sheet with its columns and types, and the JSON Lines fields, one line each. */
    static String layout() {
        StringBuilder text = new StringBuilder();
        List<SheetSpec> sheets = new ArrayList<>();
        sheets.add(ExportSheets.ABOUT);
        sheets.addAll(ExportSheets.all());
        for (SheetSpec spec : sheets) {
            text.append(spec.name()).append(':');
            spec.columns()
                    .forEach(c -> text.append(" ")
                            .append(c.name())
                            .append(" (")
                            .append(c.type())
                            .append(')'));
            text.append('\n');
        }
        text.append("jsonl:");
        DatasetWriter.JSONL_FIELDS
                .keySet()
                .forEach(field -> text.append(" ").append(field).append(';'));
        return text.append('\n').toString();
    }

    @Test
    void every_declared_attribute_column_is_in_its_layers_sheet_and_nothing_else_carries_attributes() {
        for (Layer layer : Layer.values()) {
            List<Column> sheet = ExportSheets.sheetOf(layer).columns();
            List<Column> declared = ExportSheets.attributeColumns(layer);
            assertThat(declared)
                    .as("the %s layer declares its columns", layer.code())
                    .isNotEmpty();
            int first = sheet.indexOf(declared.getFirst());
            assertThat(first)
                    .as("%s sheet has the declared columns", layer.code())
                    .isPositive();
            assertThat(sheet.subList(first, first + declared.size()))
                    .as("in the declared order")
                    .containsExactlyElementsOf(declared);
            if (layer != Layer.ATTRIBUTION) { // the frame sheet has columns of its own after the cue's attributes
                List<Column> before = sheet.subList(0, first);
                assertThat(before.subList(
                                before.size() - ExportSheets.labelColumns(layer).size(), before.size()))
                        .as("only columns derived from the label come between the span and attribute columns")
                        .containsExactlyElementsOf(ExportSheets.labelColumns(layer));
                assertThat(sheet.subList(first + declared.size(), sheet.size()))
                        .extracting(Column::name)
                        .as("after the attribute columns only the truncation flag")
                        .containsExactly(SheetSpec.TRUNCATED);
            }
        }
    }

    @Test
    void a_change_of_any_sheet_column_or_field_comes_with_a_new_schema_version() {
        assertThat(sha256(layout()))
                .as(
                        "The export layout changed:%n%s%nBump DatasetWriter.SCHEMA_VERSION and pin this layout's hash for"
                                + " it in ExportSchemaTest.PINNED.",
                        layout())
                .isEqualTo(PINNED.get(DatasetWriter.SCHEMA_VERSION));
    }

    @Test
    void every_workbook_has_every_sheet_and_column_whatever_the_data_and_options() throws IOException {
        List<String> expected = new ArrayList<>(List.of("About"));
        ExportSheets.all().forEach(s -> expected.add(s.name()));
        ExportOptions figuresOnly = ExportOptions.defaults(ExportFormat.XLSX).withLayers(EnumSet.of(Layer.FIGURE));
        ExportOptions everything =
                ExportOptions.defaults(ExportFormat.XLSX).withTokens(true).withSuggestions(true, true);
        for (ExportData data : List.of(new TestExportData(), DatasetWriterTest.sample())) {
            for (ExportOptions options : List.of(figuresOnly, everything)) {
                try (XSSFWorkbook book = DatasetWriterTest.xlsx(data, options)) {
                    List<String> names = new ArrayList<>();
                    book.forEach(s -> names.add(s.getSheetName()));
                    assertThat(names).containsExactlyElementsOf(expected);
                    for (SheetSpec spec : ExportSheets.all()) {
                        List<String> header = new ArrayList<>();
                        for (Cell cell : book.getSheet(spec.name()).getRow(0)) {
                            header.add(cell.getStringCellValue());
                        }
                        assertThat(header)
                                .as(spec.name())
                                .containsExactlyElementsOf(spec.columns().stream()
                                        .map(Column::name)
                                        .toList());
                    }
                }
            }
        }
    }

    @Test
    void every_csv_export_has_every_file_with_its_header() throws IOException {
        new DatasetWriter()
                .writeCsv(
                        new TestExportData(),
                        ExportOptions.defaults(ExportFormat.CSV).withLayers(EnumSet.of(Layer.CLAIM)),
                        folder,
                        ExportProgress.NONE);
        for (SheetSpec spec : ExportSheets.all()) {
            Path file = folder.resolve(DatasetWriter.fileName(spec));
            assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).getFirst())
                    .isEqualTo(String.join(
                            ",", spec.columns().stream().map(Column::name).toList()));
        }
        assertThat(Files.readString(folder.resolve("about.json")))
                .contains("\"schema_version\" : \"" + DatasetWriter.SCHEMA_VERSION + "\"");
    }

    @Test
    void a_split_jsonl_export_has_every_split_file_and_every_field_it_writes_is_documented() throws IOException {
        new DatasetWriter()
                .writeJsonl(
                        DatasetWriterTest.sample(),
                        ExportOptions.defaults(ExportFormat.JSONL)
                                .withSplit(new SplitRatios(1, 0, 0), 1)
                                .withTokens(true),
                        folder,
                        ExportProgress.NONE);
        for (String split : List.of("train", "dev", "test")) {
            assertThat(folder.resolve(split + ".jsonl")).exists();
            assertThat(folder.resolve("tokens-" + split + ".jsonl")).exists();
        }
        String documented = String.join(" ", DatasetWriter.JSONL_FIELDS.keySet());
        JsonNode line = JsonMapper.shared()
                .readTree(Files.readAllLines(folder.resolve("train.jsonl")).getFirst());
        line.propertyNames().forEach(field -> assertThat(documented).as(field).contains(field));
        line.get("spans")
                .get(0)
                .propertyNames()
                .forEach(field -> assertThat(documented).as(field).contains(field));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
