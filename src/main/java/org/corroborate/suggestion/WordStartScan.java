package org.corroborate.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern, found by trying it only where a match can begin, instead of {@code find()} at
 * every character. A pattern whose every match begins at a word boundary (ASCII, as {@code \b} in Java) with
 * one of a known set of first words, or at a digit or one of some signs, can be scanned this way; the result
 * is the same as {@code find()}'s, which each detector's test checks. Detectors spend most of their time in
 * these scans, so this is what makes them fast.
 */
final class WordStartScan {

    private final Pattern pattern;
    /** Lower-case first words (ASCII letters up to the first other character) a match may begin with. */
    private final Set<String> firstWords;

    private final boolean digits;
    private final String signs;

    WordStartScan(Pattern pattern, Set<String> firstWords, boolean digits, String signs) {
        this.pattern = pattern;
        this.firstWords = Set.copyOf(
                firstWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        this.digits = digits;
        this.signs = signs;
    }

    /** Every match, left to right and not overlapping, as {@code find()} would give them. */
    List<MatchResult> matches(String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int at = 0;
        while ((at = next(text, at)) >= 0) {
            if (m.region(at, text.length()).lookingAt()) {
                found.add(m.toMatchResult());
                at = Math.max(m.end(), at + 1);
            } else {
                at++;
            }
        }
        return found;
    }

    /** The same by {@code find()} at every character: the reference that tests compare against. */
    List<MatchResult> matchesByFullScan(String text) {
        return pattern.matcher(text).results().toList();
    }

    private int next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (signs.indexOf(c) >= 0) {
                return i;
            }
            if (i > 0 && isWordChar(text.charAt(i - 1))) {
                continue;
            }
            if (c >= '0' && c <= '9') {
                if (digits) {
                    return i;
                }
            } else if (isLetter(c)) {
                int end = i;
                while (end < text.length() && isLetter(text.charAt(end))) {
                    end++;
                }
                if (firstWords.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                    return i;
                }
                i = end - 1;
            }
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
}
