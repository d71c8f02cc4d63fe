package org.corroborate.imports;

import java.util.List;
import java.util.Locale;

/**
 * One kind of article file the importer reads (plain text, HTML, Word, JSON Lines, CSV, Corroborate's
 * workbook, brat standoff). {@link ArticleFileReader} picks the format by the file's name from the one list
 * in {@link #all}; adding a format is a class and a line there.
 */
interface ArticleFormat {

    /** The file name endings it takes, lower case, e.g. {@code .html}. */
    List<String> extensions();

    /** How the message listing the accepted files names it. */
    String description();

    /** Files of many articles may be as large as the whole upload; single articles only as large as one file. */
    default boolean manyArticles() {
        return false;
    }

    /** Whether an empty file is fine (it is read with another file). */
    default boolean mayBeEmpty() {
        return false;
    }

    /**
     * Reads one file into articles.
     *
     * @param upload   every file of the upload, for files read together (a brat .txt and its .ann)
     * @param problems where problems of single records go
     * @throws FileProblems when the whole file cannot be read
     */
    List<TextFile> read(UploadedFile file, Upload upload, List<ImportProblem> problems) throws FileProblems;

    /** After every file is read: problems only the whole upload shows (an .ann without its .txt). */
    default void finish(Upload upload, List<ImportProblem> problems) {}

    default boolean accepts(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions().stream().anyMatch(lower::endsWith);
    }

    /**
     * Every format, in the order the accepted-files message names them.
     *
     * @param csvMapping for CSV files: field (text, title, outlet, url, author, published) → the file's column
     */
    static List<ArticleFormat> all(java.util.Map<String, String> csvMapping) {
        return List.of(
                new PlainTextArticles(),
                new HtmlArticles(),
                new DocxArticles(),
                new JsonlArticles(),
                new CsvArticles(csvMapping),
                new WorkbookArticles(),
                new BratArticles());
    }
}
