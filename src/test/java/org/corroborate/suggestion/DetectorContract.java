package org.corroborate.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.annotation.SpanRules;
import org.corroborate.labels.LabelSet;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link Detector} promises, whatever it detects: spans inside the text that do not cut a
 * character in half, labels and attribute values the scheme accepts, the same output for the same input,
 * nothing for blank text, no failure on hostile text, and well-formed attribution frames. Each detector's
 * test extends this class and adds the behaviour of its own kind.
 */
abstract class DetectorContract {

    /** A Friday: relative dates in the behaviour tests are read against it. */
    static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

    /** General news copy with every kind of thing the detectors look for. */
    static final String NEWS = """
            Ministers Agree on Rescue Package After Late-Night Talks
            BRUSSELS — European finance ministers agreed on Tuesday to lend €12 billion to the struggling \
            airline, according to a statement from the Council.
            “We have done what was necessary,” said Anna Lindqvist, the Swedish finance minister. “Nobody \
            wanted a second crisis.”
            A senior EU official told reporters that the loan would be repaid within five years.
            Two people briefed on the talks, who spoke on condition of anonymity because they were not \
            authorized to discuss them, said the bank may have underestimated losses by as much as 30%.
            The company said on Tuesday that it had cut 1,200 jobs since last March, and analysts suggested \
            that more than $400 million in savings was still needed.
            Officials in Berlin and Paris said the deal could collapse next week.
            Sources familiar with the matter said the vote was delayed by three days.
            """;

    abstract Detector detector();

    List<Suggestion> detect(String text) {
        return detector().detect(ArticleAnalysis.of(text, PUBLISHED));
    }

    static Stream<String> hostileTexts() {
        return Stream.of(
                "<script>alert(1)</script> The minister said that the plan “will work”.",
                "<img src=x onerror=alert(1)> Officials said on Monday that $5 million was missing.",
                "The mayor &amp; her aide said &quot;no&quot; &#8212; according to &lt;sources&gt; 40&#37; agreed.",
                "\u202Eالوزير قال\u202C A senior official said \u200F that 12% of votes \u200E were lost.",
                "🚀🚀 Police said 😀 that 3 people 👨‍👩‍👧 were hurt, according to 🇺🇸 officials, on Tuesday.",
                "Cafe\u0301 owners said that 5\u0301 million e\u0300uros were lost, according to Zoe\u0308 Smith.",
                "\uD83D\uDE00“Quote,”\uD83D\uDE00 said\uD83D\uDE00 Bob\uD83D\uDE00. \uD83D\uDE00$1\uD83D\uDE00m",
                "Line one said that 5% rose.\r\nA senior official said\r\n“quoted” on Monday.\r\n\r\n",
                "\uD800 lone high surrogate said that \uDC00 20% \uDBFF",
                "“ said according to , said told reporters “ ” , according to",
                "\"\"\"\" said said said according to according to 1 2 3 $ € % \u0000 \u0007 \t\f\u000B",
                longTextWithoutSentenceEnds(),
                "according to " + "officials ".repeat(5_000) + "said that " + "9 ".repeat(5_000));
    }

    /** 200,000 characters of news-like words with no full stop, no line break and no closing quotation mark. */
    static String longTextWithoutSentenceEnds() {
        String[] words = {
            "officials",
            "said",
            "that",
            "the",
            "€3",
            "million",
            "loan",
            "according",
            "to",
            "a",
            "senior",
            "source",
            "“",
            "told",
            "reporters",
            "on",
            "Tuesday",
            "more",
            "than",
            "40%",
            "of",
            "people",
            "familiar",
            "with",
            "matter",
            "suggested",
            "may",
            "have",
            "Berlin",
            "and",
            "Paris",
            "two",
            "days"
        };
        StringBuilder s = new StringBuilder(200_010);
        int i = 0;
        while (s.length() < 200_000) {
            s.append(words[(i * 7 + i / words.length) % words.length]).append(i % 13 == 0 ? ", " : " ");
            i++;
        }
        return s.toString();
    }

    static Stream<Arguments> allTexts() {
        return Stream.concat(Stream.of(NEWS), hostileTexts()).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("allTexts")
    void every_suggestion_lies_inside_the_text_is_not_empty_and_has_no_surrounding_white_space(String text) {
        for (Suggestion s : detect(text)) {
            assertThat(s.start()).as(describe(s, text)).isBetween(0, text.length() - 1);
            assertThat(s.end()).as(describe(s, text)).isBetween(s.start() + 1, text.length());
            assertThat(s.text(text)).as(describe(s, text)).isNotBlank();
            assertThat(Character.isWhitespace(text.charAt(s.start())))
                    .as(describe(s, text))
                    .isFalse();
            assertThat(Character.isWhitespace(text.charAt(s.end() - 1)))
                    .as(describe(s, text))
                    .isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("allTexts")
    void no_suggestion_splits_a_surrogate_pair(String text) {
        for (Suggestion s : detect(text)) {
            assertThat(splitsPair(text, s.start()))
                    .as("start of " + describe(s, text))
                    .isFalse();
            assertThat(splitsPair(text, s.end()))
                    .as("end of " + describe(s, text))
                    .isFalse();
        }
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0
                && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    @ParameterizedTest
    @MethodSource("allTexts")
    void labels_and_attributes_are_what_the_scheme_accepts(String text) {
        LabelSet labels = LabelSet.defaults();
        for (Suggestion s : detect(text)) {
            assertThat(Labels.DEFAULTS.get(s.layer())).as(describe(s, text)).contains(s.label());
            SpanRequest request =
                    new SpanRequest(s.layer(), s.label(), s.start(), s.end(), s.attributes(), s.frameId());
            assertThatCode(() -> SpanRules.check(request, text, labels))
                    .as(describe(s, text))
                    .doesNotThrowAnyException();
            assertThat(s.detector()).isEqualTo(detector().name());
        }
    }

    @ParameterizedTest
    @MethodSource("allTexts")
    void the_same_text_gives_the_same_suggestions(String text) {
        assertThat(detect(text)).isEqualTo(detect(text));
        assertThat(detector().detect(ArticleAnalysis.of(text, PUBLISHED))).isEqualTo(detect(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "\r\n\r\n", "\t \u00A0 \u2028 \u3000", "   \n\n   \n"})
    void blank_text_gives_nothing(String text) {
        assertThat(detect(text)).isEmpty();
        assertThat(detector().detect(ArticleAnalysis.of(text))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostile_text_never_throws_and_finishes_quickly(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> detect(text));
        assertThatCode(() -> detector().detect(ArticleAnalysis.of(text, null))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("allTexts")
    void attribution_parts_share_a_frame_with_exactly_one_cue_and_nothing_else_has_a_frame(String text) {
        List<Suggestion> found = detect(text);
        for (Suggestion s : found) {
            if (s.layer() == Layer.ATTRIBUTION) {
                assertThat(s.frameId()).as(describe(s, text)).isNotBlank();
            } else {
                assertThat(s.frameId()).as(describe(s, text)).isNull();
            }
        }
        Map<String, List<Suggestion>> frames =
                found.stream().filter(s -> s.frameId() != null).collect(Collectors.groupingBy(Suggestion::frameId));
        frames.forEach((id, parts) -> {
            assertThat(parts).as("frame " + id).allMatch(p -> p.layer() == Layer.ATTRIBUTION);
            assertThat(parts.stream().filter(p -> p.label().equals(Labels.CUE)))
                    .as("cues of frame " + id)
                    .hasSize(1);
            assertThat(parts.stream()
                            .filter(p -> p.label().equals(Labels.SOURCE))
                            .count())
                    .as("sources of " + id)
                    .isLessThanOrEqualTo(1);
        });
    }

    @Test
    void finds_something_in_ordinary_news() {
        assertThat(detect(NEWS)).isNotEmpty();
    }

    // helpers for the behaviour tests of each detector

    static String describe(Suggestion s, String text) {
        String quote = s.start() >= 0 && s.end() <= text.length() && s.start() < s.end()
                ? text.substring(s.start(), Math.min(s.end(), s.start() + 80))
                : "?";
        return s.layer().code() + "/" + s.label() + " [" + s.start() + "," + s.end() + ") «" + quote + "»";
    }

    /** The quoted text of each suggestion with the given label. */
    List<String> quotes(String text, Layer layer, String label) {
        List<String> out = new ArrayList<>();
        for (Suggestion s : detect(text)) {
            if (s.layer() == layer && s.label().equals(label)) {
                out.add(s.text(text));
            }
        }
        return out;
    }

    /** The one suggestion of the layer whose text is exactly {@code quote}. */
    Suggestion only(String text, Layer layer, String quote) {
        List<Suggestion> matching = detect(text).stream()
                .filter(s -> s.layer() == layer && s.text(text).equals(quote))
                .toList();
        assertThat(matching)
                .as("suggestions of «" + quote + "» in: " + text + "\nall: "
                        + detect(text).stream().map(s -> describe(s, text)).toList())
                .hasSize(1);
        return matching.getFirst();
    }
}
