package org.corroborate.article;

import java.util.List;

/**
 * An article read from a file, cleaned, before it is stored. Building one is plain Java, so imports
 * from the web, the command line and tests all clean the same way.
 */
public record ArticleDraft(
        String sourceName,
        String charset,
        String rawText,
        String title,
        String cleanedText,
        List<RemovedSegment> removedSegments,
        String fingerprint,
        int wordCount) {

    /**
     * A text taken exactly as given, without cleaning: for files whose annotations point into the text (a
     * re-imported export, brat standoff), where cleaning would move every offset.
     */
    public static ArticleDraft verbatim(String sourceName, String text, String title) {
        String headline = title.isBlank() ? ArticleText.title(text).text() : title.strip();
        return new ArticleDraft(
                sourceName,
                "UTF-8",
                text,
                headline,
                text,
                List.of(),
                ArticleText.fingerprint(text),
                ArticleText.wordCount(text));
    }

    public static ArticleDraft of(String sourceName, String rawText, String charset) {
        BoilerplateCleaner.Result cleaning = new BoilerplateCleaner().clean(rawText);
        String cleaned = cleaning.cleanedText().text();
        return new ArticleDraft(
                sourceName,
                charset,
                rawText,
                ArticleText.title(cleaned).text(),
                cleaned,
                List.copyOf(cleaning.segments()),
                ArticleText.fingerprint(cleaned),
                ArticleText.wordCount(cleaned));
    }
}
