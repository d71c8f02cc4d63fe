package org.corroborate.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.annotation.AnnotationImportService;
import org.corroborate.annotation.ImportedAnnotation;
import org.corroborate.article.ArticleDraft;
import org.corroborate.article.ArticleImportResult;
import org.corroborate.article.ArticleMetadata;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.article.ArticleValidationException;
import org.corroborate.project.ProjectAccess;
import org.corroborate.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings article files into a project, all or nothing: every file is checked first, and if any is refused
 * nothing of the upload is stored. Files that carry annotations (a Corroborate export, brat standoff) bring them
 * into the sets of the annotators they name; that needs a manager or curator, since it writes other people's
 * sets. The web upload and the headless {@code import} command both use it.
 */
@Service
public class ImportService {

    private final ArticleService articleService;
    private final AnnotationImportService annotationImports;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final ImportProperties properties;

    ImportService(
            ArticleService articleService,
            AnnotationImportService annotationImports,
            ProjectAccess access,
            CurrentUser currentUser,
            ImportProperties properties) {
        this.articleService = articleService;
        this.annotationImports = annotationImports;
        this.access = access;
        this.currentUser = currentUser;
        this.properties = properties;
    }

    public ImportLimits limits() {
        return properties.limits();
    }

    /** The fields a CSV column can be mapped to: text (required), title, outlet, url, author, published. */
    public static List<String> csvFields() {
        return CsvArticles.FIELDS;
    }

    /** The column names of the first CSV file among these (for the column mapping dialog); empty when none. */
    public List<String> csvColumns(List<UploadedFile> files) {
        CsvArticles csv = new CsvArticles(Map.of());
        return files.stream()
                .filter(f -> csv.accepts(f.name()))
                .findFirst()
                .map(f -> CsvArticles.header(f.content()))
                .orElse(List.of());
    }

    /** The column each field would be read from without a mapping (same name, ignoring case). */
    public static Map<String, String> defaultCsvMapping(List<String> columns) {
        return CsvArticles.columns(columns, Map.of());
    }

    /** @throws ImportRejectedException naming every refused file and the reason; nothing is stored then */
    @Transactional
    public ImportReport importFiles(long projectId, List<UploadedFile> files) {
        return importFiles(projectId, files, Map.of());
    }

    /**
     * @param csvMapping for CSV files: field (text, title, outlet, url, author, published) → the file's column
     * @throws ImportRejectedException naming every refused file and the reason; nothing is stored then
     */
    @Transactional
    public ImportReport importFiles(long projectId, List<UploadedFile> files, Map<String, String> csvMapping) {
        access.requireEditArticles(projectId);
        if (files.isEmpty()) {
            throw new ImportRejectedException(List.of(new ImportProblem("(upload)", "no files were given")));
        }
        List<TextFile> texts = new ArticleFileReader(properties.limits(), csvMapping).read(files);
        List<ArticleDraft> drafts = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, List<ImportedAnnotation>> spansOf = new HashMap<>();
        List<AnnotationImportService.ArticleSpans> toCheck = new ArrayList<>();
        List<TextFile> checked = new ArrayList<>();
        boolean anySpans = texts.stream().anyMatch(t -> !t.spans().isEmpty());
        if (anySpans && !access.requireView(projectId).canExport()) {
            throw new ImportRejectedException(
                    List.of(
                            new ImportProblem(
                                    "(upload)",
                                    "the files hold annotations, which only"
                                            + " the project's managers and curators can import (they go into the annotators' own sets)")));
        }
        for (TextFile text : texts) {
            ArticleDraft draft = text.verbatim()
                    ? ArticleDraft.verbatim(text.sourceName(), text.text(), text.title() == null ? "" : text.title())
                    : withTitle(
                            ArticleDraft.of(
                                    text.sourceName(),
                                    text.text(),
                                    text.charset().name()),
                            text);
            if (draft.cleanedText().isBlank()) {
                problems.add(new ImportProblem(text.sourceName(), "nothing is left after removing web noise"));
            }
            if (!text.charset().equals(StandardCharsets.UTF_8)) {
                notes.add(
                        text.sourceName() + " was decoded as " + text.charset().name());
            }
            if (!text.spans().isEmpty()) {
                List<ImportedAnnotation> spans =
                        text.spans().stream().map(this::withAnnotator).toList();
                toCheck.add(new AnnotationImportService.ArticleSpans(0, draft.cleanedText(), spans));
                checked.add(text);
                spansOf.put(text.sourceName(), spans);
            }
            drafts.add(draft);
        }
        if (!toCheck.isEmpty()) {
            List<Map<Integer, String>> spanProblems = annotationImports.problems(projectId, toCheck);
            for (int i = 0; i < spanProblems.size(); i++) {
                TextFile text = checked.get(i);
                spanProblems
                        .get(i)
                        .forEach((index, reason) ->
                                problems.add(new ImportProblem(text.spanPlaces().get(index), reason)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        ArticleImportResult result = articleService.addArticles(projectId, drafts);
        Map<String, ArticleSummary> stored = new HashMap<>();
        result.imported().forEach(a -> stored.put(a.sourceName(), a));
        List<AnnotationImportService.ArticleSpans> toStore = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            TextFile text = texts.get(t);
            ArticleSummary article = stored.get(text.sourceName());
            if (article == null) {
                if (!text.spans().isEmpty()) {
                    notes.add("the annotations of " + text.sourceName() + " were not imported with its duplicate text");
                }
                continue;
            }
            ArticleFacts facts = text.facts();
            if (!facts.isEmpty()) {
                try {
                    articleService.updateMetadata(
                            projectId,
                            article.id(),
                            0,
                            ArticleMetadata.of(
                                    article.title(), facts.outlet(), facts.url(), facts.author(), facts.published()));
                } catch (ArticleValidationException e) {
                    throw new ImportRejectedException(List.of(new ImportProblem(text.sourceName(), e.getMessage())));
                }
            }
            List<ImportedAnnotation> spans = spansOf.get(text.sourceName());
            if (spans != null) {
                toStore.add(new AnnotationImportService.ArticleSpans(
                        article.id(), drafts.get(t).cleanedText(), spans));
            }
        }
        int annotations = toStore.isEmpty() ? 0 : annotationImports.store(projectId, toStore);
        if (annotations > 0) {
            notes.add(annotations + (annotations == 1 ? " annotation" : " annotations") + " imported");
        }
        return new ImportReport(result.imported(), result.duplicates(), notes);
    }

    private ImportedAnnotation withAnnotator(ImportedAnnotation a) {
        if (!a.annotator().isBlank()) {
            return a;
        }
        return new ImportedAnnotation(
                currentUser.requireUsername(),
                a.layer(),
                a.label(),
                a.start(),
                a.end(),
                a.attributes(),
                a.frame(),
                a.suggestedBy(),
                a.review());
    }

    private static ArticleDraft withTitle(ArticleDraft draft, TextFile text) {
        if (text.title() == null || text.title().isBlank()) {
            return draft;
        }
        return new ArticleDraft(
                draft.sourceName(),
                draft.charset(),
                draft.rawText(),
                text.title().strip(),
                draft.cleanedText(),
                draft.removedSegments(),
                draft.fingerprint(),
                draft.wordCount());
    }
}
