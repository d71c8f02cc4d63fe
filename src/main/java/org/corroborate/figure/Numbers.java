package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers as written, read from the start of a phrase: digits ("1,500", "1.5", ".5"), words ("seven",
 * "twenty-five", "one hundred and twenty"), "a"/"an" before a scale ("a million", "a dozen"), "and a half",
 * and scales written out or abbreviated ("90 billion", "1.5m", "$2bn", "three hundred thousand"). A hand-written
 * scanner rather than a regular expression: it runs for every figure and must not backtrack.
 */
final class Numbers {

    /** The number words below a hundred: shared by every rule that reads "two weeks" or "seven times". */
    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    /**
     * Scale words after a number. "dozen" is one too: "two dozen", "a dozen"; and the Indian "lakh" (a hundred
     * thousand) and "crore" (ten million), which combine as "1.5 lakh crore" (1.5 × 10¹²).
     */
    static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("dozen", BigDecimal.valueOf(12)),
            Map.entry("hundred", BigDecimal.valueOf(100)),
            Map.entry("thousand", BigDecimal.valueOf(1_000)),
            Map.entry("million", BigDecimal.valueOf(1_000_000)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("lakh", BigDecimal.valueOf(100_000)),
            Map.entry("lakhs", BigDecimal.valueOf(100_000)),
            Map.entry("crore", BigDecimal.valueOf(10_000_000)),
            Map.entry("crores", BigDecimal.valueOf(10_000_000)));

    /**
     * Scales abbreviated and written against the digits: "1.5m", "$2bn", "£40k". A separate "m" after a space is
     * not one ("100 m" is metres more often than millions).
     */
    static final Map<String, BigDecimal> ABBREVIATIONS = Map.of(
            "k",
            BigDecimal.valueOf(1_000),
            "m",
            BigDecimal.valueOf(1_000_000),
            "mn",
            BigDecimal.valueOf(1_000_000),
            "mln",
            BigDecimal.valueOf(1_000_000),
            "bn",
            BigDecimal.valueOf(1_000_000_000L),
            "b",
            BigDecimal.valueOf(1_000_000_000L),
            "tn",
            BigDecimal.valueOf(1_000_000_000_000L),
            "trn",
            BigDecimal.valueOf(1_000_000_000_000L));

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** A number read at some start, ending (exclusive) at {@code end}; {@code digits} as written ("1,500"), or empty for words. */
    record Read(BigDecimal value, int end, boolean words, boolean scaled, String digits) {}

    private Numbers() {}

    /** The number at {@code start}, with its scale; empty when there is none or it is malformed ("1,5"). */
    static Optional<Read> at(String t, int start) {
        int i = start;
        boolean negative = false;
        if (t.startsWith("minus ", i)) {
            negative = true;
            i += 6;
        } else if (i < t.length()
                && (t.charAt(i) == '-' || t.charAt(i) == '+')
                && i + 1 < t.length()
                && isDigitOrPoint(t.charAt(i + 1))) {
            negative = t.charAt(i) == '-';
            i++;
        }
        BigDecimal value;
        boolean words;
        int end;
        String digits = "";
        if (i < t.length() && isDigitOrPoint(t.charAt(i))) {
            end = digitsEnd(t, i);
            if (end < 0) {
                return Optional.empty();
            }
            digits = t.substring(i, end);
            value = new BigDecimal(digits.replace(",", ""));
            words = false;
        } else {
            long[] parsed = words(t, i);
            if (parsed == null) {
                return Optional.empty();
            }
            value = BigDecimal.valueOf(parsed[0]);
            end = (int) parsed[1];
            words = true;
        }
        if (t.startsWith(" and a half", end) && wordEnds(t, end + 11)) {
            value = value.add(HALF);
            end += 11;
        }
        boolean scaled = false;
        // "1.5m", "$2bn": an abbreviated scale right after the digits
        if (!words && end < t.length() && Character.isLetter(t.charAt(end))) {
            int w = wordEnd(t, end);
            BigDecimal scale = ABBREVIATIONS.get(t.substring(end, w));
            if (scale != null) {
                value = value.multiply(scale);
                end = w;
                scaled = true;
            }
        }
        // "90 billion", "three hundred thousand", "a dozen"
        BigDecimal previous = null;
        while (end < t.length() && t.charAt(end) == ' ') {
            int w = wordEnd(t, end + 1);
            BigDecimal scale = SCALES.get(t.substring(end + 1, w));
            if (scale == null || (previous != null && scale.compareTo(previous) <= 0)) {
                break;
            }
            value = value.multiply(scale);
            previous = scale;
            end = w;
            scaled = true;
        }
        if (negative) {
            value = value.negate();
        }
        return Optional.of(new Read(plain(value), end, words, scaled, digits));
    }

    /** The whole of {@code text} as one number (with scale), or empty. */
    static Optional<BigDecimal> whole(String text) {
        return at(text, 0).filter(r -> r.end() == text.length()).map(Read::value);
    }

    /** A decimal without exponent or trailing zeros: 90000000000, not 9E+10; 0.5, not 0.50. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static boolean isDigitOrPoint(char c) {
        return (c >= '0' && c <= '9') || c == '.';
    }

    /** End of "1,500,000.25", "1.5", ".5" or "2025" at {@code i}; -1 when the grouping is malformed ("1,5"). */
    private static int digitsEnd(String t, int i) {
        int j = i;
        int n = t.length();
        int firstGroup = 0;
        while (j < n && Character.isDigit(t.charAt(j))) {
            j++;
            firstGroup++;
        }
        boolean grouped = false;
        while (j + 3 < n
                && t.charAt(j) == ','
                && isDigits(t, j + 1, 3)
                && !(j + 4 < n && Character.isDigit(t.charAt(j + 4)))) {
            j += 4;
            grouped = true;
        }
        if (grouped && (firstGroup == 0 || firstGroup > 3)) {
            return -1;
        }
        if (j < n && t.charAt(j) == ',' && j + 1 < n && Character.isDigit(t.charAt(j + 1))) {
            return -1; // "1,5" or "1,50": a decimal comma or a list, we cannot tell
        }
        if (j < n && t.charAt(j) == '.' && j + 1 < n && Character.isDigit(t.charAt(j + 1))) {
            j++;
            while (j < n && Character.isDigit(t.charAt(j))) {
                j++;
            }
            if (j < n && t.charAt(j) == '.' && j + 1 < n && Character.isDigit(t.charAt(j + 1))) {
                return -1; // "1.2.3": a version or a date, not a number
            }
        }
        if (j == i || (firstGroup == 0 && j == i + 1)) {
            return -1;
        }
        return j;
    }

    private static boolean isDigits(String t, int from, int count) {
        if (from + count > t.length()) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Number words at {@code i}: "seven", "twenty-five", "twenty five", "one hundred and twenty", or "a"/"an"
     * before a scale word (value 0 as a marker, replaced by the scale's own value). Returns {value, end}.
     */
    private static long @org.jspecify.annotations.Nullable [] words(String t, int i) {
        int w = wordEnd(t, i);
        String first = t.substring(i, w);
        if (first.equals("a") || first.equals("an")) {
            if (w < t.length() && t.charAt(w) == ' ' && SCALES.containsKey(t.substring(w + 1, wordEnd(t, w + 1)))) {
                return new long[] {1, w};
            }
            return null;
        }
        Integer small = SMALL.get(first);
        if (small == null) {
            return null;
        }
        long current = small;
        int end = w;
        // "twenty-five", "twenty five": a unit after a ten
        if (small >= 20 && small % 10 == 0 && end < t.length() && (t.charAt(end) == '-' || t.charAt(end) == ' ')) {
            int w2 = wordEnd(t, end + 1);
            Integer unit = SMALL.get(t.substring(end + 1, w2));
            if (unit != null && unit > 0 && unit < 10) {
                current += unit;
                end = w2;
            }
        }
        // "one hundred and twenty", "three hundred": hundreds written inside the number
        if (current < 10 && t.startsWith(" hundred", end) && wordEnds(t, end + 8)) {
            current *= 100;
            end += 8;
            int rest = t.startsWith(" and ", end) ? end + 5 : t.startsWith(" ", end) ? end + 1 : -1;
            if (rest > 0) {
                long[] tail = words(t, rest);
                if (tail != null && tail[0] > 0 && tail[0] < 100) {
                    current += tail[0];
                    end = (int) tail[1];
                }
            }
        }
        return new long[] {current, end};
    }

    static int wordEnd(String t, int i) {
        int j = i;
        while (j < t.length() && (Character.isLetter(t.charAt(j)) || t.charAt(j) == '\'')) {
            j++;
        }
        return j;
    }

    static boolean wordEnds(String t, int i) {
        return i >= t.length() || !Character.isLetterOrDigit(t.charAt(i));
    }
}
