package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers written in digits ("1,500", "1.5") or in words ("seven", "twenty-five", "a hundred"). */
final class Numbers {

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    static final Map<String, BigDecimal> SCALES = Map.of(
            "hundred", new BigDecimal("100"), "thousand", new BigDecimal("1000"), "k", new BigDecimal("1000"),
            "million", new BigDecimal("1000000"), "m", new BigDecimal("1000000"), "mn", new BigDecimal("1000000"),
            "billion", new BigDecimal("1000000000"), "bn", new BigDecimal("1000000000"),
            "trillion", new BigDecimal("1000000000000"), "tn", new BigDecimal("1000000000000"));

    private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety)";
    /** A number: digits, or number words joined by spaces or hyphens, or "a"/"an" before a scale or "dozen". */
    static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+|"
            + WORD + "(?:[ -]" + WORD + ")*(?: hundred(?: (?:and )?" + WORD + "(?:[ -]" + WORD + ")*)?)?|"
            + "an?(?= (?:hundred|thousand|million|billion|trillion|dozen)\\b))";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d*\\.?\\d+");

    private Numbers() {
    }

    /** The value of a {@link #NUMBER} match (without scale). */
    static Optional<BigDecimal> value(String number) {
        String n = number.strip();
        if (DIGITS.matcher(n).matches()) {
            return Optional.of(new BigDecimal(n.replace(",", "")));
        }
        if (n.equals("a") || n.equals("an")) {
            return Optional.of(BigDecimal.ONE);
        }
        long total = 0;
        long current = 0;
        for (String word : n.split("[ -]+")) {
            if (word.equals("and")) {
                continue;
            }
            if (word.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
                continue;
            }
            Integer small = SMALL.get(word);
            if (small == null) {
                return Optional.empty();
            }
            current += small;
        }
        total += current;
        return Optional.of(BigDecimal.valueOf(total));
    }

    /** A number followed by an optional scale word: "1.5m", "90 billion", "a million", "two dozen". */
    static final Pattern SCALED = Pattern.compile("(?<num>" + NUMBER + ")(?:(?<abbr>bn|mn|tn|k|m)\\b"
            + "| (?<scale>hundred|thousand|million|billion|trillion)\\b| (?<dozen>dozen)\\b)?");

    static Optional<BigDecimal> scaled(Matcher m) {
        Optional<BigDecimal> value = value(m.group("num"));
        if (value.isEmpty()) {
            return value;
        }
        BigDecimal v = value.get();
        String scale = m.group("scale") != null ? m.group("scale") : m.group("abbr");
        if (scale != null) {
            v = v.multiply(SCALES.get(scale));
        } else if (m.group("dozen") != null) {
            v = v.multiply(BigDecimal.valueOf(12));
        }
        return Optional.of(v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros());
    }
}
