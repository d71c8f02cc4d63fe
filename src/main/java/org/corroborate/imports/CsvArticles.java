package org.corroborate.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * CSV files (RFC 4180, UTF-8, a header row): one article a row. Columns are found by name — text (required),
 * title, outlet, url, author, published — ignoring case, or by a mapping from these fields to the file's own
 * column names. A leading apostrophe that a formula-safe export added is removed. Texts are cleaned like .txt.
 */
final class CsvArticles implements ArticleFormat {

    static final List<String> FIELDS = List.of("text", "title", "outlet", "url", "author", "published");

    private final Map<String, String> mapping;

    /** @param mapping field (text, title, outlet, url, author, published) → the file's column */
    CsvArticles(Map<String, String> mapping) {
        this.mapping = Map.copyOf(mapping);
    }

    @Override
    public List<String> extensions() {
        return List.of(".csv");
    }

    @Override
    public String description() {
        return ".csv";
    }

    @Override
    public boolean manyArticles() {
        return true;
    }

    @Override
    public List<TextFile> read(UploadedFile file, Upload upload, List<ImportProblem> problems) throws FileProblems {
        return read(file.name(), file.content(), mapping, problems);
    }

    static List<TextFile> read(String name, byte[] content, Map<String, String> mapping, List<ImportProblem> problems) {
        String all = new String(content, StandardCharsets.UTF_8);
        if (all.startsWith("\uFEFF")) {
            all = all.substring(1);
        }
        List<TextFile> articles = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(all))) {
            Map<String, String> columns = columns(parser.getHeaderNames(), mapping);
            if (columns.get("text") == null) {
                problems.add(new ImportProblem(
                        name,
                        "no 'text' column (columns: " + String.join(", ", parser.getHeaderNames())
                                + "); map one in the import dialog"));
                return List.of();
            }
            for (CSVRecord row : parser) {
                String where = name + " line " + (row.getRecordNumber() + 1);
                try {
                    String text = value(row, columns.get("text"));
                    if (text == null || text.isBlank()) {
                        throw new FileProblems(where, "the text is empty");
                    }
                    articles.add(TextFile.structured(
                            where,
                            text,
                            false,
                            value(row, columns.get("title")),
                            new ArticleFacts(
                                    value(row, columns.get("outlet")),
                                    value(row, columns.get("url")),
                                    value(row, columns.get("author")),
                                    JsonlArticles.date(where, value(row, columns.get("published")))),
                            List.of(),
                            List.of()));
                } catch (FileProblems e) {
                    problems.add(new ImportProblem(e.where(), e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ImportProblem(name, "not a valid CSV file (" + e.getMessage() + ")"));
            return List.of();
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(name, "the file holds no articles"));
        }
        return articles;
    }

    /** The header row of a CSV file (empty when it has none or cannot be read). */
    static List<String> header(byte[] content) {
        String all = new String(content, StandardCharsets.UTF_8);
        if (all.startsWith("\uFEFF")) {
            all = all.substring(1);
        }
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(all))) {
            return List.copyOf(parser.getHeaderNames());
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return List.of();
        }
    }

    /** Our field → the file's column, by the mapping or by name ignoring case. */
    static Map<String, String> columns(List<String> header, Map<String, String> mapping) {
        Map<String, String> columns = new HashMap<>();
        for (String field : FIELDS) {
            String mapped = mapping.get(field);
            if (mapped != null && header.contains(mapped)) {
                columns.put(field, mapped);
                continue;
            }
            header.stream()
                    .filter(h -> h.strip().toLowerCase(Locale.ROOT).equals(field))
                    .findFirst()
                    .ifPresent(h -> columns.put(field, h));
        }
        return columns;
    }

    private static @Nullable String value(CSVRecord row, @Nullable String column) {
        if (column == null || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        if (value.startsWith("'") && value.length() > 1 && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1);
        }
        return value.isBlank() ? null : value;
    }
}
