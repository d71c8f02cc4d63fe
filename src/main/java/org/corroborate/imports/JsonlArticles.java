package org.corroborate.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.annotation.ImportedAnnotation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines: one article a line, {@code {"text": …}} with optional title, outlet, url, author, published
 * (yyyy-mm-dd) and spans — the form Corroborate exports. A line with a "spans" array is taken verbatim (its
 * offsets point into the text, in code points); a line without is cleaned like a .txt file.
 */
final class JsonlArticles implements ArticleFormat {

    private static final JsonMapper JSON = JsonMapper.shared();

    JsonlArticles() {}

    @Override
    public List<String> extensions() {
        return List.of(".jsonl");
    }

    @Override
    public String description() {
        return ".jsonl";
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
        List<TextFile> articles = new ArrayList<>();
        String all = new String(content, StandardCharsets.UTF_8);
        if (all.startsWith("\uFEFF")) {
            all = all.substring(1);
        }
        String[] lines = all.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String where = name + " line " + (i + 1);
            try {
                articles.add(article(where, JSON.readTree(line)));
            } catch (JacksonException e) {
                problems.add(new ImportProblem(where, "not valid JSON (" + e.getOriginalMessage() + ")"));
            } catch (FileProblems e) {
                problems.add(new ImportProblem(e.where(), e.getMessage()));
            }
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(name, "the file holds no articles"));
        }
        return articles;
    }

    private static TextFile article(String where, JsonNode line) throws FileProblems {
        if (!line.isObject()) {
            throw new FileProblems(where, "each line must be a JSON object with a \"text\"");
        }
        JsonNode textNode = line.get("text");
        if (textNode == null || !textNode.isString() || textNode.asString().isBlank()) {
            throw new FileProblems(where, "the line has no \"text\"");
        }
        String text = textNode.asString();
        ArticleFacts facts = new ArticleFacts(
                string(line, "outlet"),
                string(line, "url"),
                string(line, "author"),
                date(where, string(line, "published")));
        JsonNode spans = line.get("spans");
        if (spans == null || spans.isNull()) {
            return TextFile.structured(where, text, false, string(line, "title"), facts, List.of(), List.of());
        }
        if (!spans.isArray()) {
            throw new FileProblems(where, "\"spans\" must be a list");
        }
        List<ImportedAnnotation> annotations = new ArrayList<>();
        List<String> places = new ArrayList<>();
        int n = 0;
        for (JsonNode span : spans) {
            String place = where + " span " + (++n);
            Map<String, String> attributes = new TreeMap<>();
            JsonNode attrs = span.get("attributes");
            if (attrs != null && attrs.isObject()) {
                for (Map.Entry<String, JsonNode> e : attrs.properties()) {
                    attributes.put(
                            e.getKey(),
                            e.getValue().isString()
                                    ? e.getValue().asString()
                                    : e.getValue().toString());
                }
            }
            annotations.add(SpanFields.parse(
                    text,
                    place,
                    string(span, "layer"),
                    string(span, "label"),
                    number(place, span, "start"),
                    number(place, span, "end"),
                    attributes,
                    span.has("label_set") ? string(span, "label_set") : string(span, "annotator"),
                    string(span, "detector"),
                    string(span, "review"),
                    string(span, "frame")));
            places.add(place);
        }
        return TextFile.structured(where, text, true, string(line, "title"), facts, annotations, places);
    }

    private static @Nullable String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }

    private static @Nullable Long number(String where, JsonNode node, String field) throws FileProblems {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new FileProblems(where, "\"" + field + "\" must be a whole number");
        }
        return value.asLong();
    }

    static @Nullable LocalDate date(String where, @Nullable String value) throws FileProblems {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new FileProblems(where, "'" + value + "' is not a date (yyyy-mm-dd)");
        }
    }
}
