package org.corroborate.imports;

import java.util.List;

/** Plain text files in any common encoding; with an .ann file of the same name, brat standoff. */
final class PlainTextArticles implements ArticleFormat {

    @Override
    public List<String> extensions() {
        return List.of(".txt");
    }

    @Override
    public String description() {
        return ".txt";
    }

    @Override
    public List<TextFile> read(UploadedFile file, Upload upload, List<ImportProblem> problems) throws FileProblems {
        TextFile text;
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(file.content());
            text = new TextFile(file.name(), decoded.text(), decoded.charset());
        } catch (TextDecoder.RefusedException e) {
            upload.companion(file.name(), BratArticles.ANN); // read with it, though it cannot be used
            problems.add(new ImportProblem(file.name(), e.getMessage()));
            return List.of();
        }
        UploadedFile ann = upload.companion(file.name(), BratArticles.ANN).orElse(null);
        return List.of(ann == null ? text : BratArticles.read(text, ann.name(), ann.content()));
    }
}
