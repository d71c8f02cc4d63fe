package org.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.corroborate.figure.FigureCodec;
import org.corroborate.figure.FigureNormaliser;
import org.corroborate.figure.FigureReading;
import org.corroborate.project.ProjectSettings;
import org.corroborate.scheme.Layer;
import org.corroborate.suggestion.Detectors;
import org.corroborate.suggestion.Suggestion;
import org.junit.jupiter.api.Test;

/**
 * One project, one reading, without Spring: the bounds a ±20% project's detector writes into a figure's
 * attributes (what the editor stores and the Figures sheet exports) are the bounds the board and slot proposal
 * compare and the bounds a slot figure stores. {@code ProjectFigureReadingIT} checks the same through the
 * services.
 */
class ProjectReadingTest {

    private static final String TEXT = "The allies pledged approximately $90 billion on Monday, officials said.";
    private static final String FIGURE = "approximately $90 billion";
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 19);

    private final FigureNormaliser reading = new ProjectSettings(
                    ProjectSettings.DEFAULT_STORY_SIMILARITY,
                    ProjectSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD,
                    new BigDecimal("0.20"))
            .figureNormaliser();

    @Test
    void a_twenty_percent_project_gives_the_detector_the_board_and_the_stored_reading_the_same_bounds() {
        Suggestion detected = Detectors.standard(reading).detect(TEXT, PUBLISHED).stream()
                .filter(s -> s.layer() == Layer.FIGURE && s.text(TEXT).equals(FIGURE))
                .findFirst()
                .orElseThrow();
        FigureReading asAnnotated = FigureCodec.fromAttributes(detected.label(), detected.attributes())
                .orElseThrow();
        assertBounds(FigureInterval.of(asAnnotated, PUBLISHED).orElseThrow(), "the detector's attributes");

        List<SlotCandidate> onBoard = new FigureCandidates(reading)
                .of(
                        1L,
                        TEXT,
                        PUBLISHED,
                        List.of(new FigureCandidates.FigureSpan("k", detected.start(), detected.end(), "")));
        assertThat(onBoard).singleElement().satisfies(c -> assertBounds(c.interval(), "the board's reading"));

        FigureReading stored =
                FigureCodec.fromColumns(FigureCodec.columns(asAnnotated)).orElseThrow();
        assertBounds(FigureInterval.of(stored, PUBLISHED).orElseThrow(), "the reading a slot figure keeps");
    }

    @Test
    void the_default_project_reads_as_what_has_no_project() {
        FigureNormaliser defaults = ProjectSettings.DEFAULTS.figureNormaliser();
        assertThat(defaults.approximateWidth())
                .isEqualByComparingTo(FigureNormaliser.withoutProject().approximateWidth());
        assertThat(FigureCodec.attributes(defaults.read(FIGURE, PUBLISHED)))
                .isEqualTo(
                        FigureCodec.attributes(FigureNormaliser.withoutProject().read(FIGURE, PUBLISHED)));
    }

    private static void assertBounds(FigureInterval interval, String path) {
        assertThat(interval.lower()).as(path).isEqualByComparingTo("72000000000");
        assertThat(interval.upper()).as(path).isEqualByComparingTo("108000000000");
    }
}
