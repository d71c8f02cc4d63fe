package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The words that bound or hedge an amount ("more than", "nearly", "up to", "or so"), shared by the amount,
 * range and relative-date rules, and what each does to an exact value.
 */
final class Qualifiers {

    enum Kind {
        /** "at least 40", "40 or more", "≥ 40": [40, ∞) */
        AT_LEAST,
        /** "more than 40", "over 40": (40, ∞) */
        MORE_THAN,
        /** "just over 40": (40, 40 + width], approximate */
        JUST_OVER,
        /** "up to 40", "as many as 40", "no more than 40", "≤ 40": (−∞, 40] */
        AT_MOST,
        /** "fewer than 40", "under 40": (−∞, 40) */
        LESS_THAN,
        /** "nearly 40", "almost 40", "just under 40": [40 − width, 40), approximate */
        NEARLY,
        /** "about 40", "roughly 40", "some 40", "40 or so", "~40": [40 − width, 40 + width], approximate */
        ABOUT,
        /** "only 40", "exactly 40", "a further 40": emphasis, the value stays exact */
        EMPHASIS
    }

    record Split(Kind kind, String rest) {}

    private static final Map<String, Kind> PREFIXES = new HashMap<>();
    private static final Map<String, Kind> SUFFIXES = new HashMap<>();

    static {
        prefix(
                Kind.AT_LEAST,
                "at least",
                "no fewer than",
                "no less than",
                "not less than",
                "not fewer than",
                "a minimum of",
                "at a minimum",
                "as few as",
                "as little as",
                "as low as",
                "minimum");
        prefix(
                Kind.MORE_THAN,
                "more than",
                "over",
                "above",
                "in excess of",
                "upwards of",
                "upward of",
                "exceeding",
                "well over",
                "well above",
                "well in excess of",
                "far more than",
                "many more than",
                "much more than",
                "north of",
                "greater than",
                "higher than",
                "longer than",
                "bigger than",
                "larger than");
        prefix(
                Kind.JUST_OVER,
                "just over",
                "just above",
                "just more than",
                "slightly more than",
                "slightly over",
                "slightly above",
                "a little over",
                "a little more than",
                "a bit more than",
                "a bit over",
                "barely more than",
                "only just over",
                "little more than",
                "a shade over");
        prefix(
                Kind.AT_MOST,
                "up to",
                "at most",
                "no more than",
                "not more than",
                "a maximum of",
                "as many as",
                "as much as",
                "as high as",
                "as long as",
                "as far as",
                "within",
                "maximum",
                "no longer than",
                "at the most",
                "up to a maximum of");
        prefix(
                Kind.LESS_THAN,
                "fewer than",
                "less than",
                "under",
                "below",
                "well under",
                "well below",
                "far fewer than",
                "far less than",
                "much less than",
                "shorter than",
                "lower than",
                "smaller than");
        prefix(
                Kind.NEARLY,
                "nearly",
                "almost",
                "just under",
                "just below",
                "just shy of",
                "shy of",
                "close to",
                "closer to",
                "slightly less than",
                "slightly fewer than",
                "slightly under",
                "slightly below",
                "a little under",
                "a little less than",
                "a bit less than",
                "not quite",
                "approaching",
                "just short of",
                "short of",
                "very nearly",
                "almost exactly");
        prefix(
                Kind.ABOUT,
                "about",
                "around",
                "approximately",
                "approx",
                "roughly",
                "some",
                "an estimated",
                "estimated",
                "circa",
                "c.",
                "ca.",
                "an approximate",
                "more or less",
                "in the region of",
                "in the order of",
                "on the order of",
                "roughly around",
                "somewhere around",
                "something like",
                "give or take",
                "an average of",
                "on average",
                "averaging",
                "an average");
        prefix(
                Kind.EMPHASIS,
                "only",
                "just",
                "exactly",
                "precisely",
                "a total of",
                "a further",
                "an additional",
                "an extra",
                "another",
                "fully",
                "a full",
                "a whopping",
                "a mere",
                "merely",
                "a record",
                "a staggering",
                "a total",
                "totalling",
                "totaling",
                "for");
        suffix(
                Kind.AT_LEAST,
                "or more",
                "or above",
                "or over",
                "or higher",
                "or longer",
                "and more",
                "and above",
                "and up",
                "and over",
                "plus",
                "at least",
                "or greater",
                "minimum",
                "at minimum");
        suffix(
                Kind.AT_MOST,
                "or less",
                "or fewer",
                "or under",
                "or below",
                "or lower",
                "or shorter",
                "and under",
                "and below",
                "at most",
                "max",
                "maximum",
                "at the most",
                "tops");
        suffix(
                Kind.ABOUT,
                "or so",
                "odd",
                "or thereabouts",
                "give or take",
                "roughly",
                "approximately",
                "or something",
                "ish");
    }

    private Qualifiers() {}

    /** The longest qualifier at the start, if it is followed by more words. */
    static @Nullable Split prefix(String t) {
        if (!t.isEmpty() && "<>≤≥⩽⩾~".indexOf(t.charAt(0)) >= 0) {
            return symbol(t);
        }
        Split best = null;
        int space = t.indexOf(' ');
        int words = 0;
        while (space > 0 && words < 5) {
            Kind kind = PREFIXES.get(t.substring(0, space));
            if (kind != null) {
                best = new Split(kind, t.substring(space + 1));
            }
            space = t.indexOf(' ', space + 1);
            words++;
        }
        return best;
    }

    /** "≤ 100", "<100", ">= 20", "~40": a sign before the amount, with or without a space. */
    private static @Nullable Split symbol(String t) {
        boolean orEqual = t.length() > 1 && t.charAt(1) == '=';
        Kind kind = switch (t.charAt(0)) {
            case '<' -> orEqual ? Kind.AT_MOST : Kind.LESS_THAN;
            case '>' -> orEqual ? Kind.AT_LEAST : Kind.MORE_THAN;
            case '≤', '⩽' -> Kind.AT_MOST;
            case '≥', '⩾' -> Kind.AT_LEAST;
            default -> Kind.ABOUT;
        };
        String rest = t.substring(orEqual && (t.charAt(0) == '<' || t.charAt(0) == '>') ? 2 : 1)
                .strip();
        return rest.isEmpty() ? null : new Split(kind, rest);
    }

    /** A qualifier at the end: " or more", "-plus", "+", "-odd". */
    static @Nullable Split suffix(String t) {
        int n = t.length();
        if (n > 1 && t.charAt(n - 1) == '+') {
            return new Split(Kind.AT_LEAST, t.substring(0, n - 1).strip());
        }
        int space = t.lastIndexOf(' ');
        int hyphen = t.lastIndexOf('-');
        int cut = Math.max(space, hyphen);
        while (cut > 0) {
            Kind kind = SUFFIXES.get(t.substring(cut + 1));
            if (kind != null && (t.charAt(cut) == ' ' || kind != Kind.AT_MOST)) {
                return new Split(kind, t.substring(0, cut));
            }
            int previous = t.lastIndexOf(' ', cut - 1);
            if (previous < 0 || n - previous > 20) {
                return null;
            }
            cut = previous;
        }
        return null;
    }

    /** Drops leading emphasis ("only", "just", "a further"), which does not change the value. */
    static String withoutEmphasis(String t) {
        String text = t;
        for (int i = 0; i < 3; i++) {
            Split split = prefix(text);
            if (split == null || split.kind() != Kind.EMPHASIS || split.rest().isEmpty()) {
                return text;
            }
            text = split.rest();
        }
        return text;
    }

    /** An exact reading bounded or hedged as {@code kind} says; {@code width} is the approximate width. */
    static FigureReading qualify(FigureReading exact, Kind kind, BigDecimal width) {
        BigDecimal v = exact.lower();
        if (v == null) {
            return exact;
        }
        return switch (kind) {
            case AT_LEAST -> exact.withBound(FigureReading.AT_LEAST, v, null, true, false, false);
            case MORE_THAN -> exact.withBound(FigureReading.AT_LEAST, v, null, false, false, false);
            case JUST_OVER -> exact.withBound(FigureReading.APPROXIMATE, v, widen(v, width), false, true, true);
            case AT_MOST -> exact.withBound(FigureReading.AT_MOST, null, v, false, true, false);
            case LESS_THAN -> exact.withBound(FigureReading.AT_MOST, null, v, false, false, false);
            case NEARLY -> exact.withBound(FigureReading.APPROXIMATE, widen(v, width.negate()), v, true, false, true);
            case ABOUT ->
                exact.withBound(FigureReading.APPROXIMATE, widen(v, width.negate()), widen(v, width), true, true, true);
            case EMPHASIS -> exact;
        };
    }

    static BigDecimal widen(BigDecimal v, BigDecimal fraction) {
        return Numbers.plain(v.add(v.abs().multiply(fraction)));
    }

    private static void prefix(Kind kind, String... words) {
        for (String w : words) {
            PREFIXES.put(w, kind);
        }
    }

    private static void suffix(Kind kind, String... words) {
        for (String w : words) {
            SUFFIXES.put(w, kind);
        }
    }
}
