package org.corroborate.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A figure as written, normalised for the rules: lower case, one space between words, straight apostrophes,
 * hyphen for every dash, "~" for every wave dash, no surrounding quotation marks, no trailing punctuation or possessive "'s", no
 * trailing "of" ("two-thirds of", "tens of thousands of"). Words are otherwise kept: the rules read them.
 */
record Phrase(String text, @Nullable LocalDate published, BigDecimal approximateWidth, Tense tense) {

    Phrase(String text, @Nullable LocalDate published, BigDecimal approximateWidth) {
        this(text, published, approximateWidth, Tense.NOT_GIVEN);
    }

    static Phrase of(String written, @Nullable LocalDate published, BigDecimal approximateWidth) {
        return new Phrase(normalise(written), published, approximateWidth);
    }

    Phrase withText(String newText) {
        return new Phrase(newText, published, approximateWidth, tense);
    }

    Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** One pass over the characters (this runs for every figure, so no chain of regular expressions). */
    static String normalise(String written) {
        StringBuilder s = new StringBuilder(written.length());
        boolean space = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = s.length() > 0;
                continue;
            }
            if (space) {
                s.append(' ');
                space = false;
            }
            switch (c) {
                case '\u2018', '\u2019', '\u02bc', '`', '\u00b4' -> s.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe63', '\uff0d' ->
                    s.append('-');
                case '\u223c', '\u301c', '\uff5e' -> s.append('~'); // "20〜100": a range, as "20~100"
                default -> s.append(Character.toLowerCase(c));
            }
        }
        int end = s.length();
        int start = 0;
        boolean changed = true;
        while (changed && end > start) {
            changed = false;
            char last = s.charAt(end - 1);
            if (".,;:!?\"“”«»".indexOf(last) >= 0 || last == ' ') {
                end--;
                changed = true;
            } else if (end - start >= 3 && s.charAt(end - 2) == '\'' && last == 's' && s.charAt(end - 3) != ' ') {
                end -= 2; // "February's talks"
                changed = true;
            } else if (end - start > 3 && last == 'f' && s.charAt(end - 2) == 'o' && s.charAt(end - 3) == ' ') {
                end -= 3; // "a third of", "tens of thousands of"
                changed = true;
            }
        }
        while (start < end && "\"“”«»' ".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return s.substring(start, end);
    }
}
