package org.corroborate.annotation;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.labels.LabelSet;
import org.corroborate.scheme.Attribute;
import org.corroborate.scheme.Attributes;

/**
 * Checks a requested span against the text, the project's labels and the scheme's declared attributes
 * ({@link Attributes}: closed values). Plain Java.
 */
public final class SpanRules {

    private SpanRules() {}

    /**
     * The request with its span trimmed of surrounding white space.
     *
     * @throws AnnotationValidationException for a span outside the text, an empty or blank span, a label
     *     not in the project's set, or an attribute value outside its closed set
     */
    public static SpanRequest check(SpanRequest request, String text, LabelSet labels) {
        int start = request.start();
        int end = request.end();
        if (start < 0 || end > text.length() || start > end) {
            throw new AnnotationValidationException(
                    "The span " + start + "–" + end + " lies outside the article's text (0–" + text.length() + ").");
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new AnnotationValidationException("An empty span cannot be annotated: select some text first.");
        }
        if (Character.isLowSurrogate(text.charAt(start))
                || (end < text.length() && Character.isLowSurrogate(text.charAt(end)))) {
            throw new AnnotationValidationException("The span cuts a character in half.");
        }
        checkLabel(request, labels);
        Map<String, String> attributes = checkAttributes(request.attributes());
        return new SpanRequest(request.layer(), request.label(), start, end, attributes, request.frameId());
    }

    static void checkLabel(SpanRequest request, LabelSet labels) {
        if (labels.find(request.layer(), request.label()).isEmpty()) {
            throw new AnnotationValidationException("'" + request.label() + "' is not a label of the "
                    + request.layer().code() + " layer in this project.");
        }
    }

    static Map<String, String> checkAttributes(Map<String, String> attributes) {
        Map<String, String> kept = new HashMap<>();
        attributes.forEach((name, value) -> {
            if (value.isBlank()) {
                return; // blank means "not given"
            }
            Attribute declared = Attributes.named(name).orElse(null);
            if (declared != null && !declared.allows(value)) {
                throw new AnnotationValidationException("'" + value + "' is not a valid " + name + " (one of "
                        + String.join(", ", declared.values()) + ").");
            }
            if (value.length() > 4000) {
                throw new AnnotationValidationException("The " + name + " is longer than 4000 characters.");
            }
            kept.put(name, value);
        });
        return kept;
    }

    /** Attributes that point into the text (the reason for anonymity) must point inside it. */
    static void checkTextAttributes(Map<String, String> attributes, String text) {
        String start = attributes.get(Attributes.REASON_START);
        String end = attributes.get(Attributes.REASON_END);
        if (start == null && end == null) {
            return;
        }
        try {
            int s = Integer.parseInt(start == null ? "" : start);
            int e = Integer.parseInt(end == null ? "" : end);
            if (s < 0 || e <= s || e > text.length()) {
                throw new AnnotationValidationException("The reason for anonymity [" + s + ", " + e
                        + ") is outside the text (" + text.length() + " characters).");
            }
        } catch (NumberFormatException ex) {
            throw new AnnotationValidationException("The reason for anonymity needs both a start and an end offset.");
        }
    }
}
