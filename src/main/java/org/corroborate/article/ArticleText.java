package org.corroborate.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain-text facts about an article's text: its title line, word count and content fingerprint. */
public final class ArticleText {

    /** A first line longer than this is body text, not a headline (seed files sometimes lack one). */
    static final int HEADLINE_MAX_LENGTH = 200;

    static final int DERIVED_TITLE_LENGTH = 120;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");
    /** Up to the first . ! or ? before a capital or the end, not after an initial or a title ("U.S.", "Mr."). */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?(?<!\\b\\p{Lu})"
            + "(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|Inc|Corp|Co|No|vs|Prof|Rev))[.!?])"
            + "(?=\\s+[^\\p{Ll}]|$)");

    private ArticleText() {}

    /** The headline when the first non-blank line is one; else a title made from the first sentence. */
    public static Title title(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        if (firstLine.isEmpty()) {
            return new Title("(untitled)", false);
        }
        if (firstLine.length() <= HEADLINE_MAX_LENGTH) {
            return new Title(firstLine, true);
        }
        Matcher sentence = FIRST_SENTENCE.matcher(firstLine);
        String candidate = sentence.find() ? sentence.group(1) : firstLine;
        return new Title(shorten(candidate), false);
    }

    public static int wordCount(String text) {
        Matcher m = WORD.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** SHA-256 of the text with whitespace runs folded, so re-wrapped copies count as the same article. */
    public static String fingerprint(String text) {
        String folded = text.strip().replaceAll("\\s+", " ");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String shorten(String s) {
        if (s.length() <= DERIVED_TITLE_LENGTH) {
            return s;
        }
        int cut = s.lastIndexOf(' ', DERIVED_TITLE_LENGTH - 1);
        return s.substring(0, cut > DERIVED_TITLE_LENGTH / 2 ? cut : DERIVED_TITLE_LENGTH - 1)
                        .strip() + "…";
    }

    /** @param fromHeadline true when the text's first line is the headline (and so shown as one) */
    public record Title(String text, boolean fromHeadline) {}
}
