package org.corroborate.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountedRowsTest {

    private static long nextId = 1;

    private static CountedRows.Raw span(long set, String layer, String label, int start, int end) {
        return new CountedRows.Raw(
                nextId++, set, 7, layer, label, start, end, null, "", 0, false, true, layer.equals("SOURCE"));
    }

    private static CountedRows.Raw pronoun(long set, int start, boolean personal) {
        return new CountedRows.Raw(
                nextId++, set, 7, "SOURCE", "pronoun", start, start + 2, null, "he", 0, personal, true, true);
    }

    /** A source mention that does not count (say, a pending suggestion) but can still be a pronoun's antecedent. */
    private static CountedRows.Raw antecedentOnly(long set, String label, int start) {
        return new CountedRows.Raw(
                nextId++, set, 7, "SOURCE", label, start, start + 5, null, "", 0, false, false, true);
    }

    @Test
    void the_majority_keeps_what_more_than_half_of_the_finished_sets_have_as_the_lowest_set_marked_it() {
        CountedRows.Raw inBoth = span(1, "SOURCE", "named-person", 0, 5);
        CountedRows.Raw sameInSecond = span(2, "SOURCE", "named-person", 0, 5);
        CountedRows.Raw otherLabel = span(2, "SOURCE", "unnamed-group", 10, 15);
        CountedRows.Raw onlyFirst = span(1, "SOURCE", "unnamed-individual", 10, 15);

        List<CountedRows.Raw> rows = List.of(sameInSecond, inBoth, otherLabel, onlyFirst);

        assertThat(CountedRows.majority(rows, 2)).containsExactly(inBoth);
        assertThat(CountedRows.majority(rows, 3))
                .as("two of three sets are a majority")
                .containsExactly(inBoth);
        assertThat(CountedRows.majority(rows, 4)).as("two of four are not").isEmpty();
    }

    @Test
    void a_span_marked_twice_in_one_set_is_one_set_agreeing() {
        CountedRows.Raw once = span(1, "CLAIM", "factual", 0, 5);
        CountedRows.Raw twice = span(1, "CLAIM", "factual", 0, 5);

        assertThat(CountedRows.majority(List.of(once, twice), 3)).isEmpty();
        assertThat(CountedRows.majority(List.of(once, twice), 1)).containsExactly(once, twice);
    }

    @Test
    void a_pronoun_takes_the_nearest_mention_before_and_after_it_in_its_set_a_personal_one_only_a_persons() {
        CountedRows.Raw organisation = span(1, "SOURCE", "named-organisation", 0, 5);
        CountedRows.Raw person = antecedentOnly(1, "named-person", 10);
        CountedRows.Raw group = span(1, "SOURCE", "unnamed-group", 20, 25);
        CountedRows.Raw it = pronoun(1, 30, false);
        CountedRows.Raw he = pronoun(1, 40, true);
        CountedRows.Raw after = span(1, "SOURCE", "unnamed-individual", 50, 55);
        CountedRows.Raw otherSet = span(2, "SOURCE", "document", 35, 38);

        List<SpanRow> spans = CountedRows.article(
                List.of(organisation, person, group, it, he, after, otherSet),
                0,
                false,
                new CountedRows.AttributeTable());

        SpanRow itRow = spans.stream().filter(s -> s.id() == it.id).findFirst().orElseThrow();
        SpanRow heRow = spans.stream().filter(s -> s.id() == he.id).findFirst().orElseThrow();
        assertThat(itRow.beforeType()).isEqualTo("unnamed-group");
        assertThat(itRow.afterType()).isEqualTo("unnamed-individual");
        assertThat(heRow.beforeType())
                .as("a mention that does not count can still be the antecedent")
                .isEqualTo("named-person");
        assertThat(spans).extracting(SpanRow::id).doesNotContain(person.id);
    }

    @Test
    void attributes_are_found_whether_they_were_read_in_id_order_or_not() {
        CountedRows.AttributeTable ordered = new CountedRows.AttributeTable();
        ordered.add(3, "certainty", "hedged");
        ordered.add(5, "anonymityReason", "yes");
        ordered.add(5, "canonicalSource", "12");
        CountedRows.AttributeTable unordered = new CountedRows.AttributeTable();
        unordered.add(5, "canonicalSource", "12");
        unordered.add(3, "certainty", "hedged");
        unordered.add(5, "anonymityReason", "yes");

        for (CountedRows.AttributeTable table : List.of(ordered, unordered)) {
            assertThat(table.get(3)).extracting(a -> a.certainty).isEqualTo("hedged");
            assertThat(table.get(5)).extracting(a -> a.reason, a -> a.canonical).containsExactly("yes", "12");
            assertThat(table.get(4)).isNull();
        }
    }

    @Test
    void words_are_the_spaces_between_the_first_and_last_non_space_plus_one() {
        assertThat(CountedRows.words("  the talks would resume ")).isEqualTo(4);
        assertThat(CountedRows.words("one")).isEqualTo(1);
        assertThat(CountedRows.words("")).isEqualTo(1);
    }
}
