package org.corroborate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.corroborate.scheme.Attributes;
import org.junit.jupiter.api.Test;

class FigureAttributesTest {

    private static final LocalDate AUGUST_19 = LocalDate.of(2025, 8, 19);
    private static final FigureNormaliser DEFAULT = FigureNormaliser.withoutProject();

    @Test
    void a_reading_survives_the_round_trip_through_attributes() {
        FigureReading read = FigureNormaliser.withoutProject().read("$90 billion", AUGUST_19);
        FigureReading back = FigureAttributes.reading(read.dimension(), FigureAttributes.of(read))
                .orElseThrow();
        assertThat(back.lower()).isEqualByComparingTo("90000000000");
        assertThat(back.upper()).isEqualByComparingTo("90000000000");
        assertThat(back.currency()).isEqualTo("USD");
        assertThat(back.bound()).isEqualTo(FigureReading.EXACT);
    }

    @Test
    void dates_come_back_as_days() {
        FigureReading back = FigureAttributes.reading(
                        Dimensions.DATE,
                        Map.of(
                                Attributes.BOUND,
                                "range",
                                Attributes.LOWER,
                                "2025-02-01",
                                Attributes.UPPER,
                                "2025-02-28"))
                .orElseThrow();
        assertThat(back.lowerDate()).contains(LocalDate.of(2025, 2, 1));
        assertThat(back.upperDate()).contains(LocalDate.of(2025, 2, 28));
        assertThat(back.unit()).isEqualTo("day");
    }

    @Test
    void no_end_an_unreadable_end_or_ends_the_wrong_way_round_give_no_reading() {
        assertThat(FigureAttributes.reading("count", Map.of(Attributes.BOUND, "exact")))
                .isEmpty();
        assertThat(FigureAttributes.reading("count", Map.of(Attributes.LOWER, "about ten")))
                .isEmpty();
        assertThat(FigureAttributes.reading(Dimensions.DATE, Map.of(Attributes.LOWER, "February")))
                .isEmpty();
        assertThat(FigureAttributes.reading("count", Map.of(Attributes.LOWER, "10", Attributes.UPPER, "5")))
                .isEmpty();
    }

    @Test
    void the_normalisers_own_reading_is_no_correction() {
        FigureReading read = FigureNormaliser.withoutProject().read("more than a million", AUGUST_19);
        Map<String, String> attributes = new HashMap<>(FigureAttributes.of(read));
        attributes.put(Attributes.MEASURES, "casualties");
        assertThat(FigureAttributes.correction(DEFAULT, read.dimension(), attributes, "more than a million", AUGUST_19))
                .isEmpty();
        assertThat(FigureAttributes.correction(DEFAULT, "count", Map.of(), "more than a million", AUGUST_19))
                .isEmpty();
    }

    @Test
    void a_reading_changed_by_hand_is_a_correction() {
        // "only a year ago" reads as August 2024; the annotator knows the meeting was in February 2025.
        Map<String, String> corrected =
                Map.of(Attributes.BOUND, "range", Attributes.LOWER, "2025-02-01", Attributes.UPPER, "2025-02-28");
        FigureReading reading = FigureAttributes.correction(
                        DEFAULT, Dimensions.DATE, corrected, "only a year ago", AUGUST_19)
                .orElseThrow();
        assertThat(reading.lowerDate()).contains(LocalDate.of(2025, 2, 1));
        assertThat(reading.lower())
                .isEqualTo(BigDecimal.valueOf(LocalDate.of(2025, 2, 1).toEpochDay()));
    }

    @Test
    void a_reading_at_the_projects_width_is_no_correction_in_that_project() {
        FigureNormaliser wide = FigureNormaliser.withApproximateWidth(new BigDecimal("0.20"));
        Map<String, String> attributes = FigureAttributes.of(wide.read("approximately $90 billion", AUGUST_19));
        assertThat(attributes)
                .containsEntry(Attributes.LOWER, "72000000000")
                .containsEntry(Attributes.UPPER, "108000000000");
        assertThat(FigureAttributes.correction(wide, "money", attributes, "approximately $90 billion", AUGUST_19))
                .isEmpty();
        assertThat(FigureAttributes.correction(DEFAULT, "money", attributes, "approximately $90 billion", AUGUST_19))
                .as("read at another width, the same bounds are a correction")
                .isPresent();
    }
}
