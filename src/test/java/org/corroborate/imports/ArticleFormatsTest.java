package org.corroborate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.corroborate.annotation.ImportedAnnotation;
import org.corroborate.annotation.SuggestionReview;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

/** Every import format and its bad inputs, read without storing (the storing is in ImportFormatsIT). */
class ArticleFormatsTest {

    private final ArticleFileReader reader = new ArticleFileReader(ImportLimits.defaults());

    private static UploadedFile file(String name, String content) {
        return new UploadedFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private List<ImportProblem> refused(UploadedFile... files) {
        try {
            reader.read(List.of(files));
        } catch (ImportRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the upload was accepted");
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void html_keeps_the_main_text_as_text_and_drops_scripts_and_navigation() {
        TextFile page = reader.read(List.of(file("page.html", """
                <html><head><title>Site | Story</title><script>alert('x')</script></head><body>
                <nav>Home News Sport</nav><header>Subscribe now</header>
                <article><h1>Leaders meet in Washington</h1><p>Officials said <b>talks</b> went well.</p>
                <p>&lt;script&gt; is shown as text.</p></article><footer>© Site</footer></body></html>
                """))).getFirst();
        assertThat(page.title()).isEqualTo("Leaders meet in Washington");
        assertThat(page.text())
                .startsWith("Leaders meet in Washington\n\nOfficials said talks went well.")
                .contains("<script> is shown as text.")
                .doesNotContain("alert")
                .doesNotContain("Home News")
                .doesNotContain("Subscribe")
                .doesNotContain("© Site");
        assertThat(page.verbatim()).isFalse();
    }

    @Test
    void docx_paragraphs_become_the_text_and_the_first_one_the_headline() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Ceasefire talks resume");
            doc.createParagraph().createRun().setText("Negotiators met on Monday, officials said.");
            doc.write(out);
        }
        TextFile article = reader.read(List.of(new UploadedFile("story.docx", out.toByteArray())))
                .getFirst();
        assertThat(article.title()).isEqualTo("Ceasefire talks resume");
        assertThat(article.text()).isEqualTo("Ceasefire talks resume\n\nNegotiators met on Monday, officials said.\n");
    }

    @Test
    void a_damaged_docx_is_refused_with_the_reason() {
        assertThat(refused(file("broken.docx", "not a zip")))
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("broken.docx: not a readable Word document"));
    }

    @Test
    void jsonl_lines_with_spans_are_verbatim_and_offsets_in_code_points_become_utf16() {
        TextFile article = reader.read(List.of(file("data.jsonl", """
                {"title":"T","text":"\uD83D\uDE00 Officials said so.","published":"2025-08-19","spans":[{"start":2,"end":11,"layer":"source","label":"unnamed-group","annotator":"ann","detector":"sources","review":"accepted"}]}
                """))).getFirst();
        assertThat(article.verbatim()).isTrue();
        assertThat(article.facts().published()).hasToString("2025-08-19");
        ImportedAnnotation span = article.spans().getFirst();
        assertThat(article.text().substring(span.start(), span.end())).isEqualTo("Officials");
        assertThat(span.layer()).isEqualTo(Layer.SOURCE);
        assertThat(span.review()).isEqualTo(SuggestionReview.ACCEPTED);
        assertThat(article.sourceName()).isEqualTo("data.jsonl line 1");
    }

    @Test
    void malformed_jsonl_is_refused_naming_each_line() {
        List<ImportProblem> problems = refused(file("bad.jsonl", """
                {"text":"Fine article."}
                {"text": unquoted}
                {"title":"no text"}
                {"text":"Short.","spans":[{"start":0,"end":99,"layer":"claim","label":"factual"}]}
                {"text":"Short.","spans":[{"start":0,"end":3,"layer":"colour","label":"red"}]}
                {"text":"Short.","published":"19/08/2025"}
                """));
        assertThat(problems)
                .extracting(ImportProblem::sourceName)
                .containsExactly(
                        "bad.jsonl line 2",
                        "bad.jsonl line 3",
                        "bad.jsonl line 4 span 1",
                        "bad.jsonl line 5 span 1",
                        "bad.jsonl line 6");
        assertThat(problems.get(0).reason()).startsWith("not valid JSON");
        assertThat(problems.get(1).reason()).isEqualTo("the line has no \"text\"");
        assertThat(problems.get(2).reason()).contains("outside the text (0–6)");
        assertThat(problems.get(3).reason()).contains("'colour' is not a layer");
        assertThat(problems.get(4).reason()).contains("not a date");
    }

    @Test
    void csv_columns_are_found_by_name_or_by_the_mapping_and_the_formula_apostrophe_is_removed() {
        String csv = "Headline,Body,Published\r\n\"A, title\",\"'=1+1 said the minister.\",2025-08-19\r\n";
        TextFile article = new ArticleFileReader(ImportLimits.defaults(), Map.of("text", "Body", "title", "Headline"))
                .read(List.of(file("a.csv", csv)))
                .getFirst();
        assertThat(article.title()).isEqualTo("A, title");
        assertThat(article.text()).isEqualTo("=1+1 said the minister.");
        assertThat(article.sourceName()).isEqualTo("a.csv line 2");
    }

    @Test
    void csv_without_a_text_column_or_with_a_bad_row_is_refused() {
        assertThat(refused(file("a.csv", "title,body\r\nT,B\r\n")))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("no 'text' column (columns: title, body)"));
        assertThat(refused(file("b.csv", "text,published\r\nSome text,yesterday\r\n")))
                .singleElement()
                .satisfies(p ->
                        assertThat(p.toString()).isEqualTo("b.csv line 2: 'yesterday' is not a date (yyyy-mm-dd)"));
        assertThat(refused(file("c.csv", "text\r\n\"unclosed\r\n")))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("not a valid CSV file"));
    }

    @Test
    void brat_standoff_makes_attribution_frames_from_events_with_discontinuous_contents() {
        String text = "Peace is near, the minister said, and talks resume.";
        String ann = String.join(
                "\n",
                "T1\tunnamed-individual 15 27\tthe minister",
                "T2\tCue 28 32\tsaid",
                "T3\tContent 0 13;38 50\tPeace is near talks resume",
                "T4\tFigure-date 38 43\ttalks",
                "E1\tCue:T2 Source:T1 Content:T3",
                "A1\tcertainty T2 asserted",
                "#1\tAnnotatorNotes T1\tignored",
                "");
        TextFile article = reader.read(List.of(file("story.txt", text), file("story.ann", ann)))
                .getFirst();
        assertThat(article.verbatim()).isTrue();
        assertThat(article.spans())
                .extracting(s ->
                        s.layer().code() + ":" + s.label() + ":" + text.substring(s.start(), s.end()) + ":" + s.frame())
                .containsExactly(
                        "source:unnamed-individual:the minister:null",
                        "attribution:source:the minister:E1",
                        "attribution:cue:said:E1",
                        "attribution:content:Peace is near:E1",
                        "attribution:content:talks resume:E1",
                        "figure:date:talks:null");
        assertThat(article.spans().get(2).attributes()).containsEntry("certainty", "asserted");
    }

    @Test
    void bad_brat_files_are_refused_naming_the_line() {
        String text = "The minister said other things.";
        assertThat(refused(file("a.txt", text), file("a.ann", "T1\tother 0 3\tThe\n")))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("is a label of several layers"));
        assertThat(refused(file("b.txt", text), file("b.ann", "T1\tnamed-person 0 3;4 12\tThe minister\n")))
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("b.ann line 1 (T1): only attribution contents"));
        assertThat(refused(file("c.txt", text), file("c.ann", "T1\tCue 13 17\tsaid\nE1\tCue:T1 Speaker:T1\n")))
                .singleElement()
                .satisfies(
                        p -> assertThat(p.toString()).startsWith("c.ann line 2: 'Speaker' is not an attribution role"));
        assertThat(refused(file("d.txt", text), file("d.ann", "T1\tCue 13 99\tsaid\n")))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("outside the text"));
        assertThat(refused(file("e.ann", "T1\tCue 0 3\tThe\n")))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("needs its .txt"));
    }

    @Test
    void a_zip_may_hold_any_of_the_formats() throws IOException {
        byte[] zip = zip(Map.of(
                "a.jsonl",
                "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n".getBytes(StandardCharsets.UTF_8),
                "b.html",
                "<p>Three.</p>".getBytes(StandardCharsets.UTF_8),
                "c.txt",
                "Four.".getBytes(StandardCharsets.UTF_8),
                "c.ann",
                "T1\tCue 0 4\tFour\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(reader.read(List.of(new UploadedFile("all.zip", zip)))).hasSize(4);
    }

    @Test
    void a_workbook_that_is_not_a_corroborate_export_or_a_zip_bomb_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
            book.write(out);
        }
        assertThat(refused(new UploadedFile("other.xlsx", out.toByteArray())))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("not a Corroborate export"));
        // A "workbook" whose sheet inflates 1000:1: POI's zip-bomb guard refuses it before it is parsed.
        byte[] bomb = zip(Map.of(
                "[Content_Types].xml",
                "<Types/>".getBytes(StandardCharsets.UTF_8),
                "xl/worksheets/sheet1.xml",
                " ".repeat(20_000_000).getBytes(StandardCharsets.UTF_8)));
        assertThat(refused(new UploadedFile("bomb.xlsx", bomb)))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("zip-bomb guard"));
    }

    @Test
    void an_oversized_workbook_is_refused_before_it_is_opened() {
        ArticleFileReader small = new ArticleFileReader(new ImportLimits(1024, 4096, 10, 100));
        assertThatThrownBy(() -> small.read(List.of(new UploadedFile("big.xlsx", new byte[5000]))))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("over the 4.0 KB limit");
    }
}
