package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.source.SourceMatcher.Candidate;
import org.junit.jupiter.api.Test;

class SourceMatcherTest {

    private static final Candidate MACRON = new Candidate(1, "Emmanuel Macron", List.of(), true);
    private static final Candidate RUBIO = new Candidate(2, "Marco Rubio", List.of(), true);
    private static final Candidate ZELENSKIY = new Candidate(3, "Volodymyr Zelenskiy", List.of("Zelensky"), true);
    private static final Candidate KREMLIN = new Candidate(4, "Kremlin", List.of("Russian presidency"), false);
    private static final Candidate BRIGITTE = new Candidate(5, "Brigitte Macron", List.of(), true);
    private static final Candidate PENTAGON =
            new Candidate(6, "U.S. Department of Defense", List.of("the Pentagon"), false);

    private static final List<Candidate> REGISTRY = List.of(MACRON, RUBIO, ZELENSKIY, KREMLIN, PENTAGON);

    @Test
    void the_full_name_matches_whatever_its_case() {
        assertThat(SourceMatcher.match("emmanuel MACRON", REGISTRY)).contains(1L);
    }

    @Test
    void leading_titles_and_nationalities_are_not_part_of_the_name() {
        assertThat(SourceMatcher.match("French President Emmanuel Macron", REGISTRY))
                .contains(1L);
        assertThat(SourceMatcher.match("U.S. Secretary of State Marco Rubio", REGISTRY))
                .contains(2L);
        assertThat(SourceMatcher.match("Ukraine's President Volodymyr Zelenskiy", REGISTRY))
                .contains(3L);
    }

    @Test
    void honorifics_and_possessives_are_ignored_and_a_lone_surname_finds_the_one_person_with_it() {
        assertThat(SourceMatcher.match("Macron", REGISTRY)).contains(1L);
        assertThat(SourceMatcher.match("Mr. Macron's", REGISTRY)).contains(1L);
        assertThat(SourceMatcher.match("Mr Rubio’s", REGISTRY)).contains(2L);
        assertThat(SourceMatcher.match("Secretary Rubio", REGISTRY)).contains(2L);
    }

    @Test
    void an_alias_matches_like_a_name() {
        assertThat(SourceMatcher.match("President Zelensky", REGISTRY)).contains(3L);
        assertThat(SourceMatcher.match("The Pentagon", REGISTRY)).contains(6L);
        assertThat(SourceMatcher.match("the Kremlin", REGISTRY)).contains(4L);
    }

    @Test
    void a_surname_shared_by_two_people_proposes_nobody() {
        List<Candidate> twoMacrons = List.of(MACRON, BRIGITTE, RUBIO);
        assertThat(SourceMatcher.match("Macron", twoMacrons)).isEmpty();
        assertThat(SourceMatcher.match("Mr. Macron", twoMacrons)).isEmpty();
        // The full name still decides.
        assertThat(SourceMatcher.match("French President Emmanuel Macron", twoMacrons))
                .contains(1L);
    }

    @Test
    void a_different_person_with_a_known_surname_is_not_matched() {
        assertThat(SourceMatcher.match("Brigitte Macron", REGISTRY)).isEmpty();
    }

    @Test
    void surnames_match_people_only_and_unknown_or_empty_mentions_propose_nothing() {
        assertThat(SourceMatcher.match("Defense", REGISTRY)).isEmpty();
        assertThat(SourceMatcher.match("a senior U.S. official", REGISTRY)).isEmpty();
        assertThat(SourceMatcher.match("  ", REGISTRY)).isEmpty();
        assertThat(SourceMatcher.match("Macron", List.of())).isEmpty();
    }

    @Test
    void a_title_alone_is_not_taken_for_a_name() {
        assertThat(SourceMatcher.withoutTitles(SourceMatcher.tokens("the President")))
                .containsExactly("president");
        assertThat(SourceMatcher.match("the President", REGISTRY)).isEmpty();
    }

    @Test
    void accents_are_ignored() {
        List<Candidate> registry = List.of(new Candidate(7, "Élisabeth Borne", List.of(), true));
        assertThat(SourceMatcher.match("Prime Minister Elisabeth Borne", registry))
                .contains(7L);
    }
}
