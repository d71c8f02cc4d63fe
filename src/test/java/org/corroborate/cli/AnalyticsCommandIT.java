package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The headless analytics on the demo project, whose two annotators finished the same seed article ("Trump Pledges
 * U.S. Support...") alike in most places: Trump, Zelenskiy and Macron as named people and "within two weeks" in
 * both; "sources" an unnamed group for one and an unnamed individual for the other.
 */
@CorroborateIntegrationTest
class AnalyticsCommandIT {

    @Autowired
    AnalyticsCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return command.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode teamArticle(JsonNode doc) {
        return StreamSupport.stream(doc.get("articles").spliterator(), false)
                .filter(a -> a.get("title").asString().startsWith("Trump Pledges"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void json_has_the_issues_shape_and_the_majority_of_the_two_finished_sets() {
        int code = run("analytics", "--project", DemoData.PROJECT_NAME, "--counts", "majority", "--format", "json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode doc = JsonMapper.shared().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(doc.propertyNames()).containsSubsequence("counts", "articles", "outlets", "sources", "stories");
        assertThat(doc.get("counts").asString()).isEqualTo("majority");
        assertThat(doc.get("articles")).hasSize(5);
        JsonNode article = teamArticle(doc);
        assertThat(article.propertyNames())
                .containsSubsequence(
                        "article",
                        "title",
                        "outlet",
                        "attributions",
                        "claims",
                        "claims_attributed",
                        "source_mentions",
                        "sources_by_type",
                        "anonymous_mentions",
                        "anonymous_share",
                        "reasons_given",
                        "figures",
                        "figures_consistent",
                        "figures_conflict",
                        "near_duplicate");
        assertThat(article.get("source_mentions").asLong()).isEqualTo(3);
        assertThat(article.get("sources_by_type").get("named-person").asLong()).isEqualTo(3);
        assertThat(article.get("anonymous_mentions").asLong()).isZero();
        assertThat(article.get("figures").asLong()).isEqualTo(1);
        assertThat(doc.get("outlets").get(0).propertyNames()).containsSubsequence("outlet", "articles", "attributions");
    }

    @Test
    void csv_of_one_annotator_counts_their_anonymous_source() {
        int code = run(
                "analytics", "--project", DemoData.PROJECT_NAME, "--counts", "annotator:annotator", "--format", "csv");

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> header = List.of(lines.getFirst().split(","));
        String row = lines.stream()
                .filter(l -> l.contains("Trump Pledges"))
                .findFirst()
                .orElseThrow();
        List<String> cells = List.of(row.split(","));
        // six source mentions, "sources" (an unnamed group, never named) the one anonymous
        assertThat(cells.get(header.indexOf("source_mentions"))).isEqualTo("6");
        assertThat(cells.get(header.indexOf("anonymous_mentions"))).isEqualTo("1");
        assertThat(Double.parseDouble(cells.get(header.indexOf("anonymous_share"))))
                .isEqualTo(1.0 / 6);
        assertThat(header).contains("sources_by_type.unnamed-group");
    }

    @Test
    void an_unknown_counts_choice_is_wrong_usage() {
        assertThat(run("analytics", "--project", DemoData.PROJECT_NAME, "--counts", "everyone", "--format", "json"))
                .isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(err.toString()).contains("--counts must be");
    }
}
