package org.corroborate.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tense of the clause a figure stands in, from a few cue words: the nearest cue before the figure
 * decides ("Trump will meet Putin on Friday"), else the nearest after it ("On Friday, Trump met Putin"); no
 * cue gives {@link Tense#UNMARKED}. English only, and deliberately small: modal "will", "is set/due/expected
 * to", "upcoming", "ahead of" for the future; common past forms, regular "-ed" verbs, "ago" and "earlier" for
 * the past. "Would" is neither: reported speech ("said he would travel on Friday") may look either way.
 */
public final class TenseCues {

    /** How many words either side are looked at, within the clause. */
    private static final int REACH = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");
    private static final Set<String> FUTURE = Set.of(
            "will",
            "won't",
            "shall",
            "upcoming",
            "ahead",
            "scheduled",
            "planned",
            "expected",
            "forthcoming",
            "tomorrow");
    /** Future only when followed by "to" or "for": "set to meet", "due to arrive", "plans to travel". */
    private static final Set<String> FUTURE_BEFORE_TO =
            Set.of("set", "due", "plans", "plan", "going", "hopes", "intends", "aims");

    private static final Set<String> PAST = Set.of(
            "said",
            "told",
            "met",
            "was",
            "were",
            "had",
            "did",
            "held",
            "spoke",
            "took",
            "came",
            "went",
            "saw",
            "gave",
            "made",
            "ago",
            "earlier",
            "began",
            "won",
            "lost",
            "left",
            "sent",
            "wrote",
            "flew",
            "ran",
            "got",
            "became",
            "brought",
            "fought",
            "thought",
            "felt",
            "kept",
            "led",
            "meant",
            "paid",
            "put",
            "stood",
            "struck",
            "yesterday",
            "previously",
            "already");
    /** Words ending in "-ed" that are not past verbs. */
    private static final Set<String> NOT_PAST = Set.of(
            "need",
            "needed",
            "indeed",
            "speed",
            "proceed",
            "exceed",
            "succeed",
            "feed",
            "seed",
            "bleed",
            "breed",
            "weed",
            "greed",
            "shed",
            "bed",
            "red",
            "wed",
            "hundred",
            "armed",
            "united",
            "so-called",
            "based",
            "related",
            "concerned",
            "interested",
            "involved",
            "advanced",
            "alleged",
            "limited",
            "detailed",
            "qualified",
            "experienced",
            "sophisticated",
            "unprecedented",
            "unidentified",
            "unnamed",
            "named");

    /** The figures whose reading the tense can change: those naming a weekday or a month. */
    private static final Pattern DAY_OR_MONTH = Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");

    private TenseCues() {}

    /**
     * The tense around {@code [start, end)} when it can matter to the figure written there (it names a weekday
     * or a month), else {@link Tense#NOT_GIVEN} without reading the sentence.
     */
    public static Tense forFigure(String text, int start, int end) {
        return DAY_OR_MONTH.matcher(text).region(start, end).find() ? around(text, start, end) : Tense.NOT_GIVEN;
    }

    /** The tense around {@code [start, end)} in {@code text}. */
    public static Tense around(String text, int start, int end) {
        int from = reachBack(text, start);
        int to = reachForward(text, end);
        List<String> before = words(text.substring(from, Math.max(from, start)));
        for (int i = before.size() - 1, seen = 0; i >= 0 && seen < REACH; i--, seen++) {
            Tense t = cue(before, i);
            if (t != Tense.UNMARKED) {
                return t;
            }
        }
        List<String> after = words(text.substring(Math.min(end, to), Math.max(end, to)));
        for (int i = 0; i < after.size() && i < REACH; i++) {
            Tense t = cue(after, i);
            if (t != Tense.UNMARKED) {
                return t;
            }
        }
        return Tense.UNMARKED;
    }

    private static Tense cue(List<String> words, int i) {
        String w = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        if (FUTURE.contains(w)
                || w.endsWith("'ll")
                || FUTURE_BEFORE_TO.contains(w) && (next.equals("to") || next.equals("for"))) {
            return Tense.FUTURE;
        }
        if (PAST.contains(w) || w.length() >= 5 && w.endsWith("ed") && !NOT_PAST.contains(w)) {
            return Tense.PAST;
        }
        return Tense.UNMARKED;
    }

    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }

    /**
     * Where the words looked at before {@code i} begin: after the last clause break, or at the start of the
     * {@link #REACH}th word back if that is nearer. Never further: a text without full stops (a table, a
     * scrape) would otherwise be read back to its start for every figure, quadratic in its length.
     */
    private static int reachBack(String text, int i) {
        int words = 0;
        boolean inWord = false;
        int j = Math.min(i, text.length());
        while (j > 0) {
            int c = text.codePointBefore(j);
            int k = j - Character.charCount(c);
            if (isBreak(text, k)) {
                return j;
            }
            boolean letter = isWordLetter(c);
            if (inWord && !letter && ++words == REACH) {
                return j;
            }
            inWord = letter;
            j = k;
        }
        return 0;
    }

    /** Where the words looked at after {@code i} end: at a clause break, or after the word following the {@link #REACH}th. */
    private static int reachForward(String text, int i) {
        int words = 0;
        boolean inWord = false;
        int j = Math.max(0, i);
        while (j < text.length()) {
            if (isBreak(text, j)) {
                return j;
            }
            int c = text.codePointAt(j);
            boolean letter = isWordLetter(c);
            if (inWord && !letter && ++words > REACH) {
                return j;
            }
            inWord = letter;
            j += Character.charCount(c);
        }
        return text.length();
    }

    /** What {@link #WORD} matches. */
    private static boolean isWordLetter(int c) {
        return Character.isLetter(c) || c == '\'' || c == '’';
    }

    private static boolean isBreak(String text, int j) {
        char c = text.charAt(j);
        if (c == '!' || c == '?' || c == ';' || c == '\n') {
            return true;
        }
        // A full stop ends a sentence when a space follows (not "U.S." or "1.5").
        return c == '.'
                && j + 1 < text.length()
                && Character.isWhitespace(text.charAt(j + 1))
                && !(j >= 1
                        && Character.isUpperCase(text.charAt(j - 1))
                        && (j < 2 || !Character.isLetter(text.charAt(j - 2))));
    }
}
