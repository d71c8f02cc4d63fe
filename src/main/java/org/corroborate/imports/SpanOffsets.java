package org.corroborate.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corroborate.scheme.Attributes;

/** Files count offsets in Unicode code points (as Python does); the app counts UTF-16 units. Plain Java. */
final class SpanOffsets {

    private SpanOffsets() {}

    /** The UTF-16 offset of a code point offset, or -1 when it lies outside the text. */
    static int toUtf16(String text, long codePoints) {
        if (codePoints < 0 || codePoints > text.codePointCount(0, text.length())) {
            return -1;
        }
        return text.offsetByCodePoints(0, (int) codePoints);
    }

    /** Attributes with the offsets into the text (the scheme's text-offset attributes) turned into UTF-16. */
    static Map<String, String> attributesToUtf16(String text, Map<String, String> attributes) {
        Map<String, String> result = new LinkedHashMap<>(attributes);
        for (String name : Attributes.textOffsets()) {
            String value = result.get(name);
            if (value != null && value.matches("\\d{1,9}")) {
                int converted = toUtf16(text, Long.parseLong(value));
                if (converted >= 0) {
                    result.put(name, Integer.toString(converted));
                }
            }
        }
        return result;
    }
}
