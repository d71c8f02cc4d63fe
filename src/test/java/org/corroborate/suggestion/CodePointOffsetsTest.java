package org.corroborate.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {

    @Test
    void an_emoji_before_a_span_shifts_its_code_point_offsets_by_one_less_than_its_utf16_length() {
        String text = "😀 Officials said";
        int start = text.indexOf("Officials"); // 3 in UTF-16: the emoji is two units
        CodePointOffsets offsets = CodePointOffsets.of(text);
        assertThat(start).isEqualTo(3);
        assertThat(offsets.toCodePoints(start)).isEqualTo(2);
        assertThat(offsets.toCodePoints(text.length())).isEqualTo(text.codePointCount(0, text.length()));
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, offsets.toCodePoints(start), "Officials".length()))
                .isEqualTo("Officials");
    }

    @Test
    void text_without_supplementary_characters_has_the_same_offsets_in_both_units() {
        String text = "Café — “naïve” 12 %";
        CodePointOffsets offsets = CodePointOffsets.of(text);
        for (int i = 0; i <= text.length(); i++) {
            assertThat(offsets.toCodePoints(i)).isEqualTo(i);
        }
    }

    @Test
    void a_family_emoji_counts_each_of_its_code_points_and_a_lone_surrogate_counts_as_one() {
        String family = "👨‍👩‍👧"; // 5 code points, 8 UTF-16 units
        assertThat(CodePointOffsets.of(family + "x").toCodePoints(family.length()))
                .isEqualTo(5);
        assertThat(CodePointOffsets.of("\uD800x").toCodePoints(1)).isEqualTo(1);
        assertThat(CodePointOffsets.of("\uD800x").length()).isEqualTo(2);
    }

    @Test
    void an_offset_inside_a_character_is_refused() {
        assertThatThrownBy(() -> CodePointOffsets.of("a😀b").toCodePoints(2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodePointOffsets.of("ab").toCodePoints(3))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
