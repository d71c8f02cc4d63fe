package org.corroborate.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void every_choice_reads_back_from_its_code() {
        for (Counts counts : new Counts[] {Counts.GOLD, Counts.MAJORITY, Counts.SUGGESTIONS, Counts.annotator("ann")}) {
            assertThat(Counts.parse(counts.code())).contains(counts);
        }
    }

    @Test
    void an_unknown_choice_or_an_annotator_without_a_name_is_not_read() {
        assertThat(Counts.parse("everyone")).isEmpty();
        assertThat(Counts.parse("annotator:")).isEmpty();
    }

    @Test
    void only_suggestions_are_machine_made_and_the_page_says_so() {
        assertThat(Counts.SUGGESTIONS.machineMade()).isTrue();
        assertThat(Counts.SUGGESTIONS.description()).contains("machine-made");
        assertThat(Counts.GOLD.machineMade()).isFalse();
    }
}
