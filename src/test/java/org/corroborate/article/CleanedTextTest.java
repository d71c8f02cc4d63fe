package org.corroborate.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanedTextTest {

    private static final String RAW = "Head\nAD LINE\nBody one.\nSHARE\nBody two.\n";
    private static final RemovedSegment AD = new RemovedSegment(5, 13, NoiseKind.ADVERTISEMENT);
    private static final RemovedSegment SHARE = new RemovedSegment(23, 29, NoiseKind.SHARE_WIDGET);

    @Test
    void removed_segments_are_cut_out_and_nothing_else_changes() {
        assertThat(AD.textIn(RAW)).isEqualTo("AD LINE\n");
        assertThat(SHARE.textIn(RAW)).isEqualTo("SHARE\n");
        assertThat(CleanedText.assemble(RAW, List.of(AD, SHARE)).text()).isEqualTo("Head\nBody one.\nBody two.\n");
    }

    @Test
    void a_restored_segment_comes_back_in_its_place() {
        assertThat(CleanedText.assemble(RAW, List.of(SHARE)).text()).isEqualTo("Head\nAD LINE\nBody one.\nBody two.\n");
    }

    @Test
    void cleaned_offsets_map_to_raw_offsets_and_back() {
        CleanedText cleaned = CleanedText.assemble(RAW, List.of(AD, SHARE));
        String text = cleaned.text();
        for (int c = 0; c < text.length(); c++) {
            int r = cleaned.rawOffset(c);
            assertThat(RAW.charAt(r)).as("offset %d", c).isEqualTo(text.charAt(c));
            assertThat(cleaned.cleanedOffset(r)).isEqualTo(c);
        }
        assertThat(cleaned.rawOffset(text.length())).isEqualTo(RAW.length());
    }

    @Test
    void a_raw_offset_inside_a_removed_segment_maps_to_where_it_was_cut() {
        CleanedText cleaned = CleanedText.assemble(RAW, List.of(AD, SHARE));
        assertThat(cleaned.cleanedOffset(8)).isEqualTo(5);
    }

    @Test
    void offsets_outside_the_text_are_refused() {
        CleanedText cleaned = CleanedText.assemble(RAW, List.of(AD));
        assertThatThrownBy(() -> cleaned.rawOffset(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> cleaned.rawOffset(1000)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void assembling_with_no_segments_gives_the_raw_text() {
        assertThat(CleanedText.assemble(RAW, List.of()).text()).isEqualTo(RAW);
        assertThat(CleanedText.assemble("", List.of()).text()).isEmpty();
    }
}
