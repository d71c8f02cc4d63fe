package org.corroborate.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corroborate.annotation.ImportedAnnotation;
import org.jspecify.annotations.Nullable;

/**
 * One article read from a file.
 *
 * @param sourceName the upload name, {@code archive.zip!folder/entry.txt} for an archive entry, and for files of
 *     many articles the line or row ({@code data.jsonl:3})
 * @param text the text exactly as decoded or extracted (a byte-order mark removed, nothing else changed)
 * @param charset how it was decoded
 * @param verbatim true when the text must be stored as it is (annotations point into it): no cleaning
 * @param title the headline the file gives, or null to take the text's first line
 * @param spans annotations the file brings (annotator blank: the importing user)
 * @param spanPlaces where each span is in the file, for error messages
 */
public record TextFile(
        String sourceName,
        String text,
        Charset charset,
        boolean verbatim,
        @Nullable String title,
        ArticleFacts facts,
        List<ImportedAnnotation> spans,
        List<String> spanPlaces) {

    public TextFile {
        spans = List.copyOf(spans);
        spanPlaces = List.copyOf(spanPlaces);
    }

    public TextFile(String sourceName, String text, Charset charset) {
        this(sourceName, text, charset, false, null, ArticleFacts.NONE, List.of(), List.of());
    }

    /** An article from a structured file (JSON Lines, CSV, workbook, HTML, DOCX): UTF-8 by construction. */
    static TextFile structured(
            String sourceName,
            String text,
            boolean verbatim,
            @Nullable String title,
            ArticleFacts facts,
            List<ImportedAnnotation> spans,
            List<String> places) {
        return new TextFile(sourceName, text, StandardCharsets.UTF_8, verbatim, title, facts, spans, places);
    }
}
