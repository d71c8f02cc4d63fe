package org.corroborate.scheme;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a span lies: its layer and its offsets into the text, written {@code layer:start-end}, e.g.
 * {@code claim:120-134}. Links ({@code ?at=}) and the curation view's slots use this form.
 */
public record TextPosition(Layer layer, int start, int end) {

    private static final Pattern WRITTEN = Pattern.compile("([a-z]+):(\\d{1,9})-(\\d{1,9})");

    /** The written form, {@code layer:start-end}. */
    public String format() {
        return layer.code() + ":" + start + "-" + end;
    }

    @Override
    public String toString() {
        return format();
    }

    /** Reads {@code layer:start-end}; empty for anything else (an unknown layer, missing offsets). */
    public static Optional<TextPosition> parse(String written) {
        Matcher m = WRITTEN.matcher(written.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TextPosition(
                    Layer.fromCode(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
