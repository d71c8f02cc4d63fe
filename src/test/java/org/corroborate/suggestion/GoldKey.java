package org.corroborate.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-made gold key of fixtures/gold/seed-gold.jsonl (format in fixtures/gold/README.md), anchored in
 * the cleaned seed texts: each line's quote is found inside its context (which must occur exactly once), or,
 * without a context, must itself occur exactly once.
 */
public final class GoldKey {

    public static final Path FILE = Path.of("fixtures/gold/seed-gold.jsonl");

    /** One gold span, anchored: {@code [start, end)} in UTF-16 units of the cleaned text. */
    public record GoldSpan(
            String file,
            Layer layer,
            String label,
            int start,
            int end,
            @Nullable String frame,
            Map<String, String> attributes) {}

    private GoldKey() {}

    /** @throws IllegalStateException naming the line when a quote does not anchor */
    public static List<GoldSpan> load(Map<String, String> cleanedTexts) {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonMapper json = JsonMapper.shared();
        List<GoldSpan> spans = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = FILE + ":" + (i + 1);
            JsonNode row = json.readTree(lines.get(i));
            String file = required(row, "file", where);
            String text = cleanedTexts.get(file);
            if (text == null) {
                throw new IllegalStateException(where + ": no seed article named " + file);
            }
            String quote = required(row, "quote", where);
            int start = anchor(text, quote, row.path("context").asStringOpt().orElse(null), where);
            Map<String, String> attributes = new LinkedHashMap<>();
            row.path("attributes")
                    .propertyStream()
                    .forEach(e -> attributes.put(e.getKey(), e.getValue().asString()));
            spans.add(new GoldSpan(
                    file,
                    Layer.fromCode(required(row, "layer", where)),
                    required(row, "label", where),
                    start,
                    start + quote.length(),
                    row.path("frame").asStringOpt().orElse(null),
                    attributes));
        }
        return spans;
    }

    static int anchor(String text, String quote, @Nullable String context, String where) {
        String scope = context == null ? quote : context;
        int at = text.indexOf(scope);
        if (at < 0) {
            throw new IllegalStateException(where + ": «" + scope + "» is not in the cleaned text");
        }
        if (text.indexOf(scope, at + 1) >= 0) {
            throw new IllegalStateException(where + ": «" + scope + "» occurs more than once; give a longer context");
        }
        int inScope = scope.indexOf(quote);
        if (inScope < 0) {
            throw new IllegalStateException(where + ": the quote «" + quote + "» is not inside its context");
        }
        return at + inScope;
    }

    private static String required(JsonNode row, String field, String where) {
        return row.path(field)
                .asStringOpt()
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> new IllegalStateException(where + ": no \"" + field + "\""));
    }
}
