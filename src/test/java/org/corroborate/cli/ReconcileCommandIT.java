package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectService;
import org.corroborate.reconcile.ReconcileService;
import org.corroborate.reconcile.SeedStory;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@CorroborateIntegrationTest
class ReconcileCommandIT {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    StoryService stories;

    @Autowired
    ReconcileService reconcile;

    @Autowired
    ReconcileCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private SeedStory seed;

    @BeforeEach
    void seedStory() {
        seed = SeedStory.create(projects, imports, articles, stories, "Reconcile command");
    }

    private int run(String... args) {
        return command.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void a_story_without_slots_gets_them_proposed_and_prints_each_slot_with_its_verdict_and_figures()
            throws java.io.IOException {
        int code = run("reconcile", "--project", seed.project().name(), "--format", "json");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        java.nio.file.Files.writeString(
                java.nio.file.Path.of("target", "reconcile-seed-story.json"), root.toPrettyString());
        assertThat(root.get("stories")).hasSize(1);
        JsonNode slots = root.get("stories").get(0).get("slots");
        assertThat(slots.size()).isGreaterThan(1);
        JsonNode weapons = null;
        for (JsonNode slot : slots) {
            for (JsonNode figure : slot.get("figures")) {
                if (figure.get("quote").asString().equals("approximately $90 billion")) {
                    weapons = slot;
                }
                String text = SystemAuthentication.runAsSystem(() -> articles.get(
                                seed.project().id(), figure.get("article").asLong())
                        .cleanedText());
                int[] points = text.codePoints().toArray();
                String quoted = new String(
                        points,
                        figure.get("start").asInt(),
                        figure.get("end").asInt() - figure.get("start").asInt());
                assertThat(quoted)
                        .as("code point offsets")
                        .isEqualTo(figure.get("quote").asString());
            }
        }
        assertThat(weapons).as("a slot holds the $90 billion figures").isNotNull();
        assertThat(weapons.get("automatic_verdict").asString()).isEqualTo("consistent");
        assertThat(weapons.get("verdict").isNull()).isTrue();
        List<Long> reporting = new ArrayList<>();
        weapons.get("figures").forEach(f -> reporting.add(f.get("article").asLong()));
        assertThat(reporting)
                .containsExactlyInAnyOrder(
                        seed.articleIds().get("001"), seed.articleIds().get("004"));
        JsonNode first = weapons.get("figures").get(0);
        assertThat(first.get("unit").asString()).isEqualTo("USD");
        assertThat(first.get("lower").decimalValue()).isPositive();
        // dates print as ISO days, as the normalise command and the annotation attributes write them
        List<JsonNode> dates = new ArrayList<>();
        slots.forEach(slot -> slot.get("figures").forEach(f -> {
            if ("date".equals(f.get("dimension").asString(""))) {
                dates.add(f);
            }
        }));
        assertThat(dates).as("the seed story's date figures").isNotEmpty();
        for (JsonNode date : dates) {
            assertThat(date.get("unit").asString()).isEqualTo("day");
            for (String end : List.of("lower", "upper")) {
                if (!date.get(end).isNull()) {
                    assertThat(date.get(end).isString()).as(date + " " + end).isTrue();
                    assertThat(LocalDate.parse(date.get(end).asString())).isAfter(LocalDate.of(1900, 1, 1));
                }
            }
        }
        assertThat(SystemAuthentication.runAsSystem(
                        () -> reconcile.hasSlots(seed.project().id(), seed.storyId())))
                .isTrue();
    }

    @Test
    void an_unknown_story_is_refused_and_another_format_is_wrong_usage() {
        assertThat(run("reconcile", "--project", seed.project().name(), "--story", "No such story"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no story titled 'No such story'");
        assertThat(run("reconcile", "--project", seed.project().name(), "--format", "csv"))
                .isEqualTo(2);
        assertThat(run("reconcile", "--project", "No such project")).isEqualTo(1);
    }
}
