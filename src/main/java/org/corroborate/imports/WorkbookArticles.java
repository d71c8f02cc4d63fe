package org.corroborate.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corroborate.annotation.ImportedAnnotation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workbook that Corroborate exported: its Articles sheet (texts taken verbatim) and its Spans sheet (every
 * annotation, offsets in code points). The About sheet's schema version must be one this reader knows. Errors name
 * the sheet and cell. POI's zip-bomb guard is on; rows past {@link #MAX_ROWS} are refused.
 */
final class WorkbookArticles implements ArticleFormat {

    /** Version 2 names the Annotator column Label set (and adds Set status and Curated); both are read. Version 3 adds
     *  Articles › Near-duplicate group, which the import does not need. */
    static final java.util.Set<String> SCHEMA_VERSIONS = java.util.Set.of("1", "2", "3", "4");

    static final String SCHEMA_VERSION = "4";
    static final int MAX_ROWS = 1_048_576;
    private static final JsonMapper JSON = JsonMapper.shared();

    WorkbookArticles() {}

    @Override
    public List<String> extensions() {
        return List.of(".xlsx");
    }

    @Override
    public String description() {
        return "a Corroborate .xlsx export";
    }

    @Override
    public boolean manyArticles() {
        return true;
    }

    @Override
    public List<TextFile> read(UploadedFile file, Upload upload, List<ImportProblem> problems) throws FileProblems {
        return read(file.name(), file.content(), problems);
    }

    static List<TextFile> read(String name, byte[] content, List<ImportProblem> problems) {
        OfficeFiles.guard();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return read(name, book, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(name, OfficeFiles.reason("workbook", e)));
            return List.of();
        }
    }

    /** A column that {@link #header} found, since it requires it. */
    private static int column(Map<String, Integer> header, String name) {
        return Objects.requireNonNull(header.get(name), () -> "header() requires the column " + name);
    }

    private static List<TextFile> read(String name, XSSFWorkbook book, List<ImportProblem> problems) {
        Sheet about = book.getSheet("About");
        Sheet articles = book.getSheet("Articles");
        Sheet spans = book.getSheet("Spans");
        if (about == null || articles == null || spans == null) {
            problems.add(
                    new ImportProblem(name, "not a Corroborate export: it needs the About, Articles and Spans sheets"));
            return List.of();
        }
        String version = null;
        for (Row row : about) {
            if ("Schema version".equals(text(row.getCell(1)))) {
                version = text(row.getCell(2));
            }
        }
        if (version == null || !SCHEMA_VERSIONS.contains(version)) {
            problems.add(new ImportProblem(
                    name + " About",
                    "schema version " + (version == null ? "missing" : "'" + version + "'")
                            + "; this version of Corroborate reads versions 1 to " + SCHEMA_VERSION));
            return List.of();
        }
        Map<String, Integer> a = header(name, articles, List.of("Article ID", "Title", "Text"), problems);
        Map<String, Integer> s = header(name, spans, List.of("Article ID", "Layer", "Label", "Start", "End"), problems);
        if (a == null || s == null) {
            return List.of();
        }
        Map<Long, String> texts = new LinkedHashMap<>();
        Map<Long, String> titles = new HashMap<>();
        Map<Long, ArticleFacts> facts = new HashMap<>();
        Map<Long, String> places = new HashMap<>();
        for (Row row : articles) {
            if (row.getRowNum() == 0) {
                continue;
            }
            String where = name + " " + cell(articles, row, column(a, "Article ID"));
            try {
                Long id = number(where, row.getCell(column(a, "Article ID")));
                if (id == null) {
                    continue;
                }
                if (a.containsKey("Truncated") && text(row.getCell(a.get("Truncated"))) != null) {
                    throw new FileProblems(
                            name + " " + cell(articles, row, column(a, "Text")),
                            "the text was cut at Excel's"
                                    + " cell limit when exported; import the JSON Lines export of this project instead");
                }
                String text = text(row.getCell(column(a, "Text")));
                if (text == null || text.isBlank()) {
                    throw new FileProblems(name + " " + cell(articles, row, column(a, "Text")), "the text is empty");
                }
                texts.put(id, text);
                titles.put(id, text(row.getCell(column(a, "Title"))));
                places.put(id, name + " Articles row " + (row.getRowNum() + 1));
                facts.put(
                        id,
                        new ArticleFacts(
                                optional(row, a, "Outlet"),
                                optional(row, a, "URL"),
                                optional(row, a, "Author"),
                                date(row, a.get("Published"))));
            } catch (FileProblems e) {
                problems.add(new ImportProblem(e.where(), e.getMessage()));
            }
        }
        Map<Long, List<ImportedAnnotation>> spansOf = new HashMap<>();
        Map<Long, List<String>> spanPlaces = new HashMap<>();
        for (Row row : spans) {
            if (row.getRowNum() == 0) {
                continue;
            }
            if (row.getRowNum() >= MAX_ROWS) {
                problems.add(new ImportProblem(name, "the Spans sheet has more rows than Excel allows"));
                break;
            }
            String where = name + " Spans row " + (row.getRowNum() + 1);
            try {
                Long id = number(
                        name + " " + cell(spans, row, column(s, "Article ID")), row.getCell(column(s, "Article ID")));
                if (id == null) {
                    continue;
                }
                String text = texts.get(id);
                if (text == null) {
                    throw new FileProblems(
                            name + " " + cell(spans, row, column(s, "Article ID")),
                            "no article " + id + " in the Articles sheet");
                }
                Map<String, String> attributes = s.containsKey("Attributes")
                        ? attributes(
                                name + " " + cell(spans, row, s.get("Attributes")),
                                text(row.getCell(s.get("Attributes"))))
                        : Map.of();
                ImportedAnnotation span = SpanFields.parse(
                        text,
                        where,
                        text(row.getCell(column(s, "Layer"))),
                        text(row.getCell(column(s, "Label"))),
                        number(name + " " + cell(spans, row, column(s, "Start")), row.getCell(column(s, "Start"))),
                        number(name + " " + cell(spans, row, column(s, "End")), row.getCell(column(s, "End"))),
                        attributes,
                        labelSet(row, s),
                        optional(row, s, "Suggested by"),
                        optional(row, s, "Review"),
                        optional(row, s, "Frame"));
                spansOf.computeIfAbsent(id, k -> new ArrayList<>()).add(span);
                spanPlaces.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
            } catch (FileProblems e) {
                problems.add(new ImportProblem(e.where(), e.getMessage()));
            }
        }
        List<TextFile> result = new ArrayList<>();
        texts.forEach((id, text) -> result.add(TextFile.structured(
                Objects.requireNonNull(places.get(id), "put with its text"),
                text,
                true,
                titles.get(id),
                Objects.requireNonNull(facts.get(id), "put with its text"),
                spansOf.getOrDefault(id, List.of()),
                spanPlaces.getOrDefault(id, List.of()))));
        if (result.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(name, "the workbook holds no articles"));
        }
        return result;
    }

    private static @Nullable Map<String, Integer> header(
            String name, Sheet sheet, List<String> required, List<ImportProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        Row header = sheet.getRow(0);
        if (header != null) {
            for (Cell cell : header) {
                String title = text(cell);
                if (title != null) {
                    columns.put(title, cell.getColumnIndex());
                }
            }
        }
        List<String> missing =
                required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(
                    name + " " + sheet.getSheetName(), "missing columns: " + String.join(", ", missing)));
            return null;
        }
        return columns;
    }

    private static String cell(Sheet sheet, Row row, int column) {
        return sheet.getSheetName() + "!"
                + new org.apache.poi.ss.util.CellAddress(row.getRowNum(), column).formatAsString();
    }

    /** The row's label set: the Label set column (schema 2) or the Annotator column (schema 1). */
    private static @Nullable String labelSet(Row row, Map<String, Integer> columns) {
        return columns.containsKey("Label set")
                ? optional(row, columns, "Label set")
                : optional(row, columns, "Annotator");
    }

    private static @Nullable String optional(Row row, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        return column == null ? null : text(row.getCell(column));
    }

    static @Nullable String text(@Nullable Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
    }

    private static @Nullable Long number(String where, @Nullable Cell cell) throws FileProblems {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC
                && cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue())) {
            return (long) cell.getNumericCellValue();
        }
        String text = text(cell);
        if (text != null && text.strip().matches("\\d{1,15}")) {
            return Long.parseLong(text.strip());
        }
        throw new FileProblems(where, "'" + text + "' is not a whole number");
    }

    private static @Nullable LocalDate date(Row row, @Nullable Integer column) {
        if (column == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        return null;
    }

    private static Map<String, String> attributes(String where, @Nullable String json) throws FileProblems {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (!node.isObject()) {
                throw new FileProblems(where, "the attributes must be a JSON object");
            }
            Map<String, String> attributes = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                attributes.put(
                        e.getKey(),
                        e.getValue().isString()
                                ? e.getValue().asString()
                                : e.getValue().toString());
            }
            return attributes;
        } catch (JacksonException e) {
            throw new FileProblems(where, "the attributes are not valid JSON");
        }
    }
}
