package org.corroborate.analytics;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which annotations an analytics figure counts. Unfinished annotator sets never count; pending and rejected
 * suggestions count only as {@link Kind#SUGGESTIONS} (the detectors' own output, marked machine-made).
 *
 * @param annotator the username, for {@link Kind#ANNOTATOR} only
 */
public record Counts(Kind kind, @Nullable String annotator) {

    public enum Kind {
        /** The curated gold set, for curated articles; articles not curated count nothing. */
        GOLD,
        /** One annotator's finished set. */
        ANNOTATOR,
        /** A span counts when more than half of the article's finished annotator sets have it (same label, same offsets). */
        MAJORITY,
        /** What the detectors suggested, whatever became of it: machine-made. */
        SUGGESTIONS
    }

    public static final Counts GOLD = new Counts(Kind.GOLD, null);
    public static final Counts MAJORITY = new Counts(Kind.MAJORITY, null);
    public static final Counts SUGGESTIONS = new Counts(Kind.SUGGESTIONS, null);

    public Counts {
        if ((kind == Kind.ANNOTATOR) != (annotator != null && !annotator.isBlank())) {
            throw new IllegalArgumentException("An annotator is named exactly when one annotator's set counts");
        }
    }

    public static Counts annotator(String username) {
        return new Counts(Kind.ANNOTATOR, username.trim());
    }

    /** Reads {@code gold}, {@code annotator:NAME}, {@code majority} or {@code suggestions}. */
    public static Optional<Counts> parse(String text) {
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("annotator:") && t.length() > "annotator:".length()) {
            return Optional.of(annotator(t.substring("annotator:".length())));
        }
        return switch (lower) {
            case "gold" -> Optional.of(GOLD);
            case "majority" -> Optional.of(MAJORITY);
            case "suggestions" -> Optional.of(SUGGESTIONS);
            default -> Optional.empty();
        };
    }

    /** The form {@link #parse} reads. */
    public String code() {
        return switch (kind) {
            case GOLD -> "gold";
            case ANNOTATOR -> "annotator:" + annotator;
            case MAJORITY -> "majority";
            case SUGGESTIONS -> "suggestions";
        };
    }

    public boolean machineMade() {
        return kind == Kind.SUGGESTIONS;
    }

    /** What a page states about its figures. */
    public String description() {
        return switch (kind) {
            case GOLD -> "Counting the curated gold of curated articles (articles not curated count nothing)";
            case ANNOTATOR -> "Counting " + annotator + "'s finished sets (unfinished sets never count)";
            case MAJORITY ->
                "Counting the majority of finished sets: a span counts when more than half of an "
                        + "article's finished sets have it";
            case SUGGESTIONS -> "Counting the detectors' suggestions: machine-made, not checked by a person";
        };
    }
}
