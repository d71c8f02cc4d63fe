package org.corroborate.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.corroborate.scheme.LabelRef;
import org.corroborate.scheme.Layer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Hugging Face side of a JSON Lines export: {@code dataset_info.json} (features, splits, sizes in the form
 * {@code datasets.DatasetInfo} writes and reads) and the dataset card {@code README.md} (YAML metadata with the
 * configs and features, then what the data is, how it was made, its label set and counts). Plain Java.
 *
 * <p>The features describe the lines {@link DatasetWriter} writes; {@code spans[].attributes} gets exactly the
 * attribute names this export holds, so that a declared schema never refuses a line.
 */
final class DatasetCard {

    private static final JsonMapper JSON = JsonMapper.shared();

    private DatasetCard() {}

    /** A Hugging Face feature: a value, a list of one feature, or a struct of named features. */
    sealed interface Feature permits Value, ListOf, Struct {}

    /** @param dtype {@code string}, {@code int64} or {@code bool} */
    record Value(String dtype) implements Feature {}

    record ListOf(Feature item) implements Feature {}

    record Struct(Map<String, Feature> fields) implements Feature {}

    private static final Value STRING = new Value("string");
    private static final Value INT = new Value("int64");
    private static final Value BOOL = new Value("bool");

    /** The features of the article files ({@code train.jsonl} …), field for field as the writer writes them. */
    static Struct articleFeatures(Collection<String> attributeNames) {
        Map<String, Feature> attributes = new TreeMap<>();
        attributeNames.forEach(name -> attributes.put(name, STRING));
        Map<String, Feature> span = new LinkedHashMap<>();
        span.put("start", INT);
        span.put("end", INT);
        span.put("text", STRING);
        span.put("layer", STRING);
        span.put("label", STRING);
        span.put("attributes", new Struct(attributes));
        span.put("label_set", STRING);
        span.put("set_status", STRING);
        span.put("suggestion", BOOL);
        span.put("detector", STRING);
        span.put("review", STRING);
        span.put("frame", STRING);
        span.put("id", INT);
        Map<String, Feature> f = new LinkedHashMap<>();
        f.put("schema_version", STRING);
        f.put("id", STRING);
        f.put("article_id", INT);
        f.put("split", STRING);
        f.put("story", STRING);
        f.put("near_duplicate_group", INT);
        f.put("curated", BOOL);
        f.put("label_sets", new ListOf(new Struct(orderedOf("name", STRING, "status", STRING))));
        f.put("title", STRING);
        f.put("outlet", STRING);
        f.put("url", STRING);
        f.put("author", STRING);
        f.put("published", STRING);
        f.put("text", STRING);
        f.put("spans", new ListOf(new Struct(span)));
        return new Struct(f);
    }

    /** The features of the token files ({@code tokens-train.jsonl} …). */
    static Struct tokenFeatures(List<Layer> layers) {
        Map<String, Feature> f = new LinkedHashMap<>();
        f.put("schema_version", STRING);
        f.put("id", STRING);
        f.put("article_id", INT);
        f.put("sentence", INT);
        f.put("label_set", STRING);
        f.put("set_status", STRING);
        f.put("split", STRING);
        f.put("tokens", new ListOf(STRING));
        f.put("starts", new ListOf(INT));
        f.put("ends", new ListOf(INT));
        for (Layer layer : layers) {
            f.put(layer.code() + "_tags", new ListOf(STRING));
        }
        return new Struct(f);
    }

    private static Map<String, Feature> orderedOf(String k1, Feature v1, String k2, Feature v2) {
        Map<String, Feature> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** A feature as {@code Features.to_dict()} writes it (a list as a one-element JSON array, as older versions read too). */
    static Object toInfo(Feature feature) {
        return switch (feature) {
            case Value v -> orderedObjects("dtype", v.dtype(), "_type", "Value");
            case ListOf l -> List.of(toInfo(l.item()));
            case Struct s -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                s.fields().forEach((name, f) -> fields.put(name, toInfo(f)));
                yield fields;
            }
        };
    }

    private static Map<String, Object> orderedObjects(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** One file of one split. */
    record SplitFile(String split, String file, long examples, long bytes) {}

    /** What the card and dataset_info.json say about one export. */
    record Facts(
            String projectName,
            String datasetName,
            String exportedAt,
            String exportedBy,
            String options,
            String splitRule,
            List<SplitFile> articleFiles,
            List<SplitFile> tokenFiles,
            Struct articleFeatures,
            Struct tokenFeatures,
            Map<String, String> labels,
            List<String> splitCounts,
            List<String> notes,
            Map<String, String> fields) {}

    /** {@code dataset_info.json}: the default config (the article files). */
    static String datasetInfoJson(Facts facts) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put(
                "description",
                "Articles of the Corroborate project '" + facts.projectName() + "' with their"
                        + " annotation spans (claims, attributions, sources, figures), one article a line. See README.md.");
        info.put("citation", "");
        info.put("homepage", "");
        info.put("license", "");
        info.put("features", toInfo(facts.articleFeatures()));
        info.put("builder_name", "json");
        info.put("dataset_name", facts.datasetName());
        info.put("config_name", "default");
        info.put(
                "version",
                Map.of(
                        "version_str",
                        DatasetWriter.SCHEMA_VERSION + ".0.0",
                        "major",
                        Integer.parseInt(DatasetWriter.SCHEMA_VERSION),
                        "minor",
                        0,
                        "patch",
                        0));
        Map<String, Object> splits = new LinkedHashMap<>();
        long size = 0;
        for (SplitFile file : facts.articleFiles()) {
            Map<String, Object> split = new LinkedHashMap<>();
            split.put("name", file.split());
            split.put("num_bytes", file.bytes());
            split.put("num_examples", file.examples());
            split.put("dataset_name", facts.datasetName());
            splits.put(file.split(), split);
            size += file.bytes();
        }
        info.put("splits", splits);
        info.put("download_size", size);
        info.put("dataset_size", size);
        info.put("size_in_bytes", size);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(info);
    }

    /** The dataset card: YAML metadata that {@code datasets} reads, then the description for people. */
    static String readme(Facts facts) {
        StringBuilder y = new StringBuilder("---\n");
        y.append("license: other\n");
        y.append("license_name: ")
                .append(q("not set: the articles belong to their publishers"))
                .append('\n');
        y.append("pretty_name: ").append(q(facts.projectName())).append('\n');
        y.append("language:\n- en\n");
        y.append("task_categories:\n- token-classification\n- text-classification\n");
        y.append("configs:\n");
        config(y, "default", facts.articleFiles(), true);
        if (!facts.tokenFiles().isEmpty()) {
            config(y, "tokens", facts.tokenFiles(), false);
        }
        y.append("dataset_info:\n");
        info(y, "default", facts.articleFeatures(), facts.articleFiles());
        if (!facts.tokenFiles().isEmpty()) {
            info(y, "tokens", facts.tokenFeatures(), facts.tokenFiles());
        }
        y.append("---\n\n");

        y.append("# ").append(oneLine(facts.projectName())).append("\n\n");
        y.append("Source-credibility annotations of news articles, exported from the Corroborate project '")
                .append(oneLine(facts.projectName()))
                .append("' on ")
                .append(facts.exportedAt())
                .append(" by ")
                .append(oneLine(facts.exportedBy()))
                .append(" (schema version ")
                .append(DatasetWriter.SCHEMA_VERSION)
                .append(").\n\n");
        y.append("## Files and counts\n\n| config | split | file | one row is | rows | bytes |\n"
                + "|---|---|---|---|---:|---:|\n");
        for (SplitFile f : facts.articleFiles()) {
            y.append("| default | ")
                    .append(f.split())
                    .append(" | `")
                    .append(f.file())
                    .append("` | an article | ")
                    .append(f.examples())
                    .append(" | ")
                    .append(f.bytes())
                    .append(" |\n");
        }
        for (SplitFile f : facts.tokenFiles()) {
            y.append("| tokens | ")
                    .append(f.split())
                    .append(" | `")
                    .append(f.file())
                    .append("` | a sentence of one label set | ")
                    .append(f.examples())
                    .append(" | ")
                    .append(f.bytes())
                    .append(" |\n");
        }
        y.append('\n');
        facts.splitCounts().forEach(line -> y.append("- ").append(oneLine(line)).append('\n'));
        if (!facts.splitCounts().isEmpty()) {
            y.append('\n');
        }
        y.append("## How it was made\n\n");
        y.append("- Options: ").append(oneLine(facts.options())).append("\n");
        y.append("- Split: ").append(oneLine(facts.splitRule())).append("\n");
        y.append("- Provenance: every span belongs to one label set (`label_set`): `gold` is the curated version"
                + " of the article, any other name one annotator's own labels (a username or a stable pseudonym)."
                + " `set_status` says how far that set is (finished, in_progress, not_started, skipped); `curated`"
                + " says whether a curator declared the article's gold final. Machine suggestions carry"
                + " `suggestion: true`, the `detector` and their `review`.\n");
        y.append("- Offsets: `start`/`end` count Unicode code points of `text`, end exclusive:"
                + " `text[start:end]` in Python.\n");
        y.append("- Near-duplicates: articles that rewrite one copy share `near_duplicate_group` (the smallest"
                + " article id of the group; null without near-duplicates). Group or deduplicate by it.\n");
        facts.notes().forEach(note -> y.append("- Note: ").append(oneLine(note)).append('\n'));
        y.append("\n## Label set\n\n| layer | label | caption |\n|---|---|---|\n");
        facts.labels().forEach((id, caption) -> {
            Optional<LabelRef> label = LabelRef.tryParse(id);
            y.append("| ")
                    .append(label.map(l -> cell(l.layer().code())).orElse(""))
                    .append(" | `")
                    .append(cell(label.map(LabelRef::code).orElse(id)))
                    .append("` | ")
                    .append(cell(caption))
                    .append(" |\n");
        });
        y.append("\n## Fields\n\n| field | meaning |\n|---|---|\n");
        facts.fields()
                .forEach((field, meaning) -> y.append("| `")
                        .append(cell(field))
                        .append("` | ")
                        .append(cell(meaning))
                        .append(" |\n"));
        SplitFile first = facts.articleFiles().getFirst();
        y.append("\n## Loading\n\n```python\nimport pandas as pd\n")
                .append(first.split())
                .append(" = pd.read_json(")
                .append(q(first.file()))
                .append(", lines=True, dtype=False)\n\n")
                .append("from datasets import load_dataset\nds = load_dataset(\"json\", data_files={")
                .append(String.join(
                        ", ",
                        facts.articleFiles().stream()
                                .map(f -> q(f.split()) + ": " + q(f.file()))
                                .toList()))
                .append(
                        "})\n# or, with this card's features and splits: load_dataset(\"path/to/this/folder\")\n```\n\n");
        y.append("## Licence\n\nNot set by the export. The article texts belong to their publishers; state the terms"
                + " under which you share this dataset here and in the `license` field above.\n");
        return y.toString();
    }

    private static void config(StringBuilder y, String name, List<SplitFile> files, boolean isDefault) {
        y.append("- config_name: ").append(name).append('\n');
        if (isDefault) {
            y.append("  default: true\n");
        }
        y.append("  data_files:\n");
        for (SplitFile f : files) {
            y.append("  - split: ")
                    .append(f.split())
                    .append("\n    path: ")
                    .append(q(f.file()))
                    .append('\n');
        }
    }

    private static void info(StringBuilder y, String name, Struct features, List<SplitFile> files) {
        y.append("- config_name: ").append(name).append("\n  features:\n");
        yamlFields(y, "  ", features);
        y.append("  splits:\n");
        long size = 0;
        for (SplitFile f : files) {
            y.append("  - name: ")
                    .append(f.split())
                    .append("\n    num_bytes: ")
                    .append(f.bytes())
                    .append("\n    num_examples: ")
                    .append(f.examples())
                    .append('\n');
            size += f.bytes();
        }
        y.append("  download_size: ")
                .append(size)
                .append("\n  dataset_size: ")
                .append(size)
                .append('\n');
    }

    /** Features in the card's YAML form ({@code Features._to_yaml_list}): a list of {@code name} + type. */
    private static void yamlFields(StringBuilder y, String indent, Struct struct) {
        struct.fields().forEach((name, feature) -> {
            y.append(indent).append("- name: ").append(q(name)).append('\n');
            yamlType(y, indent + "  ", feature);
        });
    }

    private static void yamlType(StringBuilder y, String indent, Feature feature) {
        switch (feature) {
            case Value v -> y.append(indent).append("dtype: ").append(v.dtype()).append('\n');
            case Struct s -> {
                if (s.fields().isEmpty()) {
                    y.append(indent).append("struct: []\n");
                } else {
                    y.append(indent).append("struct:\n");
                    yamlFields(y, indent, s);
                }
            }
            case ListOf l -> {
                switch (l.item()) {
                    case Value v ->
                        y.append(indent).append("list: ").append(v.dtype()).append('\n');
                    case Struct s -> {
                        y.append(indent).append("list:\n");
                        yamlFields(y, indent, s);
                    }
                    case ListOf inner ->
                        throw new IllegalArgumentException("lists of lists are not exported: " + inner);
                }
            }
        }
    }

    /** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
    private static String q(String text) {
        return JSON.writeValueAsString(text);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    /** Text inside a Markdown table cell: no line breaks, pipes escaped. */
    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }

    /** A name for the dataset: the project's name in lower case, letters, digits and dashes. */
    static String datasetName(String projectName) {
        String name = projectName
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return name.isEmpty() ? "corroborate-export" : name;
    }
}
