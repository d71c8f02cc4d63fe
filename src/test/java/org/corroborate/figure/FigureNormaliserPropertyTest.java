package org.corroborate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corroborate.scheme.Attributes;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Properties that hold for any input, checked on seeded random text: reading never throws, an understood
 * reading is a well-formed interval (lower ≤ upper, a bound type of the scheme, a dimension, an inclusive end
 * only where there is an end), and reading is deterministic.
 */
class FigureNormaliserPropertyTest {

    /** Words figures are made of, so that random phrases often come close to real figures. */
    private static final String[] VOCABULARY = {
        "about",
        "over",
        "more",
        "than",
        "at",
        "least",
        "nearly",
        "almost",
        "up",
        "to",
        "between",
        "and",
        "from",
        "or",
        "some",
        "just",
        "under",
        "within",
        "the",
        "next",
        "past",
        "last",
        "this",
        "a",
        "an",
        "one",
        "two",
        "twenty",
        "twenty-five",
        "hundred",
        "thousand",
        "million",
        "billion",
        "dozen",
        "dozens",
        "tens",
        "of",
        "thousands",
        "half",
        "quarter",
        "third",
        "thirds",
        "two-thirds",
        "percent",
        "per",
        "cent",
        "%",
        "percentage",
        "points",
        "km",
        "kilometres",
        "miles",
        "days",
        "day",
        "weeks",
        "week",
        "months",
        "year",
        "years",
        "decade",
        "ago",
        "times",
        "twice",
        "$",
        "€",
        "£",
        "¥",
        "US$",
        "USD",
        "EUR",
        "euros",
        "dollars",
        "pounds",
        "0",
        "1",
        "7",
        "9",
        "10",
        "12",
        "31",
        "40",
        "1.5",
        "1,500",
        "2,000,000",
        "999999999999",
        "2014",
        "2022",
        "2025",
        "1990s",
        "-",
        "–",
        "/",
        "(",
        ")",
        "+",
        ".",
        ",",
        "'s",
        "’",
        "January",
        "February",
        "May",
        "June",
        "Aug.",
        "Monday",
        "Friday",
        "yesterday",
        "today",
        "early",
        "mid-",
        "late",
        "end",
        "before",
        "after",
        "since",
        "in",
        "on",
        "by",
        "weekend",
        "or so",
        "plus",
        "odd",
        "m",
        "bn",
        "k",
        "Q3",
        "15th",
        "1st",
        "30",
        "29",
        "2/3",
        "03/04/2025",
        "2025-02-30",
        "minus",
        "and a half",
        "only",
        "COVID-19",
        "G7",
        "Article"
    };

    private static final String ALPHABET =
            "0123456789 ,.-–—/%$€£¥()+'’\"abcdefghijklmnopqrstuvwxyzABCXYZ\u00a0\t\n" + "éüß😀\u0000\u200b";

    private final FigureNormaliser normaliser = FigureNormaliser.withoutProject();

    @Test
    void random_phrases_never_throw_and_read_as_well_formed_intervals() {
        Random random = new Random(20250819L);
        for (int i = 0; i < 30_000; i++) {
            String written = i % 3 == 0 ? characters(random) : words(random);
            LocalDate published = i % 5 == 0 ? null : date(random);
            check(written, published);
        }
    }

    @Test
    void hostile_inputs_never_throw() {
        List<String> hostile = new ArrayList<>(List.of(
                "",
                " ",
                "\u0000",
                "$",
                "%",
                "-",
                "--",
                "- -",
                "to",
                "between and",
                "from to",
                "(",
                ")",
                "()",
                "( )",
                "1 (",
                "9".repeat(79),
                "9".repeat(5000),
                "1,".repeat(40),
                "1,000,".repeat(12) + "000",
                "9".repeat(60) + " trillion",
                "a ".repeat(40),
                "about about about 4",
                "between between 1 and and 2",
                "1-2-3-4-5-6-7",
                "0/0/2025",
                "99/99/9999",
                "2025-99-99",
                "February 29",
                "February 29, 2025",
                "February 29, 2024",
                "31 June",
                "0 August",
                "early",
                "mid-",
                "the end of",
                "before",
                "after after 2022",
                "99999 years ago",
                "a million years ago",
                "within 99999999999 years",
                "the past 9999999 decades",
                "9999999 years from now",
                "½",
                "¼ of",
                "a trillion years ago",
                "two billion decades ago",
                "within a trillion years",
                "the past trillion years",
                "1,000,000,000,000,000,000 days ago",
                "a trillion years from now",
                "in a trillion years' time",
                "1e9",
                "NaN",
                "Infinity",
                "-0",
                "+-5",
                "--5",
                ".",
                "..5",
                "5..",
                "$.",
                "€,",
                "𝟏𝟐",
                "١٢٣",
                "一百"));
        for (String h : hostile) {
            check(h, LocalDate.of(2025, 8, 19));
            check(h, null);
            check(h, LocalDate.of(1, 1, 1));
            check(h, LocalDate.of(9999, 12, 31));
        }
    }

    private void check(String written, @Nullable LocalDate published) {
        FigureReading r = normaliser.read(written, published);
        String what = "«" + written + "» published " + published;
        assertThat(normaliser.read(written, published)).as(what).isEqualTo(r);
        FigureCodec.attributes(r); // must not throw either
        if (!r.understood()) {
            return;
        }
        assertThat(r.dimension()).as(what).isNotEmpty();
        assertThat(Attributes.BOUNDS).as(what).contains(r.bound());
        assertThat(r.lower() != null || r.upper() != null)
                .as(what + " has an end")
                .isTrue();
        if (r.lower() != null && r.upper() != null) {
            assertThat(r.lower()).as(what + " lower ≤ upper").isLessThanOrEqualTo(r.upper());
        }
        if (r.lower() == null) {
            assertThat(r.lowerInclusive()).as(what).isFalse();
        }
        if (r.upper() == null) {
            assertThat(r.upperInclusive()).as(what).isFalse();
        }
        if (r.isDate()) {
            assertThat(r.unit()).as(what).isEqualTo("day");
            r.lowerDate();
            r.upperDate();
        }
        if (r.bound().equals(FigureReading.EXACT) && !r.isDate()) {
            assertThat(r.lower()).as(what).isEqualByComparingTo(r.upper());
        }
    }

    private static String words(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(6);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                s.append(random.nextInt(8) == 0 ? "" : " ");
            }
            s.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return s.toString();
    }

    private static String characters(Random random) {
        int n = random.nextInt(24);
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) {
            s.appendCodePoint(ALPHABET.codePointAt(
                    ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return s.toString();
    }

    private static LocalDate date(Random random) {
        return LocalDate.of(1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
}
