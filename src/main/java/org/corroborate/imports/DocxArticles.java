package org.corroborate.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Word documents (.docx): the paragraphs' text, the first non-empty one as the headline, cleaned like a .txt
 * file. POI's zip-bomb guard is on (see {@link OfficeFiles}).
 */
final class DocxArticles implements ArticleFormat {

    DocxArticles() {}

    @Override
    public List<String> extensions() {
        return List.of(".docx");
    }

    @Override
    public String description() {
        return ".docx";
    }

    @Override
    public List<TextFile> read(UploadedFile file, Upload upload, List<ImportProblem> problems) throws FileProblems {
        return List.of(read(file.name(), file.content()));
    }

    static TextFile read(String name, byte[] content) throws FileProblems {
        OfficeFiles.guard();
        List<String> paragraphs = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                String text = paragraph.getText().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new FileProblems(name, OfficeFiles.reason("Word document", e));
        }
        if (paragraphs.isEmpty()) {
            throw new FileProblems(name, "the document has no text");
        }
        return TextFile.structured(
                name,
                String.join("\n\n", paragraphs) + "\n",
                false,
                paragraphs.getFirst(),
                ArticleFacts.NONE,
                List.of(),
                List.of());
    }
}
