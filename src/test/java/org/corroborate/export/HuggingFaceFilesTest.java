package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Lines export is what Hugging Face {@code datasets} expects: {@code dataset_info.json} and the card's YAML
 * describe exactly the lines written, split by split. ({@code datasets} itself cannot be installed here, so its
 * shape is checked field by field.)
 */
@SuppressWarnings("NullAway") // reads parsed JSON and YAML as maps; the assertions check every key it reads
class HuggingFaceFilesTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @TempDir
    Path folder;

    /** Six articles in four stories, two of them near-duplicates of each other in different stories. */
    static TestExportData project() {
        TestExportData data = DatasetWriterTest.sample();
        for (long id = 21; id <= 24; id++) {
            data.add(DatasetWriterTest.article(id), DatasetWriterTest.kyiv(100 + id, "alice"));
        }
        data.stories.putAll(Map.of(11L, "s1", 12L, "s1", 21L, "s2", 22L, "s3", 23L, "s4", 24L, "s4"));
        data.nearDuplicates.putAll(Map.of(21L, 21L, 22L, 21L));
        return data;
    }

    private void export(ExportOptions options) {
        new DatasetWriter().writeJsonl(project(), options, folder, ExportProgress.NONE);
    }

    @Test
    void dataset_info_describes_every_field_of_every_line_and_counts_each_split() throws IOException {
        export(ExportOptions.defaults(ExportFormat.JSONL)
                .withSplit(SplitRatios.parse("50/25/25"), 3)
                .withTokens(true));
        JsonNode info = JSON.readTree(folder.resolve("dataset_info.json").toFile());
        assertThat(info.get("builder_name").asString()).isEqualTo("json");
        assertThat(info.get("config_name").asString()).isEqualTo("default");
        assertThat(info.get("license").isString()).isTrue();
        assertThat(info.get("splits").propertyNames()).containsExactly("train", "dev", "test");
        long total = 0;
        for (String split : List.of("train", "dev", "test")) {
            Path file = folder.resolve(split + ".jsonl");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            JsonNode splitInfo = info.get("splits").get(split);
            assertThat(splitInfo.get("name").asString()).isEqualTo(split);
            assertThat(splitInfo.get("num_examples").asLong())
                    .as(split)
                    .isEqualTo(lines.size())
                    .isPositive();
            assertThat(splitInfo.get("num_bytes").asLong()).isEqualTo(Files.size(file));
            total += lines.size();
            for (String line : lines) {
                JsonNode row = JSON.readTree(line);
                assertMatches(row, info.get("features"), split);
                assertThat(row.propertyNames())
                        .containsExactlyElementsOf(info.get("features").propertyNames());
                assertThat(row.get("split").asString()).isEqualTo(split);
            }
        }
        assertThat(total).isEqualTo(6);
    }

    @Test
    void the_dataset_card_declares_configs_features_and_splits_that_match_the_files() throws IOException {
        export(ExportOptions.defaults(ExportFormat.JSONL)
                .withSplit(SplitRatios.parse("50/25/25"), 3)
                .withTokens(true));
        String card = Files.readString(folder.resolve("README.md"));
        assertThat(card).startsWith("---\n");
        Map<String, Object> meta = new Yaml().load(card.substring(4, card.indexOf("\n---\n", 4)));
        assertThat(meta).containsKeys("license", "configs", "dataset_info");

        List<Map<String, Object>> configs = list(meta.get("configs"));
        assertThat(configs).extracting(c -> c.get("config_name")).containsExactly("default", "tokens");
        assertThat(list(configs.getFirst().get("data_files")))
                .extracting(f -> f.get("split") + "=" + f.get("path"))
                .containsExactly("train=train.jsonl", "dev=dev.jsonl", "test=test.jsonl");
        assertThat(list(configs.get(1).get("data_files")))
                .extracting(f -> f.get("path"))
                .containsExactly("tokens-train.jsonl", "tokens-dev.jsonl", "tokens-test.jsonl");

        JsonNode info = JSON.readTree(folder.resolve("dataset_info.json").toFile());
        Map<String, Object> defaultInfo = list(meta.get("dataset_info")).getFirst();
        assertThat(list(defaultInfo.get("features")))
                .extracting(f -> f.get("name"))
                .containsExactlyElementsOf(info.get("features").propertyNames());
        for (Map<String, Object> split : list(defaultInfo.get("splits"))) {
            assertThat(((Number) split.get("num_examples")).longValue())
                    .isEqualTo(info.get("splits")
                            .get((String) split.get("name"))
                            .get("num_examples")
                            .asLong());
        }
        Map<String, Object> spans = list(defaultInfo.get("features")).stream()
                .filter(f -> f.get("name").equals("spans"))
                .findFirst()
                .orElseThrow();
        assertThat(list(spans.get("list")))
                .extracting(f -> f.get("name"))
                .contains("start", "end", "label_set", "attributes");
        Map<String, Object> tokensInfo = list(meta.get("dataset_info")).get(1);
        Map<String, Object> words = list(tokensInfo.get("features")).stream()
                .filter(f -> f.get("name").equals("tokens"))
                .findFirst()
                .orElseThrow();
        assertThat(words.get("list")).isEqualTo("string");
        for (String line : Files.readAllLines(folder.resolve("tokens-train.jsonl"))) {
            assertThat(JSON.readTree(line).propertyNames())
                    .containsExactlyElementsOf(list(tokensInfo.get("features")).stream()
                            .map(f -> (String) f.get("name"))
                            .toList());
        }

        assertThat(card)
                .contains(
                        "## Label set",
                        "`factual`",
                        "## Fields",
                        "`near_duplicate_group`",
                        "## How it was made",
                        "50/25/25 of articles by story, seed 3",
                        "## Licence",
                        "train: ");
    }

    @Test
    void an_export_without_a_split_is_one_train_split() throws IOException {
        export(ExportOptions.defaults(ExportFormat.JSONL));
        JsonNode info = JSON.readTree(folder.resolve("dataset_info.json").toFile());
        assertThat(info.get("splits").propertyNames()).containsExactly("train");
        assertThat(info.get("splits").get("train").get("num_examples").asLong()).isEqualTo(6);
        assertThat(Files.readString(folder.resolve("README.md"))).contains("path: \"data.jsonl\"");
    }

    @Test
    void near_duplicates_share_a_group_in_the_lines_and_the_articles_sheet() throws IOException {
        export(ExportOptions.defaults(ExportFormat.JSONL));
        Map<Long, JsonNode> groups = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("data.jsonl"))) {
            JsonNode row = JSON.readTree(line);
            groups.put(row.get("article_id").asLong(), row.get("near_duplicate_group"));
        }
        assertThat(groups.get(21L).asLong()).isEqualTo(21);
        assertThat(groups.get(22L).asLong()).isEqualTo(21);
        assertThat(groups.get(23L).isNull()).isTrue();
        try (XSSFWorkbook book = DatasetWriterTest.xlsx(project(), ExportOptions.defaults(ExportFormat.XLSX))) {
            Map<String, String> groupOf = new LinkedHashMap<>();
            for (List<String> row : DatasetWriterTest.rows(book.getSheet("Articles"))) {
                groupOf.put(row.get(0), row.get(3));
            }
            assertThat(book.getSheet("Articles").getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("Near-duplicate group");
            assertThat(groupOf)
                    .containsEntry("21", "21")
                    .containsEntry("22", "21")
                    .containsEntry("23", "");
        }
    }

    /** Every value is of its feature's type (null fits any); a struct holds only declared fields. */
    private static void assertMatches(JsonNode value, JsonNode feature, String where) {
        if (value.isNull()) {
            return;
        }
        if (feature.isArray()) {
            assertThat(value.isArray()).as(where).isTrue();
            value.forEach(item -> assertMatches(item, feature.get(0), where + "[]"));
        } else if (feature.has("_type")) {
            assertThat(feature.get("_type").asString()).isEqualTo("Value");
            switch (feature.get("dtype").asString()) {
                case "string" ->
                    assertThat(value.isString()).as(where + " is a string").isTrue();
                case "int64" ->
                    assertThat(value.isIntegralNumber())
                            .as(where + " is an integer")
                            .isTrue();
                case "bool" ->
                    assertThat(value.isBoolean()).as(where + " is a bool").isTrue();
                default -> throw new AssertionError("unexpected dtype at " + where + ": " + feature);
            }
        } else {
            assertThat(value.isObject()).as(where + " is an object").isTrue();
            List<String> declared = new ArrayList<>(feature.propertyNames());
            for (String name : value.propertyNames()) {
                assertThat(declared).as(where + " declares " + name).contains(name);
                assertMatches(value.get(name), feature.get(name), where + "." + name);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object yaml) {
        return (List<Map<String, Object>>) yaml;
    }
}
