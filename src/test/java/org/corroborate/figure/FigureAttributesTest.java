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
    void the_normalisers_own_reading_is_no_correction() {
        FigureReading read = FigureNormaliser.withoutProject().read("more than a million", AUGUST_19);
        Map<String, String> attributes = new HashMap<>(FigureCodec.attributes(read));
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
        Map<String, String> attributes = FigureCodec.attributes(wide.read("approximately $90 billion", AUGUST_19));
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
