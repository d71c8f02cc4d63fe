package org.corroborate.imports;

import java.util.List;
import org.corroborate.article.ArticleImportResult;
import org.corroborate.article.ArticleSummary;

/** The outcome of an accepted import: what was stored, what was skipped as a duplicate, and notes. */
public record ImportReport(
        List<ArticleSummary> imported, List<ArticleImportResult.SkippedDuplicate> duplicates, List<String> notes) {

    /** One line for a notification or the command line. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(imported.size() == 1 ? "1 article imported" : imported.size() + " articles imported");
        if (!duplicates.isEmpty()) {
            s.append("; ")
                    .append(duplicates.size())
                    .append(duplicates.size() == 1 ? " duplicate" : " duplicates")
                    .append(" skipped (");
            s.append(String.join(
                    "; ",
                    duplicates.stream()
                            .map(d -> d.sourceName() + " is the same text as \u201c" + d.duplicateOf() + "\u201d")
                            .toList()));
            s.append(")");
        }
        if (!notes.isEmpty()) {
            s.append("; ").append(String.join("; ", notes));
        }
        return s.append('.').toString();
    }
}
