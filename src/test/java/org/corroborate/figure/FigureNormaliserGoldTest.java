package org.corroborate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every figure of the hand-made gold key of the seed articles (fixtures/gold/seed-gold.jsonl, figure layer) is
 * read, against its article's publication date (fixtures/articles/dates.tsv), with the dimension the annotator
 * gave it. The key holds only figures a person reads as a value, so none may be left "not understood".
 */
class FigureNormaliserGoldTest {

    private static final Path GOLD = Path.of("fixtures/gold/seed-gold.jsonl");
    private static final Path DATES = Path.of("fixtures/articles/dates.tsv");

    record GoldFigure(String file, String quote, String label) {}

    @Test
    void every_gold_figure_is_understood_with_the_annotated_dimension() throws IOException {
        Map<String, LocalDate> published = publicationDates();
        List<GoldFigure> figures = goldFigures();
        assertThat(figures).hasSizeGreaterThan(40);
        FigureNormaliser normaliser = FigureNormaliser.withoutProject();
        List<String> wrong = new ArrayList<>();
        for (GoldFigure figure : figures) {
            LocalDate date = published.get(figure.file());
            assertThat(date).as("publication date of " + figure.file()).isNotNull();
            FigureReading reading = normaliser.read(figure.quote(), date);
            if (!reading.understood() || !reading.dimension().equals(figure.label())) {
                wrong.add(figure.file() + " «" + figure.quote() + "»: expected " + figure.label() + ", read "
                        + (reading.understood() ? reading.dimension() : "not understood"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    static List<GoldFigure> goldFigures() throws IOException {
        JsonMapper json = JsonMapper.shared();
        List<GoldFigure> figures = new ArrayList<>();
        for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            if (row.path("layer").asString().equals("figure")) {
                figures.add(new GoldFigure(
                        row.path("file").asString(),
                        row.path("quote").asString(),
                        row.path("label").asString()));
            }
        }
        return figures;
    }

    private static Map<String, LocalDate> publicationDates() throws IOException {
        Map<String, LocalDate> dates = new HashMap<>();
        for (String line : Files.readAllLines(DATES, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (!line.startsWith("#") && cells.length == 2) {
                dates.put(cells[0].strip(), LocalDate.parse(cells[1].strip()));
            }
        }
        return dates;
    }
}
