package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NormaliseCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Through the jar's own entry: with {@code Object} as the application, starting Spring would fail. */
    private int run(String stdin, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "normalise";
        System.arraycopy(args, 0, all, 1, args.length);
        return CommandLine.run(
                Object.class,
                all,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> rows() {
        List<JsonNode> rows = new ArrayList<>();
        out.toString(StandardCharsets.UTF_8)
                .lines()
                .forEach(l -> rows.add(JsonMapper.shared().readTree(l)));
        return rows;
    }

    @Test
    void each_line_gives_one_json_object_with_the_reading() {
        assertThat(run("approximately $90 billion\nover a million\n"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        List<JsonNode> rows = rows();
        assertThat(rows).hasSize(2);
        JsonNode money = rows.get(0);
        assertThat(money.path("input").asString()).isEqualTo("approximately $90 billion");
        assertThat(money.path("understood").asBoolean()).isTrue();
        assertThat(money.path("lower").isNumber()).isTrue();
        assertThat(money.path("lower").decimalValue()).isEqualByComparingTo("81000000000");
        assertThat(money.path("upper").decimalValue()).isEqualByComparingTo("99000000000");
        assertThat(money.path("lowerInclusive").asBoolean()).isTrue();
        assertThat(money.path("bound").asString()).isEqualTo("approximate");
        assertThat(money.path("approximate").asBoolean()).isTrue();
        assertThat(money.path("unit").asString()).isEqualTo("USD");
        assertThat(money.path("dimension").asString()).isEqualTo("money");
        assertThat(money.path("currency").asString()).isEqualTo("USD");
        JsonNode million = rows.get(1);
        assertThat(million.path("lower").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(million.path("upper").isNull()).isTrue();
        assertThat(million.path("lowerInclusive").asBoolean()).isFalse();
        assertThat(million.path("bound").asString()).isEqualTo("at-least");
        assertThat(million.path("currency").isNull()).isTrue();
    }

    @Test
    void numbers_are_written_as_plain_decimals() {
        run("$90 billion\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"lower\":90000000000,");
    }

    @Test
    void a_date_after_a_tab_reads_relative_dates_and_dates_are_iso_days() {
        assertThat(run("last Friday\t2025-08-19\nin February\t2025-08-19\nJune 2024\n"))
                .isZero();
        List<JsonNode> rows = rows();
        assertThat(rows.get(0).path("input").asString()).isEqualTo("last Friday");
        assertThat(rows.get(0).path("published").asString()).isEqualTo("2025-08-19");
        assertThat(rows.get(0).path("lower").asString()).isEqualTo("2025-08-15");
        assertThat(rows.get(0).path("upper").asString()).isEqualTo("2025-08-15");
        assertThat(rows.get(0).path("dimension").asString()).isEqualTo("date");
        assertThat(rows.get(0).path("unit").asString()).isEqualTo("day");
        assertThat(rows.get(1).path("lower").asString()).isEqualTo("2025-02-01");
        assertThat(rows.get(2).path("published").isNull()).isTrue();
        assertThat(rows.get(2).path("upper").asString()).isEqualTo("2024-06-30");
    }

    @Test
    void without_a_date_relative_dates_are_not_understood_and_published_gives_a_default() {
        run("last Friday\n");
        JsonNode row = rows().getFirst();
        assertThat(row.path("understood").asBoolean()).isFalse();
        assertThat(row.path("lower").isNull()).isTrue();
        assertThat(row.path("bound").isNull()).isTrue();
        assertThat(row.path("dimension").isNull()).isTrue();

        out.reset();
        run("last Friday\nyesterday\t2025-01-02\n", "--published", "2025-08-19");
        assertThat(rows().get(0).path("lower").asString()).isEqualTo("2025-08-15");
        assertThat(rows().get(1).path("lower").asString()).isEqualTo("2025-01-01");
    }

    @Test
    void a_bad_date_marks_its_line_with_an_error_reads_the_others_and_exits_with_one() {
        int code = run("a year ago\t19/08/2025\nseven\n\nabout 40\r\n");
        assertThat(code).isEqualTo(ExitCode.REFUSED);
        List<JsonNode> rows = rows();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).path("understood").asBoolean()).isFalse();
        assertThat(rows.get(0).path("error").asString()).contains("19/08/2025").contains("YYYY-MM-DD");
        assertThat(rows.get(1).path("lower").decimalValue()).isEqualByComparingTo("7");
        assertThat(rows.get(2).path("input").asString()).isEmpty();
        assertThat(rows.get(2).path("understood").asBoolean()).isFalse();
        assertThat(rows.get(3).path("input").asString()).isEqualTo("about 40");
        assertThat(rows.get(3).path("upper").decimalValue()).isEqualByComparingTo("44");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 1:").contains("19/08/2025");
    }

    @Test
    void the_approximate_width_can_be_set_and_wrong_usage_exits_with_two() {
        assertThat(run("about 40\n", "--approximate-width", "0.25")).isZero();
        assertThat(rows().getFirst().path("lower").decimalValue()).isEqualByComparingTo("30");

        assertThat(run("", "--approximate-width", "2")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run("", "--published", "yesterday")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run("", "figures.txt")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run("", "--frobnicate", "x")).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--approximate-width")
                .contains("--published")
                .contains("takes no FILE")
                .contains("unknown option --frobnicate");
    }

    @Test
    void hostile_lines_are_read_as_text_and_give_one_line_each() {
        assertThat(run("\ufeff\"quoted\" {\"json\": 1}\n\u0000\n" + "9".repeat(100_000) + "\n"))
                .isZero();
        List<JsonNode> rows = rows();
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().path("input").asString()).isEqualTo("\"quoted\" {\"json\": 1}");
        assertThat(rows).allMatch(r -> !r.path("understood").asBoolean());
    }

    @Test
    void help_lists_the_command() {
        CommandLine.run(
                Object.class, new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("normalise [--published YYYY-MM-DD]");
        assertThat(CommandLine.isCommand(new String[] {"normalise"})).isTrue();
    }
}
