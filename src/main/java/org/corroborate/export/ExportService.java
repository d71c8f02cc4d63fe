package org.corroborate.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corroborate.annotation.AnnotationReadService;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.StoredSet;
import org.corroborate.annotation.StoredSpan;
import org.corroborate.article.ArticleContent;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleStatus;
import org.corroborate.article.ArticleSummary;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.project.ProjectAccess;
import org.corroborate.project.ProjectService;
import org.corroborate.security.CurrentUser;
import org.corroborate.source.SourceEntry;
import org.corroborate.source.SourceRegistryService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Exports a project as a dataset: the workbook, JSON Lines or CSV files. Managers and curators may export
 * (they see every annotator's work anyway); annotators, instructors and students may not, since an export
 * holds everyone's labels. Articles are read page by page, each page in its own read-only transaction, and
 * handed to the writers one at a time, so memory does not grow with the project. The web app runs this as a
 * background job ({@link ExportJobs}); the headless {@code export} command calls it directly.
 */
@Service
public class ExportService {

    /** Articles read per query. */
    static final int PAGE = 50;

    private final ArticleService articles;
    private final AnnotationReadService spans;
    private final AnnotationService annotations;
    private final SourceRegistryService sources;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<GoldLabels> gold;
    private final ObjectProvider<StoryKeys> stories;
    private final List<ExportSheetContributor> contributors;

    ExportService(
            ArticleService articles,
            AnnotationReadService spans,
            AnnotationService annotations,
            SourceRegistryService sources,
            ProjectService projects,
            ProjectAccess access,
            CurrentUser currentUser,
            Clock clock,
            ObjectProvider<GoldLabels> gold,
            ObjectProvider<StoryKeys> stories,
            List<ExportSheetContributor> contributors) {
        this.articles = articles;
        this.spans = spans;
        this.annotations = annotations;
        this.sources = sources;
        this.projects = projects;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.gold = gold;
        this.stories = stories;
        this.contributors = List.copyOf(contributors);
    }

    /** Whether the current user may export this project (for views that offer the page). */
    public boolean canExport(long projectId) {
        return access.requireView(projectId).canExport();
    }

    /** Whether gold labels exist in this installation (the curation feature). */
    public boolean goldAvailable() {
        return gold.getIfAvailable() != null;
    }

    /**
     * Writes the export: an .xlsx file for {@link ExportFormat#XLSX}; for JSON Lines and CSV a folder of files,
     * or a .zip of them when {@code target} ends in ".zip".
     *
     * @throws ExportRefusedException when the options ask for what does not exist (gold labels before curation)
     * @throws ExportCancelledException when {@code progress} says so; nothing is left at {@code target} then
     */
    public ExportSummary export(long projectId, ExportOptions options, Path target, ExportProgress progress) {
        ExportData data = data(projectId, options);
        if (options.format() != ExportFormat.XLSX
                && !target.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".zip")
                && Files.exists(target)) {
            throw new ExportRefusedException(target + " already exists: name a new folder (or a .zip file) for the "
                    + options.format().extension() + " files.");
        }
        // Written beside the target and moved into place once complete: a crash (kill -9, power) mid-export never
        // leaves a file or folder under the target's name that looks like a finished export.
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        deleteQuietly(partial);
        boolean done = false;
        try {
            ExportSummary summary = switch (options.format()) {
                case XLSX -> {
                    createParent(partial);
                    try (OutputStream out = Files.newOutputStream(partial)) {
                        yield new DatasetWriter().writeXlsx(data, options, out, progress);
                    }
                }
                case JSONL, CSV -> writeFiles(data, options, partial, progress);
            };
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!done) {
                deleteQuietly(partial);
            }
        }
    }

    private ExportSummary writeFiles(ExportData data, ExportOptions options, Path target, ExportProgress progress)
            throws IOException {
        boolean zip = target.getFileName()
                .toString()
                .toLowerCase(java.util.Locale.ROOT)
                .endsWith(".zip.part");
        Path folder = zip ? Files.createTempDirectory("corroborate-export") : target;
        try {
            ExportSummary summary = options.format() == ExportFormat.JSONL
                    ? new DatasetWriter().writeJsonl(data, options, folder, progress)
                    : new DatasetWriter().writeCsv(data, options, folder, progress);
            if (zip) {
                createParent(target);
                zipFolder(folder, target);
            }
            return summary;
        } finally {
            if (zip) {
                deleteQuietly(folder);
            }
        }
    }

    /** Reads the project for the writers; checks access first, in the caller's thread. */
    ExportData data(long projectId, ExportOptions options) {
        access.requireExport(projectId);
        GoldLabels goldLabels = gold.getIfAvailable();
        List<String> notes = new ArrayList<>();
        if (options.labels().wantsGold() && goldLabels == null) {
            if (options.labels() == LabelChoice.GOLD) {
                throw new ExportRefusedException("There are no gold labels yet: gold labels come from curation, which "
                        + "this version of Corroborate does not have. Export the annotators' labels instead.");
            }
            notes.add("No gold labels yet: gold labels come from curation, which this version of Corroborate does not"
                    + " have. This export holds the annotators' labels only.");
        }
        String projectName = projects.get(projectId).name();
        Map<Long, Boolean> curated = new LinkedHashMap<>();
        for (ArticleSummary article : articles.list(projectId)) {
            curated.put(article.id(), article.status() == ArticleStatus.CURATED);
        }
        Map<Long, List<ExportedSet>> sets = labelSets(projectId, options, goldLabels != null, curated);
        boolean anyCurated = curated.containsValue(true);
        if (options.labels().wantsGold() && goldLabels != null && !anyCurated && !options.uncurated()) {
            boolean anyGold = sets.values().stream().flatMap(List::stream).anyMatch(ExportedSet::gold);
            String none = anyGold
                    ? "No article is curated yet: a gold export holds curated articles only. Curators mark an article"
                            + " curated on its curation page; or include uncurated articles."
                    : "There are no gold labels yet: no article has a gold version. Curators build it on each"
                            + " article's curation page.";
            if (options.labels() == LabelChoice.GOLD) {
                throw new ExportRefusedException(none);
            }
            notes.add(none + " This export holds the annotators' labels only.");
        }
        List<Long> ids = new ArrayList<>();
        for (Long id : articles.ids(projectId)) {
            if (ExportSelection.keepsArticle(
                    options, curated.getOrDefault(id, false), sets.getOrDefault(id, List.of()))) {
                ids.add(id);
            }
        }
        if (ids.size() < curated.size()) {
            int left = curated.size() - ids.size();
            notes.add(left + " of " + curated.size() + " articles left out: none of their label sets is "
                    + (options.labels() == LabelChoice.GOLD
                            ? "curated"
                            : options.labels() == LabelChoice.ANNOTATORS ? "finished" : "curated or finished")
                    + " (see the options to include unfinished work).");
        }
        Map<Long, String> storyKeys = new LinkedHashMap<>();
        StoryKeys storyFeature = stories.getIfAvailable();
        Map<Long, String> known = storyFeature == null ? Map.of() : storyFeature.storyKeys(projectId, ids);
        for (Long id : ids) {
            storyKeys.put(id, known.getOrDefault(id, Long.toString(id)));
        }
        Map<Long, Long> nearDuplicates = new LinkedHashMap<>();
        if (storyFeature != null) {
            storyFeature.nearDuplicateGroups(projectId).forEach((article, group) -> {
                if (storyKeys.containsKey(article)) {
                    nearDuplicates.put(article, group);
                }
            });
        }
        if (storyFeature == null && options.split() != null) {
            notes.add("Stories are not grouped yet: each article is its own story in the split.");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (ProjectLabel label : annotations.labels(projectId).labels()) {
            labels.put(label.id(), label.caption());
        }
        Map<String, String> canonical = new LinkedHashMap<>();
        for (SourceEntry source : sources.list(projectId)) {
            canonical.put(source.linkValue(), source.name());
        }
        List<ExtraSheet> extras = contributors.stream()
                .flatMap(c -> c.sheet(projectId, options).stream())
                .toList();
        String by = currentUser.username().orElse("system");
        Instant at = clock.instant();
        return new ExportData() {
            @Override
            public long projectId() {
                return projectId;
            }

            @Override
            public String projectName() {
                return projectName;
            }

            @Override
            public String exportedBy() {
                return by;
            }

            @Override
            public Instant exportedAt() {
                return at;
            }

            @Override
            public Map<String, String> labels() {
                return labels;
            }

            @Override
            public List<String> notes() {
                return notes;
            }

            @Override
            public Map<Long, String> storyKeys() {
                return storyKeys;
            }

            @Override
            public Map<Long, Long> nearDuplicateGroups() {
                return nearDuplicates;
            }

            @Override
            public Map<String, String> canonicalSourceNames() {
                return canonical;
            }

            @Override
            public List<ExtraSheet> extraSheets() {
                return extras;
            }

            @Override
            public void forEachArticle(Consumer<ArticleLabels> consumer) {
                for (int from = 0; from < ids.size(); from += PAGE) {
                    List<Long> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
                    readPage(projectId, page, options, goldLabels, curated, sets)
                            .forEach(consumer);
                }
            }
        };
    }

    /** Every article's label sets from the chosen sources (a curated article always has a gold set). */
    private Map<Long, List<ExportedSet>> labelSets(
            long projectId, ExportOptions options, boolean goldAvailable, Map<Long, Boolean> curated) {
        Map<Long, List<ExportedSet>> sets = new LinkedHashMap<>();
        for (StoredSet set : spans.setsOfProject(projectId)) {
            if (set.gold()
                    ? options.labels().wantsGold() && goldAvailable
                    : options.labels().wantsAnnotators()) {
                sets.computeIfAbsent(set.articleId(), k -> new ArrayList<>())
                        .add(
                                set.gold()
                                        ? ExportedSet.gold(curated.getOrDefault(set.articleId(), false))
                                        : ExportedSet.annotator(
                                                set.annotator(),
                                                SetStatus.valueOf(set.status().name())));
            }
        }
        if (options.labels().wantsGold() && goldAvailable) {
            curated.forEach((article, isCurated) -> {
                List<ExportedSet> of = sets.computeIfAbsent(article, k -> new ArrayList<>());
                if (isCurated && of.stream().noneMatch(ExportedSet::gold)) {
                    of.addFirst(ExportedSet.gold(true)); // curated without a gold span: its gold version is empty
                }
            });
        }
        return sets;
    }

    private List<ArticleLabels> readPage(
            long projectId,
            List<Long> page,
            ExportOptions options,
            @Nullable GoldLabels goldLabels,
            Map<Long, Boolean> curated,
            Map<Long, List<ExportedSet>> sets) {
        Map<Long, List<ExportSpan>> byArticle = new LinkedHashMap<>();
        if (options.labels().wantsAnnotators()) {
            for (StoredSpan s : spans.spansOfArticles(projectId, page)) {
                byArticle
                        .computeIfAbsent(s.articleId(), k -> new ArrayList<>())
                        .add(toExport(s.annotator(), s.annotation()));
            }
        }
        if (options.labels().wantsGold() && goldLabels != null) {
            goldLabels
                    .spansOfArticles(projectId, page)
                    .forEach((article, list) -> byArticle
                            .computeIfAbsent(article, k -> new ArrayList<>())
                            .addAll(list));
        }
        List<ArticleLabels> result = new ArrayList<>();
        for (ArticleContent a : articles.contents(projectId, page)) {
            result.add(new ArticleLabels(
                    new ExportArticle(
                            a.id(),
                            a.title(),
                            a.outlet(),
                            a.url(),
                            a.author(),
                            a.publishedDate(),
                            a.wordCount(),
                            a.importedAt(),
                            a.sourceName(),
                            a.cleanedText()),
                    curated.getOrDefault(a.id(), false),
                    sets.getOrDefault(a.id(), List.of()),
                    byArticle.getOrDefault(a.id(), List.of())));
        }
        return result;
    }

    static ExportSpan toExport(String owner, AnnotationView a) {
        return ExportSpan.of(owner, a);
    }

    private static void zipFolder(Path folder, Path zipFile) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile));
                Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    private static void createParent(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover temporary file is not worth failing the export for
        }
    }
}
