package org.corroborate.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class ExerciseResultsTest {

    private static ClassDashboard dashboard() {
        ExerciseSettings settings = new ExerciseSettings(
                "T",
                "",
                Set.of(ExerciseTask.ANONYMOUS_SOURCES),
                List.of(1L),
                null,
                null,
                1,
                FeedbackTiming.AFTER_SUBMIT,
                false,
                ScoringRules.DEFAULTS);
        GoldItem gold = new GoldItem(7, 1, Layer.SOURCE, "unnamed-group", 0, 10, "=HYPERLINK(\"x\")", "");
        return new ClassDashboard(
                new ExerciseSummary(1, 1, 0, settings, "ABCDEFGH", "instructor", 2, 1),
                List.of(
                        new ClassDashboard.StudentRow(
                                "ada",
                                "=cmd|' /C calc'!A0",
                                AttemptState.SCORED,
                                1,
                                Instant.parse("2026-12-03T10:00:00Z"),
                                600,
                                1.5,
                                2,
                                OptionalDouble.of(0.75),
                                Map.of(Layer.SOURCE, OptionalDouble.of(0.75))),
                        new ClassDashboard.StudentRow(
                                "ben", "Ben", AttemptState.OPEN, 0, null, 0, 0, 2, OptionalDouble.empty(), Map.of())),
                List.of(new ClassDashboard.ItemRow(gold, "Article", 1, 1, 1)),
                List.of(),
                List.of(),
                new int[10],
                null,
                List.of(new ClassDashboard.StudentItem("ada", 7, ItemOutcome.FOUND, 1)),
                ClassDashboard.Rescoring.NONE,
                List.of());
    }

    @Test
    void the_workbook_has_students_items_and_outcomes_and_formula_text_stays_text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExerciseResults.writeWorkbook(dashboard(), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheet("Students").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("=cmd|' /C calc'!A0");
            assertThat(book.getSheet("Students")
                            .getRow(1)
                            .getCell(1)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isTrue();
            assertThat(book.getSheet("Students").getRow(1).getCell(8).getNumericCellValue())
                    .isEqualTo(0.75);
            assertThat(book.getSheet("Items")
                            .getRow(1)
                            .getCell(4)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isTrue();
            assertThat(book.getSheet("Outcomes").getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("found");
        }
    }

    @Test
    void the_gradebook_csv_has_username_name_score_and_maximum() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExerciseResults.writeGradebook(dashboard(), out);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("username,display_name,score,maximum", "ada,'=cmd|' /C calc'!A0,1.5,2", "ben,Ben,,2");
    }
}
