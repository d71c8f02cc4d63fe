package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SuggestCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Through the jar's own entry: with {@code Object} as the application, starting Spring would fail. */
    private int run(String... args) {
        return CommandLine.run(
                Object.class,
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> rows() {
        return rows(out.toString(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> rows(String jsonLines) {
        List<JsonNode> rows = new ArrayList<>();
        jsonLines
                .lines()
                .filter(l -> !l.isBlank())
                .forEach(l -> rows.add(JsonMapper.shared().readTree(l)));
        return rows;
    }

    /** Python's text[start:end]: a slice of code points. */
    private static String codePointSlice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }

    private static JsonNode row(List<JsonNode> rows, String layer, String text) {
        return rows.stream()
                .filter(r -> r.path("layer").asString().equals(layer)
                        && r.path("text").asString().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + layer + " «" + text + "» in " + rows));
    }

    @Test
    void offsets_count_code_points_so_an_emoji_before_a_span_shifts_it_by_one() throws IOException {
        String raw = "Vote count 😀 disputed\nA senior official said that 12% of ballots were lost.\n";
        Path file = Files.writeString(dir.resolve("emoji.txt"), raw, StandardCharsets.UTF_8);

        assertThat(run("suggest", file.toString()))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();

        JsonNode percent = row(rows(), "figure", "12%");
        int utf16 = raw.indexOf("12%");
        assertThat(percent.path("start").asInt()).isEqualTo(utf16 - 1);
        assertThat(percent.path("end").asInt()).isEqualTo(utf16 - 1 + 3);
        assertThat(percent.path("file").asString()).isEqualTo(file.toString());
        for (JsonNode r : rows()) {
            assertThat(codePointSlice(
                            raw, r.path("start").asInt(), r.path("end").asInt()))
                    .isEqualTo(r.path("text").asString());
        }
    }

    @Test
    void offsets_point_into_the_file_as_read_even_after_removed_web_noise() throws IOException {
        String raw = "Budget talks 🚀 stall\r\nAdvertisement\r\nShare this article\r\n"
                + "The finance minister said on Tuesday that €3 billion was missing.\r\n";
        Path file = Files.writeString(dir.resolve("noise.txt"), raw, StandardCharsets.UTF_8);

        assertThat(run("suggest", file.toString()))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();

        JsonNode money = row(rows(), "figure", "€3 billion");
        assertThat(money.path("attributes").path("currency").asString()).isEqualTo("EUR");
        assertThat(codePointSlice(
                        raw, money.path("start").asInt(), money.path("end").asInt()))
                .isEqualTo("€3 billion");
        assertThat(money.path("start").asInt()).isEqualTo(raw.codePointCount(0, raw.indexOf("€3")));
    }

    @Test
    void python_slices_of_the_file_give_back_every_suggested_text() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 is not installed");
        String raw =
                "👨‍👩‍👧 Families “wait” 🇺🇦\nTwo people briefed on the talks, who spoke on condition of anonymity,"
                        + " said about 40% of the 😀 aid arrived last Friday. “It is late,” a senior EU official said.\n";
        Path file = Files.writeString(dir.resolve("py.txt"), raw, StandardCharsets.UTF_8);
        Path jsonl = dir.resolve("out.jsonl");
        assertThat(run("suggest", "--out", jsonl.toString(), file.toString()))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote ").contains(jsonl.toString());
        assertThat(rows(Files.readString(jsonl))).hasSizeGreaterThan(5);

        String check = "import json,sys\n"
                + "n=0\n"
                + "for line in open(sys.argv[1], encoding='utf-8'):\n"
                + "    r=json.loads(line); t=open(r['file'], encoding='utf-8', newline='').read()\n"
                + "    assert t[r['start']:r['end']]==r['text'], (r, t[r['start']:r['end']])\n"
                + "    n+=1\n"
                + "print(n)\n";
        Process python = new ProcessBuilder("/usr/bin/python3", "-c", check, jsonl.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String said = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.exitValue()).as(said).isZero();
        assertThat(Integer.parseInt(said.strip()))
                .isEqualTo(rows(Files.readString(jsonl)).size());
    }

    @Test
    void a_source_its_cue_and_its_content_share_a_frame_and_an_anonymity_reason_is_mapped_too() throws IOException {
        String raw =
                "Talks 😀\nTwo people briefed on the talks, who spoke on condition of anonymity, said a deal was close. Turnout was 40%.\n";
        Path file = Files.writeString(dir.resolve("frame.txt"), raw, StandardCharsets.UTF_8);

        assertThat(run("suggest", file.toString()))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();

        List<JsonNode> rows = rows();
        JsonNode mention = row(rows, "source", "Two people briefed on the talks");
        JsonNode cue = row(rows, "attribution", "said");
        JsonNode content = row(rows, "attribution", "a deal was close");
        assertThat(mention.path("frame").asString())
                .isNotBlank()
                .isEqualTo(cue.path("frame").asString())
                .isEqualTo(content.path("frame").asString());
        assertThat(mention.path("detector").asString()).isEqualTo("sources");
        JsonNode attributes = mention.path("attributes");
        assertThat(attributes.path("anonymityReason").asString()).isEqualTo("yes");
        assertThat(codePointSlice(
                        raw,
                        Integer.parseInt(attributes.path("reasonStart").asString()),
                        Integer.parseInt(attributes.path("reasonEnd").asString())))
                .contains("condition of anonymity");
        assertThat(row(rows, "figure", "40%").path("frame").isNull()).isTrue();
    }

    @Test
    void the_seed_folder_gives_suggestions_for_every_article_dated_from_its_dates_file() throws IOException {
        assertThat(run("suggest", "fixtures/articles"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();

        List<JsonNode> rows = rows();
        assertThat(rows.stream().map(r -> r.path("file").asString()).distinct())
                .hasSize(5)
                .allMatch(f -> f.endsWith(".txt"));
        assertThat(rows.stream().map(r -> r.path("layer").asString()).distinct())
                .contains("attribution", "source", "figure");
        for (JsonNode r : rows) {
            String raw = Files.readString(Path.of(r.path("file").asString()), StandardCharsets.UTF_8);
            assertThat(codePointSlice(
                            raw, r.path("start").asInt(), r.path("end").asInt()))
                    .isEqualTo(r.path("text").asString());
        }
        JsonNode lastFriday = rows.stream()
                .filter(r -> r.path("file").asString().contains("001_")
                        && r.path("text").asString().equals("last Friday"))
                .findFirst()
                .orElseThrow();
        assertThat(lastFriday.path("attributes").path("lower").asString()).isEqualTo("2025-08-15"); // dates.tsv: 08-19
    }

    @Test
    void published_on_the_command_line_wins_over_the_dates_file() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Headline\nThe vote was held last Friday.\n");
        Files.writeString(dir.resolve("dates.tsv"), "a.txt\t2025-01-01\n");

        assertThat(run("suggest", "--published", "2025-03-14", file.toString()))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(row(rows(), "figure", "last Friday")
                        .path("attributes")
                        .path("lower")
                        .asString())
                .isEqualTo("2025-03-07");
    }

    @Test
    void a_missing_file_a_file_that_is_not_utf8_and_an_empty_file_are_refused_with_nothing_written()
            throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Headline\nOfficials said that 5% left.\n");
        Path latin1 = Files.write(
                dir.resolve("latin1.txt"), "Caf\u00e9 owners said so.".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");

        assertThat(run("suggest", good.toString(), dir.resolve("nope.txt").toString()))
                .isEqualTo(ExitCode.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.txt").contains("no such file");
        assertThat(run("suggest", good.toString(), latin1.toString())).isEqualTo(ExitCode.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("latin1.txt: is not UTF-8");
        assertThat(run("suggest", empty.toString())).isEqualTo(ExitCode.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt: is empty");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void wrong_usage_exits_with_two() {
        assertThat(run("suggest")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run("suggest", "--published", "14/03/2025", "a.txt")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run("suggest", "--frobnicate", "x", "a.txt")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run("suggest", "a.txt", "--out")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--published")
                .contains("--frobnicate")
                .contains("--help");
    }
}
