package org.corroborate.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A figure as written, normalised for the rules: lower case, one space between words, straight apostrophes,
 * hyphen for every dash, no leading "the"/"some"-free: only spacing and punctuation change, never words.
 */
record Phrase(String text, @Nullable LocalDate published, BigDecimal approximateWidth) {

    static Phrase of(String written, @Nullable LocalDate published, BigDecimal approximateWidth) {
        String t = written.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replace('\u00a0', ' ').replace('\u202f', ' ')
                .replaceAll("\\s+", " ")
                .strip();
        t = t.replaceAll("[.,;:!?]+$", "").replaceAll("'s$", "").strip();
        return new Phrase(t, published, approximateWidth);
    }

    Phrase withText(String newText) {
        return new Phrase(newText.strip(), published, approximateWidth);
    }

    Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }
}
