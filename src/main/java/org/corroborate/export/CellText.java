package org.corroborate.export;

/**
 * What may go into one spreadsheet or CSV cell as text. Plain Java.
 *
 * <p>Formula injection (OWASP): a text cell that starts with {@code = + - @}, a tab or a carriage return
 * can run as a formula when a spreadsheet opens the file. In .xlsx such cells get the "quote prefix"
 * style (Excel's own apostrophe: shown and kept as text, the value unchanged); in CSV the text itself gets
 * a leading apostrophe. Real numbers are never text, so a negative number is never escaped.
 */
public final class CellText {

    /** Excel's limit of characters in one cell. */
    public static final int MAX_CELL_CHARS = 32_767;

    private CellText() {}

    /** True when a spreadsheet could read this text as a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as it goes into a CSV field: an apostrophe before anything that could be a formula. */
    public static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** The text cut to Excel's cell limit, without splitting a surrogate pair. */
    public static Fitted fit(String text) {
        return fit(text, MAX_CELL_CHARS);
    }

    static Fitted fit(String text, int max) {
        if (text.length() <= max) {
            return new Fitted(text, false);
        }
        int cut = max;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return new Fitted(text.substring(0, cut), true);
    }

    /** A cell's text and whether it had to be cut. */
    public record Fitted(String text, boolean truncated) {}
}
