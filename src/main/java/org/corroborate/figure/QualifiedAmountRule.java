package org.corroborate.figure;

import java.util.Optional;

/**
 * An amount with an optional qualifier before or after it: "over a million", "at least eight times",
 * "roughly 20%", "nearly 11 years", "up to 40", "40-plus", "85 million euros or more", "a couple of weeks".
 * What each qualifier does is in {@link Qualifiers}; two qualifiers that pull different ways ("about 40 or
 * more") give no reading.
 */
final class QualifiedAmountRule implements FigureRule {

    @Override
    public Optional<FigureReading> read(Phrase phrase) {
        String text = phrase.text();
        Qualifiers.Kind kind = null;
        Qualifiers.Split prefix = Qualifiers.prefix(text);
        if (prefix != null) {
            kind = prefix.kind();
            text = prefix.rest();
        }
        Qualifiers.Split suffix = Qualifiers.suffix(text);
        if (suffix != null && !suffix.rest().isEmpty()) {
            if (kind != null && kind != Qualifiers.Kind.EMPHASIS && kind != suffix.kind()) {
                return Optional.empty(); // "about 40 or more": two qualifiers, no single reading
            }
            kind = suffix.kind();
            text = suffix.rest();
        }
        if (kind == Qualifiers.Kind.AT_MOST && (text.startsWith("the next ") || text.startsWith("the coming "))) {
            text = text.substring(text.indexOf(' ', 4) + 1); // "within the next two weeks", without a date
        }
        // "a couple of weeks", "a couple": two, loosely
        if (text.equals("a couple") || text.startsWith("a couple of ")) {
            text = text.length() == 8 ? "two" : "two " + text.substring(12);
            if (kind == null || kind == Qualifiers.Kind.EMPHASIS) {
                kind = Qualifiers.Kind.ABOUT;
            }
        }
        Optional<Quantity> quantity = Quantity.read(text);
        if (quantity.isEmpty()) {
            return Optional.empty();
        }
        FigureReading exact = quantity.get().exact();
        return Optional.of(kind == null ? exact : Qualifiers.qualify(exact, kind, phrase.approximateWidth()));
    }
}
