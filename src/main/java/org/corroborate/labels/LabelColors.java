package org.corroborate.labels;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How legible a label colour is where the editor draws it: as a 2 px underline and swatch on the white page
 * (WCAG 1.4.11: graphics at least 3:1), and as the highlight tint behind the article text (WCAG 1.4.3: text at
 * least 4.5:1). WCAG 2 relative luminance and contrast ratio; plain Java.
 */
public final class LabelColors {

    /** The share of the label colour in a saved span's highlight (annotation-editor.ts draws the same mix). */
    public static final double HIGHLIGHT_SHARE = 0.22;
    /** Lumo's body text colour as it lands on the page: hsla(214, 40%, 16%, 0.94) over white. */
    public static final String BODY_TEXT = "#263445";

    public static final String PAGE = "#ffffff";
    public static final double MIN_GRAPHIC_CONTRAST = 3.0;
    public static final double MIN_TEXT_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private LabelColors() {}

    /**
     * Why a label colour cannot be used, if it cannot: too light to see as an underline on the page, or a highlight
     * too dark to read the text on.
     */
    public static Optional<String> problem(String color) {
        if (!HEX.matcher(color).matches()) {
            return Optional.empty(); // the format is checked separately
        }
        double onPage = contrast(color, PAGE);
        if (onPage < MIN_GRAPHIC_CONTRAST) {
            return Optional.of(String.format(
                    java.util.Locale.ROOT,
                    "%s is too light to see as an underline on the white page (contrast %.1f:1, at least %.0f:1 needed):"
                            + " choose a darker shade.",
                    color,
                    onPage,
                    MIN_GRAPHIC_CONTRAST));
        }
        double text = contrast(BODY_TEXT, highlight(color));
        if (text < MIN_TEXT_CONTRAST) {
            return Optional.of(String.format(
                    java.util.Locale.ROOT,
                    "Text on a %s highlight is hard to read (contrast %.1f:1, at least %.1f:1 needed).",
                    color,
                    text,
                    MIN_TEXT_CONTRAST));
        }
        return Optional.empty();
    }

    /** The highlight behind a saved span: the label colour mixed into the white page, channel by channel in sRGB. */
    public static String highlight(String color) {
        int[] c = rgb(color);
        int[] w = rgb(PAGE);
        StringBuilder hex = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            hex.append(String.format("%02x", Math.round(c[i] * HIGHLIGHT_SHARE + w[i] * (1 - HIGHLIGHT_SHARE))));
        }
        return hex.toString();
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours, 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance. */
    static double luminance(String color) {
        int[] c = rgb(color);
        return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
    }

    /** sRGB channel 0..255 to linear light 0..1. */
    public static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    public static int[] rgb(String color) {
        return new int[] {
            Integer.parseInt(color.substring(1, 3), 16),
            Integer.parseInt(color.substring(3, 5), 16),
            Integer.parseInt(color.substring(5, 7), 16)
        };
    }
}
