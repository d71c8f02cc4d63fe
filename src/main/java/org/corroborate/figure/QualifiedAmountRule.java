package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An amount with an optional qualifier before or after it: "over a million", "at least eight times",
 * "roughly 20%", "nearly 11 years", "up to 40", "85 million euros or more". Approximate wording widens the
 * value by the normaliser's approximate width on each side.
 */
final class QualifiedAmountRule implements FigureRule {

    private enum Kind { AT_LEAST_INCLUSIVE, MORE_THAN, AT_MOST_INCLUSIVE, LESS_THAN, ABOUT, NEARLY }

    private record Qualifier(String words, Kind kind) {
    }

    /** Longest wording first, so that "more than" wins over a shorter prefix. */
    private static final List<Qualifier> PREFIXES = List.of(
            new Qualifier("no fewer than", Kind.AT_LEAST_INCLUSIVE), new Qualifier("no less than", Kind.AT_LEAST_INCLUSIVE),
            new Qualifier("a minimum of", Kind.AT_LEAST_INCLUSIVE), new Qualifier("at least", Kind.AT_LEAST_INCLUSIVE),
            new Qualifier("in excess of", Kind.MORE_THAN), new Qualifier("upwards of", Kind.MORE_THAN),
            new Qualifier("more than", Kind.MORE_THAN), new Qualifier("over", Kind.MORE_THAN),
            new Qualifier("above", Kind.MORE_THAN), new Qualifier("exceeding", Kind.MORE_THAN),
            new Qualifier("no more than", Kind.AT_MOST_INCLUSIVE), new Qualifier("a maximum of", Kind.AT_MOST_INCLUSIVE),
            new Qualifier("at most", Kind.AT_MOST_INCLUSIVE), new Qualifier("up to", Kind.AT_MOST_INCLUSIVE),
            new Qualifier("within", Kind.AT_MOST_INCLUSIVE),
            new Qualifier("fewer than", Kind.LESS_THAN), new Qualifier("less than", Kind.LESS_THAN),
            new Qualifier("under", Kind.LESS_THAN), new Qualifier("below", Kind.LESS_THAN),
            new Qualifier("approximately", Kind.ABOUT), new Qualifier("an estimated", Kind.ABOUT),
            new Qualifier("roughly", Kind.ABOUT), new Qualifier("around", Kind.ABOUT), new Qualifier("about", Kind.ABOUT),
            new Qualifier("some", Kind.ABOUT), new Qualifier("circa", Kind.ABOUT), new Qualifier("c.", Kind.ABOUT),
            new Qualifier("close to", Kind.NEARLY), new Qualifier("almost", Kind.NEARLY), new Qualifier("nearly", Kind.NEARLY));

    private static final List<Qualifier> SUFFIXES = List.of(new Qualifier("or more", Kind.AT_LEAST_INCLUSIVE),
            new Qualifier("or less", Kind.AT_MOST_INCLUSIVE), new Qualifier("or fewer", Kind.AT_MOST_INCLUSIVE),
            new Qualifier("or so", Kind.ABOUT));

    @Override
    public Optional<FigureReading> read(Phrase phrase) {
        String text = phrase.text();
        Kind kind = null;
        for (Qualifier q : PREFIXES) {
            if (text.startsWith(q.words() + " ")) {
                kind = q.kind();
                text = text.substring(q.words().length() + 1);
                break;
            }
        }
        for (Qualifier q : SUFFIXES) {
            if (text.endsWith(" " + q.words())) {
                if (kind != null) {
                    return Optional.empty(); // "about 40 or more": two qualifiers, no single reading
                }
                kind = q.kind();
                text = text.substring(0, text.length() - q.words().length() - 1);
                break;
            }
        }
        Optional<Quantity> quantity = Quantity.read(text);
        if (quantity.isEmpty()) {
            return Optional.empty();
        }
        FigureReading exact = quantity.get().exact();
        return Optional.of(kind == null ? exact : qualify(exact, kind, phrase.approximateWidth()));
    }

    static FigureReading qualify(FigureReading exact, Kind kind, BigDecimal width) {
        BigDecimal v = exact.lower();
        return switch (kind) {
            case AT_LEAST_INCLUSIVE -> exact.withBound(FigureReading.AT_LEAST, v, null, true, false, false);
            case MORE_THAN -> exact.withBound(FigureReading.AT_LEAST, v, null, false, false, false);
            case AT_MOST_INCLUSIVE -> exact.withBound(FigureReading.AT_MOST, null, v, false, true, false);
            case LESS_THAN -> exact.withBound(FigureReading.AT_MOST, null, v, false, false, false);
            case ABOUT -> exact.withBound(FigureReading.APPROXIMATE, widen(v, width.negate()), widen(v, width),
                    true, true, true);
            case NEARLY -> exact.withBound(FigureReading.APPROXIMATE, widen(v, width.negate()), v, true, true, true);
        };
    }

    private static BigDecimal widen(BigDecimal v, BigDecimal fraction) {
        BigDecimal w = v.add(v.abs().multiply(fraction)).stripTrailingZeros();
        return w.scale() < 0 ? w.setScale(0) : w;
    }
}
