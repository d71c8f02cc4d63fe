package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void text_starting_with_a_formula_character_is_flagged() {
        for (String hostile :
                new String[] {"=1+1", "+41 22", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"}) {
            assertThat(CellText.looksLikeFormula(hostile)).as(hostile).isTrue();
            assertThat(CellText.forCsv(hostile)).as(hostile).isEqualTo("'" + hostile);
        }
    }

    @Test
    void ordinary_text_is_left_alone() {
        for (String plain : new String[] {"", "said", " =1", "1=1", "'quoted", "A-B"}) {
            assertThat(CellText.looksLikeFormula(plain)).as(plain).isFalse();
            assertThat(CellText.forCsv(plain)).isEqualTo(plain);
        }
    }

    @Test
    void text_over_the_cell_limit_is_cut_and_flagged() {
        String longText = "x".repeat(CellText.MAX_CELL_CHARS + 10);
        CellText.Fitted fitted = CellText.fit(longText);
        assertThat(fitted.truncated()).isTrue();
        assertThat(fitted.text()).hasSize(CellText.MAX_CELL_CHARS);
        assertThat(CellText.fit("short")).isEqualTo(new CellText.Fitted("short", false));
    }

    @Test
    void cutting_never_splits_a_surrogate_pair() {
        String text = "ab\uD83D\uDE00cd"; // 'ab😀cd'
        CellText.Fitted fitted = CellText.fit(text, 3);
        assertThat(fitted.text()).isEqualTo("ab");
        assertThat(fitted.truncated()).isTrue();
    }

    @Test
    void csv_keeps_negative_numbers_in_numeric_columns_numeric() {
        assertThat(CsvSink.format(ColumnType.INTEGER, -5)).isEqualTo("-5");
        assertThat(CsvSink.format(ColumnType.DECIMAL, "-12.5")).isEqualTo("-12.5");
        assertThat(CsvSink.format(ColumnType.TEXT, "-12.5")).isEqualTo("'-12.5");
        assertThat(CsvSink.format(ColumnType.DECIMAL, "-1+1")).isEqualTo("'-1+1");
    }
}
