package org.corroborate.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a figure as written into a {@link FigureReading}. The rules are tried in order and the first that
 * recognises the wording answers; if none does, the figure is not understood. A rule that recognises the
 * wording but finds it ambiguous answers "not understood" itself, so that no later rule guesses.
 *
 * <p>Before the rules: a trailing parenthetical is dropped ("85 million euros (74 million pounds)" is read as
 * its first amount; the parenthetical is a conversion or a gloss), and so is leading emphasis that does not
 * change the value ("only a year ago", "a further 40").
 *
 * <p>A project reads its figures with its own width of "approximately": inside the app take the normaliser from
 * {@code project.FigureReaders} (built by {@code ProjectSettings.figureNormaliser()}), so the annotation, the
 * detectors, the board and the export agree (ADR 0013). What has no project (a command over files, a test) reads
 * with {@link #withoutProject()}. There is no public constructor: those two are the only ways in.
 */
public final class FigureNormaliser {

    /** ±10%: "about 40" reads as 36 to 44. */
    public static final BigDecimal DEFAULT_APPROXIMATE_WIDTH = new BigDecimal("0.10");

    /** Longer than any figure: a sentence handed in by mistake is not read. */
    static final int MAX_LENGTH = 80;

    /** Dates first: "2022" and "June 2024" are dates before they are numbers. */
    private static final List<FigureRule> RULES = List.of(
            new CalendarDateRule(),
            new RelativeDateRule(),
            new VagueMagnitudeRule(),
            new QualifiedAmountRule(),
            new RangeRule());

    private static final FigureNormaliser WITHOUT_PROJECT = new FigureNormaliser(DEFAULT_APPROXIMATE_WIDTH);

    private final BigDecimal approximateWidth;

    private FigureNormaliser(BigDecimal approximateWidth) {
        if (approximateWidth.signum() < 0 || approximateWidth.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("approximate width must be in [0, 1): " + approximateWidth);
        }
        this.approximateWidth = approximateWidth;
    }

    /** The reading of figures that belong to no project: the default width of "approximately" (±10%). */
    public static FigureNormaliser withoutProject() {
        return WITHOUT_PROJECT;
    }

    /**
     * The reading with a given width of "approximately". Only {@code ProjectSettings.figureNormaliser()} (a
     * project's width) and the {@code normalise} command's {@code --approximate-width} (a width given by hand)
     * call this; {@code ArchitectureTest} keeps it so.
     *
     * @param approximateWidth the fraction of the value added on each side of an approximate figure
     */
    public static FigureNormaliser withApproximateWidth(BigDecimal approximateWidth) {
        return new FigureNormaliser(approximateWidth);
    }

    public BigDecimal approximateWidth() {
        return approximateWidth;
    }

    public FigureReading read(String written, @Nullable LocalDate published) {
        return read(written, published, Tense.NOT_GIVEN);
    }

    /**
     * As {@link #read(String, LocalDate)}, with the tense of the sentence the figure stands in
     * ({@link TenseCues#around}): it decides which side of publication a bare weekday or month lies on.
     */
    public FigureReading read(String written, @Nullable LocalDate published, Tense tense) {
        if (written.length() > 4 * MAX_LENGTH) {
            return FigureReading.notUnderstood();
        }
        String text = Phrase.normalise(written);
        text = withoutParenthetical(text);
        text = Qualifiers.withoutEmphasis(text);
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return FigureReading.notUnderstood();
        }
        Phrase phrase = new Phrase(text, published, approximateWidth, tense);
        for (FigureRule rule : RULES) {
            Optional<FigureReading> reading = rule.read(phrase);
            if (reading.isPresent()) {
                return reading.get();
            }
        }
        return FigureReading.notUnderstood();
    }

    public FigureReading read(String written) {
        return read(written, null);
    }

    /** "85 million euros (74 million pounds)" → "85 million euros". */
    private static String withoutParenthetical(String t) {
        if (t.endsWith(")")) {
            int open = t.lastIndexOf(" (");
            if (open > 0 && t.indexOf(')') == t.length() - 1) {
                return t.substring(0, open);
            }
        }
        return t;
    }
}
