package org.corroborate.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.article.ArticleDraft;
import org.corroborate.article.ArticleImportResult;
import org.corroborate.article.ArticleService;
import org.corroborate.project.ProjectAccess;
import org.springframework.stereotype.Service;

/**
 * Brings article files into a project, all or nothing: every file is checked first, and if any is refused
 * nothing of the upload is stored. The web upload and the headless {@code import} command both use it.
 */
@Service
public class ImportService {

    private final ArticleService articleService;
    private final ProjectAccess access;
    private final ImportProperties properties;

    ImportService(ArticleService articleService, ProjectAccess access, ImportProperties properties) {
        this.articleService = articleService;
        this.access = access;
        this.properties = properties;
    }

    public ImportLimits limits() {
        return properties.limits();
    }

    /** @throws ImportRejectedException naming every refused file and the reason; nothing is stored then */
    public ImportReport importFiles(long projectId, List<UploadedFile> files) {
        access.requireEditArticles(projectId);
        if (files.isEmpty()) {
            throw new ImportRejectedException(List.of(new ImportProblem("(upload)", "no files were given")));
        }
        List<TextFile> texts = new ArticleFileReader(properties.limits()).read(files);
        List<ArticleDraft> drafts = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (TextFile text : texts) {
            ArticleDraft draft = ArticleDraft.of(text.sourceName(), text.text(), text.charset().name());
            if (draft.cleanedText().isBlank()) {
                problems.add(new ImportProblem(text.sourceName(), "nothing is left after removing web noise"));
            }
            if (!text.charset().equals(StandardCharsets.UTF_8)) {
                notes.add(text.sourceName() + " was decoded as " + text.charset().name());
            }
            drafts.add(draft);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        ArticleImportResult result = articleService.addArticles(projectId, drafts);
        return new ImportReport(result.imported(), result.duplicates(), notes);
    }
}
