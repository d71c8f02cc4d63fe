package org.corroborate.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.corroborate.agreement.AgreementService;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.LabelChoice;
import org.corroborate.export.SplitRatios;
import org.corroborate.imports.ImportReport;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /api/v1}: projects, articles with their labels, the dataset export and imports, as the token's user. Thin:
 * parameters in, a service call, records out; the services check access.
 */
@RestController
@RequestMapping("/api/v1")
class ApiV1Controller {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ApiQueries queries;
    private final ImportService imports;

    ApiV1Controller(ApiQueries queries, ImportService imports) {
        this.queries = queries;
        this.imports = imports;
    }

    /** The projects the token's user belongs to (site admins: all). */
    @GetMapping("/projects")
    List<ApiModels.Project> projects() {
        return queries.projects();
    }

    @GetMapping("/projects/{projectId}/articles")
    List<ApiModels.ArticleSummary> articles(@PathVariable long projectId) {
        return queries.articles(projectId);
    }

    /** The article's text and the label sets the user may see ({@code labels}: gold, annotators or both). */
    @GetMapping("/projects/{projectId}/articles/{articleId}")
    ApiModels.Article article(
            @PathVariable long projectId,
            @PathVariable long articleId,
            @RequestParam(defaultValue = "both") String labels) {
        return queries.article(projectId, articleId, LabelChoice.fromCode(labels));
    }

    /**
     * Inter-annotator agreement, as on the agreement page (curators and managers): per layer Fleiss' kappa,
     * Krippendorff's alpha, unitizing alpha, frame alpha, Cohen's kappa per pair, figures per label and per article,
     * each with the units it rests on. By default only comparable work: finished sets, on articles every compared
     * annotator finished; {@code unfinishedSets} and {@code allArticles} widen it.
     *
     * @param layers comma-separated layer codes; all layers when absent
     * @param annotators comma-separated usernames (two or more); everyone with a set when absent
     */
    @GetMapping("/projects/{projectId}/agreement")
    ApiModels.Agreement agreement(
            @PathVariable long projectId,
            @RequestParam(required = false) @Nullable String layers,
            @RequestParam(required = false) @Nullable String annotators,
            @RequestParam(defaultValue = "false") boolean unfinishedSets,
            @RequestParam(defaultValue = "false") boolean allArticles) {
        List<Layer> chosen = new ArrayList<>();
        if (layers != null && !layers.isBlank()) {
            for (String code : layers.split(",")) {
                chosen.add(Layer.fromCode(code));
            }
        }
        List<String> who = annotators == null || annotators.isBlank()
                ? List.of()
                : java.util.Arrays.stream(annotators.split(","))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
        return queries.agreement(projectId, chosen, who, new AgreementService.Comparison(unfinishedSets, allArticles));
    }

    /**
     * The dataset export with the export page's options: an .xlsx workbook, or a zip of JSON Lines or CSV files.
     * Written to a temporary file first (so a refusal is a clean problem response), then streamed and deleted.
     */
    @GetMapping("/projects/{projectId}/export")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable long projectId,
            @RequestParam String format,
            @RequestParam(defaultValue = "annotators") String labels,
            @RequestParam(required = false) @Nullable String split,
            @RequestParam(defaultValue = "0") long seed,
            @RequestParam(required = false) @Nullable String layers,
            @RequestParam(defaultValue = "false") boolean tokens,
            @RequestParam(defaultValue = "false") boolean pseudonyms,
            @RequestParam(defaultValue = "false") boolean pendingSuggestions,
            @RequestParam(defaultValue = "false") boolean suggestionStats,
            @RequestParam(defaultValue = "false") boolean bom,
            @RequestParam(defaultValue = "false") boolean uncurated,
            @RequestParam(defaultValue = "false") boolean unfinished) {
        ExportFormat exportFormat = ExportFormat.fromCode(format);
        ExportOptions options = ExportOptions.defaults(exportFormat)
                .withLabels(LabelChoice.fromCode(labels))
                .withTokens(tokens)
                .withPseudonyms(pseudonyms)
                .withSuggestions(pendingSuggestions, suggestionStats)
                .withCsvBom(bom)
                .withUnfinishedWork(uncurated, unfinished);
        if (split != null && !split.isBlank()) {
            options = options.withSplit(SplitRatios.parse(split), seed);
        }
        if (layers != null && !layers.isBlank()) {
            Set<Layer> chosen = EnumSet.noneOf(Layer.class);
            for (String code : layers.split(",")) {
                chosen.add(Layer.fromCode(code));
            }
            options = options.withLayers(chosen);
        }
        Path file = queries.export(projectId, options);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            ApiQueries.deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
        boolean xlsx = exportFormat == ExportFormat.XLSX;
        String name = "project-" + projectId + (xlsx ? ".xlsx" : "-" + exportFormat.extension() + ".zip");
        StreamingResponseBody body = out -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            } finally {
                ApiQueries.deleteQuietly(file);
            }
        };
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : MediaType.parseMediaType("application/zip"))
                .contentLength(size)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    /**
     * Imports article files (multipart, part name {@code files}, any import format) all or nothing: one refused file
     * and nothing is stored (422 listing every refused file).
     */
    @PostMapping(path = "/projects/{projectId}/articles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApiModels.ImportReport> importArticles(
            @PathVariable long projectId, @RequestPart("files") List<MultipartFile> files) throws IOException {
        List<UploadedFile> uploaded = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank()
                    ? file.getName()
                    : file.getOriginalFilename();
            uploaded.add(new UploadedFile(name, file.getBytes()));
        }
        ImportReport report = imports.importFiles(projectId, uploaded);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ApiModels.ImportReport(
                        report.summary(),
                        report.imported().stream()
                                .map(a -> new ApiModels.ImportedArticle(a.id(), a.title(), a.sourceName()))
                                .toList(),
                        report.duplicates().stream()
                                .map(d -> new ApiModels.Duplicate(d.sourceName(), d.duplicateOf()))
                                .toList(),
                        report.notes()));
    }
}
