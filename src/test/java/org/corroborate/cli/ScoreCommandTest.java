package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoreCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Through the jar's own entry: with {@code Object} as the application, starting Spring would fail. */
    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "score";
        System.arraycopy(args, 0, all, 1, args.length);
        return CommandLine.run(
                Object.class,
                all,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path.toString();
    }

    private JsonNode output() {
        return JsonMapper.shared().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static final String GOLD = """
            {"doc": "a1", "start": 0, "end": 10, "layer": "source", "label": "unnamed-individual"}
            {"doc": "a1", "start": 20, "end": 30, "layer": "source", "label": "document"}
            {"doc": "a1", "start": 40, "end": 50, "layer": "source", "label": "named-person"}
            {"doc": "a1", "start": 0, "end": 30, "layer": "attribution", "label": "content"}
            """;

    @Test
    void scores_a_submission_per_layer_with_its_items_and_a_total() throws IOException {
        String gold = file("gold.jsonl", GOLD);
        String sub = file("sub.jsonl", """
                {"doc": "a1", "start": 0, "end": 8, "layer": "source", "label": "unnamed-individual"}
                {"doc": "a1", "start": 20, "end": 30, "layer": "source", "label": "pronoun"}
                {"doc": "a1", "start": 60, "end": 70, "layer": "source", "label": "document"}
                """);
        assertThat(run("--gold", gold, "--submission", sub)).as(err.toString()).isZero();
        JsonNode result = output();
        JsonNode source = result.path("layers").path("source");
        assertThat(source.path("gold").asInt()).isEqualTo(3);
        assertThat(source.path("submitted").asInt()).isEqualTo(3);
        assertThat(source.path("matched").asInt()).isEqualTo(2);
        assertThat(source.path("right_label").asInt()).isEqualTo(1);
        assertThat(source.path("wrong_label").asInt()).isEqualTo(1);
        assertThat(source.path("spurious").asInt()).isEqualTo(1);
        assertThat(source.path("missed").asInt()).isEqualTo(1);
        assertThat(source.path("points").asDouble()).isEqualTo(1.5);
        assertThat(source.path("score").asDouble()).isEqualTo(0.5);
        assertThat(source.path("precision").asDouble()).isEqualTo(1.0 / 3);
        assertThat(source.path("recall").asDouble()).isEqualTo(1.0 / 3);
        assertThat(source.path("f1").asDouble()).isEqualTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        JsonNode first = source.path("items").get(0);
        assertThat(first.path("found").asBoolean()).isTrue();
        assertThat(first.path("label_right").asBoolean()).isTrue();
        assertThat(first.path("matched").path("end").asInt()).isEqualTo(8);
        assertThat(first.path("matched").path("overlap").asDouble()).isEqualTo(0.8);
        assertThat(source.path("items").get(2).path("found").asBoolean()).isFalse();
        assertThat(source.path("items").get(2).path("matched").isNull()).isTrue();
        JsonNode attribution = result.path("layers").path("attribution");
        assertThat(attribution.path("missed").asInt()).isEqualTo(1);
        assertThat(attribution.path("precision").isNull()).isTrue();
        assertThat(attribution.path("parts").path("content").path("gold").asInt())
                .isEqualTo(1);
        assertThat(result.path("total").path("gold").asInt()).isEqualTo(4);
        assertThat(result.path("total").path("score").asDouble()).isEqualTo(1.5 / 4);
        assertThat(result.path("rules").path("overlap").asDouble()).isEqualTo(0.5);
    }

    @Test
    void the_rules_are_options() throws IOException {
        String gold = file("gold.jsonl", GOLD);
        String sub = file("sub.jsonl", """
                {"doc": "a1", "start": 0, "end": 8, "layer": "source", "label": "unnamed-individual"}
                {"doc": "a1", "start": 20, "end": 30, "layer": "source", "label": "pronoun"}
                {"doc": "a1", "start": 60, "end": 70, "layer": "source", "label": "document"}
                """);
        assertThat(run(
                        "--gold",
                        gold,
                        "--submission",
                        sub,
                        "--overlap",
                        "0.9",
                        "--partial-credit",
                        "0",
                        "--penalty",
                        "0.5"))
                .isZero();
        JsonNode source = output().path("layers").path("source");
        // 0–8 against 0–10 overlaps 0.8 < 0.9: only 20–30 matches, with a wrong label worth nothing
        assertThat(source.path("matched").asInt()).isEqualTo(1);
        assertThat(source.path("spurious").asInt()).isEqualTo(2);
        assertThat(source.path("points").asDouble()).isEqualTo(-1.0);
        assertThat(source.path("score").asDouble()).isZero();
    }

    @Test
    void offsets_are_code_points_so_a_gold_key_over_emoji_scores_as_written() throws IOException {
        String gold = file(
                "gold.jsonl", "{\"doc\": 7, \"start\": 2, \"end\": 4, \"layer\": \"figure\", \"label\": \"count\"}\n");
        String sub = file(
                "sub.jsonl",
                "{\"doc\": \"7\", \"start\": 2, \"end\": 4, \"layer\": \"figure\", \"label\": \"count\"}\n");
        assertThat(run("--gold", gold, "--submission", sub)).isZero();
        assertThat(output().path("total").path("score").asDouble()).isEqualTo(1.0);
    }

    @Test
    void reconciliation_verdicts_are_scored_right_or_wrong() throws IOException {
        String gold = file("gold.jsonl", """
                {"doc": "story", "slot": "deaths", "layer": "reconciliation", "label": "conflict"}
                {"doc": "story", "slot": "cost", "layer": "reconciliation", "label": "consistent"}
                """);
        String sub = file("sub.jsonl", """
                {"doc": "story", "slot": "deaths", "layer": "reconciliation", "label": "conflict"}
                {"doc": "story", "slot": "cost", "layer": "reconciliation", "label": "superseded"}
                """);
        assertThat(run("--gold", gold, "--submission", sub)).isZero();
        JsonNode r = output().path("reconciliation");
        assertThat(r.path("right").asInt()).isEqualTo(1);
        assertThat(r.path("wrong").asInt()).isEqualTo(1);
        assertThat(r.path("score").asDouble()).isEqualTo(0.5);
        assertThat(r.path("items").get(0).path("given").asString()).isEqualTo("superseded");
    }

    @Test
    void broken_lines_are_named_by_file_and_line_and_nothing_is_scored() throws IOException {
        String gold = file("gold.jsonl", GOLD + "{\"doc\": \"a1\", \"start\": 5\n");
        String sub = file("sub.jsonl", """
                {"doc": "a1", "start": 0, "end": 8, "layer": "source", "label": "unnamed-individual"}

                {"doc": "a1", "start": 9, "end": 3, "layer": "source", "label": "x"}
                {"doc": "a1", "start": 1, "end": 3, "layer": "sauce", "label": "x"}
                {"doc": "a1", "start": -1, "end": 3, "layer": "source", "label": "x"}
                [1, 2]
                """);
        assertThat(run("--gold", gold, "--submission", sub)).isEqualTo(ExitCode.REFUSED);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors)
                .contains("gold.jsonl: line 5: is not valid JSON")
                .contains("sub.jsonl: line 3: \"end\" (3) must be after \"start\" (9)")
                .contains("sub.jsonl: line 4: \"layer\" is 'sauce'")
                .contains("sub.jsonl: line 5: \"start\" must be a whole number")
                .contains("sub.jsonl: line 6: is not a JSON object")
                .doesNotContain("line 2:");
    }

    @Test
    void a_missing_file_is_refused_and_wrong_options_are_usage_errors() throws IOException {
        String gold = file("gold.jsonl", GOLD);
        assertThat(run("--gold", gold, "--submission", dir.resolve("none.jsonl").toString()))
                .isEqualTo(ExitCode.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("none.jsonl: no such file");
        assertThat(run("--gold", gold)).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run("--gold", gold, "--submission", gold, "--overlap", "half"))
                .isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run("--gold", gold, "--submission", gold, "--overlap", "0")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run("--gold", gold, "--submission", gold, "--strict")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--overlap needs a number")
                .contains("the overlap must be above 0");
    }
}
