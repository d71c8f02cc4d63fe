package org.corroborate.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.corroborate.scheme.AttributeColumn;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.suggestion.CodePointOffsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one export — an .xlsx workbook, JSON Lines files or CSV files — from an {@link ExportData}, one
 * article at a time, so memory does not grow with the project. Plain Java.
 */
public final class DatasetWriter {

    /** Version of the sheets' and files' layout; the About sheet states it, the importer checks it. */
    public static final String SCHEMA_VERSION = "4";

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final List<Layer> LAYER_ORDER = List.of(Layer.CLAIM, Layer.ATTRIBUTION, Layer.SOURCE, Layer.FIGURE);

    private final int maxSheetRows;

    public DatasetWriter() {
        this(XlsxWriter.EXCEL_MAX_ROWS);
    }

    /** @param maxSheetRows Excel's row limit, smaller in tests */
    DatasetWriter(int maxSheetRows) {
        this.maxSheetRows = maxSheetRows;
    }

    // ---------------------------------------------------------------- xlsx

    public ExportSummary writeXlsx(ExportData data, ExportOptions options, OutputStream out, ExportProgress progress) {
        try (XlsxWriter xlsx = new XlsxWriter(maxSheetRows)) {
            XlsxWriter.Sheet about = xlsx.sheet(ExportSheets.ABOUT); // first tab, filled last
            Map<SheetSpec, XlsxWriter.Sheet> sheets = new LinkedHashMap<>();
            for (SheetSpec spec : ExportSheets.all()) {
                sheets.put(spec, xlsx.sheet(spec)); // every sheet, so that every workbook has the same ones
            }
            Run run = new Run(data, options);
            XlsxWriter.Sheet tokens = Objects.requireNonNull(sheets.get(ExportSheets.TOKENS), "one of all()");
            TableRows rows =
                    new TableRows(run, new LinkedHashMap<>(sheets), needed -> tokens.remainingRows() >= needed);
            int total = data.storyKeys().size();
            int[] done = {0};
            data.forEachArticle(article -> {
                checkCancelled(progress);
                Prepared p = run.prepare(article);
                if (p != null) {
                    rows.write(p);
                }
                progress.articleDone(++done[0], total);
            });
            rows.finishStats();
            if (rows.tokensLeftOut > 0) {
                xlsx.clear(tokens);
                run.notes.add("The Tokens sheet is empty: it would need more than Excel's "
                        + String.format(Locale.ROOT, "%,d", XlsxWriter.EXCEL_MAX_ROWS) + " rows per sheet (at least "
                        + String.format(Locale.ROOT, "%,d", rows.tokensWritten + rows.tokensLeftOut)
                        + " token rows). Export JSON Lines with tokens for token classification.");
            }
            for (Map.Entry<SheetSpec, ExtraSheet> extra : contributed(data).entrySet()) {
                extra.getValue()
                        .write(
                                Objects.requireNonNull(
                                        sheets.get(extra.getKey()), "contributed() checks it is" + " in the schema"),
                                run::splitOf);
            }
            writeAbout(about, run, ExportSheets.all());
            checkCancelled(progress);
            xlsx.write(out);
            Map<String, Long> counts = new LinkedHashMap<>();
            sheets.forEach((spec, sheet) -> counts.put(spec.name(), sheet.rows()));
            return new ExportSummary(run.articles, counts, run.notes, run.warnings);
        }
    }

    /** The contributed sheets that have rows, by their spec in {@link ExportSheets#CONTRIBUTED}. */
    private static Map<SheetSpec, ExtraSheet> contributed(ExportData data) {
        Map<SheetSpec, ExtraSheet> extras = new LinkedHashMap<>();
        for (ExtraSheet extra : data.extraSheets()) {
            if (!ExportSheets.CONTRIBUTED.contains(extra.spec())) {
                throw new IllegalStateException("The sheet " + extra.spec().name() + " is not in the export schema"
                        + " (ExportSheets.CONTRIBUTED); add it there and bump the schema version.");
            }
            extras.put(extra.spec(), extra);
        }
        return extras;
    }

    // ---------------------------------------------------------------- csv

    /** Writes one CSV file per sheet (and {@code about.csv}) into {@code folder}. */
    public ExportSummary writeCsv(ExportData data, ExportOptions options, Path folder, ExportProgress progress) {
        Run run = new Run(data, options);
        List<SheetSpec> specs = ExportSheets.DATA;
        Map<SheetSpec, TableSink> sinks = new LinkedHashMap<>();
        List<CsvSink> open = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (SheetSpec spec : specs) {
                CsvSink sink =
                        new CsvSink(spec, Files.newOutputStream(folder.resolve(fileName(spec))), options.csvBom());
                open.add(sink);
                sinks.put(spec, sink);
            }
            TableRows rows = new TableRows(run, sinks, null);
            int total = data.storyKeys().size();
            int[] done = {0};
            data.forEachArticle(article -> {
                checkCancelled(progress);
                Prepared p = run.prepare(article);
                if (p != null) {
                    rows.write(p);
                }
                progress.articleDone(++done[0], total);
            });
            rows.finishStats();
            Map<SheetSpec, ExtraSheet> extras = contributed(data);
            for (SheetSpec spec : ExportSheets.CONTRIBUTED) {
                try (CsvSink sink =
                        new CsvSink(spec, Files.newOutputStream(folder.resolve(fileName(spec))), options.csvBom())) {
                    ExtraSheet extra = extras.get(spec);
                    if (extra != null) {
                        extra.write(sink, run::splitOf);
                    }
                    sinks.put(spec, sink);
                }
            }
            try (CsvSink about = new CsvSink(
                    ExportSheets.ABOUT, Files.newOutputStream(folder.resolve("about.csv")), options.csvBom())) {
                writeAbout(about, run, ExportSheets.all());
            }
            writeAboutJson(data, run, folder);
            Map<String, Long> counts = new LinkedHashMap<>();
            sinks.forEach((spec, sink) -> counts.put(spec.name(), sink.rows()));
            return new ExportSummary(run.articles, counts, run.notes, run.warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.forEach(CsvSink::close);
        }
    }

    static String fileName(SheetSpec spec) {
        return spec.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".csv";
    }

    // ---------------------------------------------------------------- jsonl

    /**
     * Writes {@code train.jsonl}, {@code dev.jsonl}, {@code test.jsonl} (or {@code data.jsonl} without a split):
     * one article a line with its text and spans; with tokens also {@code tokens-<split>.jsonl}: one sentence of
     * one annotator a line with its tokens and BIO tags per layer; {@code about.json}; and for Hugging Face
     * {@code datasets} a {@code dataset_info.json} and a dataset card {@code README.md} ({@link DatasetCard}).
     */
    public ExportSummary writeJsonl(ExportData data, ExportOptions options, Path folder, ExportProgress progress) {
        Run run = new Run(data, options);
        Map<String, Writer> files = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        java.util.Set<String> attributeNames = new java.util.TreeSet<>();
        try {
            Files.createDirectories(folder);
            int total = data.storyKeys().size();
            int[] done = {0};
            data.forEachArticle(article -> {
                checkCancelled(progress);
                Prepared p = run.prepare(article);
                if (p == null) {
                    progress.articleDone(++done[0], total);
                    return;
                }
                String part = p.split == null ? "data" : p.split.code();
                writeLine(files, counts, folder, part + ".jsonl", articleJson(p, attributeNames));
                if (options.tokens()) {
                    for (Map.Entry<String, List<ExportSpan>> owner : p.byOwner().entrySet()) {
                        for (BioTagger.Sentence sentence :
                                BioTagger.tag(p.article.text(), owner.getValue(), run.layers)) {
                            writeLine(
                                    files,
                                    counts,
                                    folder,
                                    "tokens-" + part + ".jsonl",
                                    tokenJson(p, owner.getKey(), sentence, run.layers));
                        }
                    }
                }
                progress.articleDone(++done[0], total);
            });
            // The same files in every export: each split's (and its tokens') even when empty.
            List<String> parts = options.split() == null
                    ? List.of("data")
                    : java.util.Arrays.stream(Split.values()).map(Split::code).toList();
            for (String part : parts) {
                touch(files, folder, part + ".jsonl");
                if (options.tokens()) {
                    touch(files, folder, "tokens-" + part + ".jsonl");
                }
            }
            writeAboutJson(data, run, folder);
            for (Writer w : files.values()) {
                w.close();
            }
            writeCard(run, folder, parts, counts, attributeNames);
            return new ExportSummary(run.articles, counts, run.notes, run.warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Writer w : files.values()) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // the export failed already; the folder is discarded
                }
            }
        }
    }

    /** dataset_info.json and the dataset card README.md, from the closed files. */
    private static void writeCard(
            Run run, Path folder, List<String> parts, Map<String, Long> counts, java.util.Set<String> attributeNames)
            throws IOException {
        List<DatasetCard.SplitFile> articleFiles = new ArrayList<>();
        List<DatasetCard.SplitFile> tokenFiles = new ArrayList<>();
        for (String part : parts) {
            String split = part.equals("data") ? "train" : part; // datasets' name for the one split of unsplit data
            articleFiles.add(splitFile(folder, split, part + ".jsonl", counts));
            if (run.options.tokens()) {
                tokenFiles.add(splitFile(folder, split, "tokens-" + part + ".jsonl", counts));
            }
        }
        ExportOptions o = run.options;
        String options = "labels " + o.labels().code()
                + (o.labels().wantsGold()
                        ? (o.uncurated() ? ", uncurated articles included" : ", curated articles only")
                        : "")
                + (o.labels().wantsAnnotators()
                        ? (o.unfinished() ? ", unfinished sets included" : ", finished sets only")
                        : "")
                + "; layers " + run.layers.stream().map(Layer::code).collect(Collectors.joining(", "))
                + "; pending suggestions " + (o.pendingSuggestions() ? "included" : "left out")
                + "; annotator names " + (o.pseudonyms() ? "pseudonyms" : "usernames")
                + (o.tokens() ? "; BIO tokens" : "");
        String splitRule = o.split() == null
                ? "none (one file, data.jsonl, read as the train split)"
                : o.split() + " of articles by story, seed " + o.seed() + ": a story never spans two splits, nor do"
                        + " near-duplicates whatever their stories; the same seed gives the same split on any machine.";
        List<String> splitCounts = new ArrayList<>();
        if (o.split() != null) {
            for (Split split : Split.values()) {
                long[] c = run.perSplit.getOrDefault(split, new long[2]);
                splitCounts.add(split.code() + ": " + c[0] + " articles, " + run.storiesPerSplit.getOrDefault(split, 0)
                        + " stories, " + c[1] + " spans");
            }
        }
        List<String> notes = new ArrayList<>(run.warnings);
        notes.addAll(run.notes);
        DatasetCard.Facts facts = new DatasetCard.Facts(
                run.data.projectName(),
                DatasetCard.datasetName(run.data.projectName()),
                DateTimeFormatter.ISO_INSTANT.format(run.data.exportedAt()),
                run.data.exportedBy(),
                options,
                splitRule,
                articleFiles,
                tokenFiles,
                DatasetCard.articleFeatures(attributeNames),
                DatasetCard.tokenFeatures(run.layers),
                run.data.labels(),
                splitCounts,
                notes,
                JSONL_FIELDS);
        Files.writeString(folder.resolve("dataset_info.json"), DatasetCard.datasetInfoJson(facts));
        Files.writeString(folder.resolve("README.md"), DatasetCard.readme(facts));
    }

    private static DatasetCard.SplitFile splitFile(Path folder, String split, String file, Map<String, Long> counts)
            throws IOException {
        return new DatasetCard.SplitFile(split, file, counts.getOrDefault(file, 0L), Files.size(folder.resolve(file)));
    }

    /** about.json: the About rows, the schema version and the JSON Lines fields, for JSON Lines and CSV exports. */
    private static void writeAboutJson(ExportData data, Run run, Path folder) throws IOException {
        Map<String, Object> about = new LinkedHashMap<>();
        StringBuilderSink aboutRows = new StringBuilderSink();
        writeAbout(aboutRows, run, ExportSheets.all());
        about.put("schema_version", SCHEMA_VERSION);
        about.put("project", data.projectName());
        about.put("exported_at", data.exportedAt().toString());
        about.put("exported_by", data.exportedBy());
        about.put("rows", aboutRows.rows);
        about.put("fields", JSONL_FIELDS);
        Files.writeString(
                folder.resolve("about.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(about));
    }

    private static void touch(Map<String, Writer> files, Path folder, String name) throws IOException {
        if (!files.containsKey(name)) {
            files.put(
                    name,
                    new BufferedWriter(new OutputStreamWriter(
                            Files.newOutputStream(folder.resolve(name)), StandardCharsets.UTF_8)));
        }
    }

    static final Map<String, String> JSONL_FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("schema_version", "the layout version of these files (also in about.json); it changes when a field does");
        f.put("id", "the article's id as a string");
        f.put("article_id", "the article's id");
        f.put("split", "train, dev or test; null without a split");
        f.put("story", "the story the split keeps together (an article in no story is its own story)");
        f.put(
                "near_duplicate_group",
                "articles that rewrite one copy share it (the smallest article id of the group);"
                        + " null for an article without near-duplicates");
        f.put("curated", "true when a curator declared the article's gold version final");
        f.put(
                "label_sets[].name / status",
                "the label sets exported for this article ('gold', a username or a pseudonym)"
                        + " and how far each is: finished, in_progress, not_started or skipped (gold: finished when curated)");
        f.put("title / outlet / url / author / published", "the article's metadata (published: yyyy-mm-dd)");
        f.put("text", "the cleaned text every offset points into");
        f.put("spans[].start / end", "Unicode code points into text, end exclusive: text[start:end] in Python");
        f.put("spans[].layer / label", "claim, attribution, source or figure, and the label within it");
        f.put("spans[].attributes", "every attribute, as strings");
        f.put("spans[].label_set / set_status", "the label set the span belongs to (one of label_sets) and its status");
        f.put(
                "spans[].suggestion / detector / review",
                "true when a detector proposed it; detector names it, review says accepted or pending");
        f.put("spans[].frame", "attribution parts of one frame share it");
        f.put(
                "tokens files",
                "one sentence of one label set a line: label_set, set_status, tokens, starts, ends and"
                        + " <layer>_tags (BIO)");
        return f;
    }

    private static void writeLine(
            Map<String, Writer> files, Map<String, Long> counts, Path folder, String name, Map<String, Object> line) {
        try {
            Writer w = files.get(name);
            if (w == null) {
                w = new BufferedWriter(
                        new OutputStreamWriter(Files.newOutputStream(folder.resolve(name)), StandardCharsets.UTF_8),
                        64 * 1024);
                files.put(name, w);
            }
            w.write(JSON.writeValueAsString(line));
            w.write('\n');
            counts.merge(name, 1L, Long::sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> articleJson(Prepared p, java.util.Set<String> attributeNames) {
        ExportArticle a = p.article;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("schema_version", SCHEMA_VERSION);
        line.put("id", Long.toString(a.id()));
        line.put("article_id", a.id());
        line.put("split", p.split == null ? null : p.split.code());
        line.put("story", p.story);
        line.put("near_duplicate_group", p.nearDuplicateGroup);
        line.put("curated", p.curated);
        List<Map<String, Object>> sets = new ArrayList<>();
        p.setStatus.forEach((name, status) -> sets.add(Map.of("name", name, "status", status)));
        line.put("label_sets", sets);
        line.put("title", a.title());
        line.put("outlet", a.outlet());
        line.put("url", a.url());
        line.put("author", a.author());
        line.put("published", a.published() == null ? null : a.published().toString());
        line.put("text", a.text());
        List<Map<String, Object>> spans = new ArrayList<>();
        for (ExportSpan s : p.spans) {
            Map<String, Object> span = new LinkedHashMap<>();
            span.put("start", p.cp(s.start()));
            span.put("end", p.cp(s.end()));
            span.put("text", s.text());
            span.put("layer", s.layer().code());
            span.put("label", s.label());
            Map<String, String> attributes = p.exportedAttributes(s);
            attributeNames.addAll(attributes.keySet());
            span.put("attributes", attributes);
            span.put("label_set", s.owner());
            span.put("set_status", p.status(s.owner()));
            span.put("suggestion", s.suggestion());
            span.put("detector", s.suggestedBy());
            span.put("review", s.review());
            span.put("frame", s.frameId());
            span.put("id", s.id());
            spans.add(span);
        }
        line.put("spans", spans);
        return line;
    }

    private static Map<String, Object> tokenJson(
            Prepared p, String owner, BioTagger.Sentence sentence, List<Layer> layers) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("schema_version", SCHEMA_VERSION);
        line.put("id", p.article.id() + "-" + sentence.index() + "-" + owner);
        line.put("article_id", p.article.id());
        line.put("sentence", sentence.index());
        line.put("label_set", owner);
        line.put("set_status", p.status(owner));
        line.put("split", p.split == null ? null : p.split.code());
        line.put("tokens", sentence.tokens().stream().map(BioTagger.Token::text).toList());
        line.put("starts", sentence.tokens().stream().map(t -> p.cp(t.start())).toList());
        line.put("ends", sentence.tokens().stream().map(t -> p.cp(t.end())).toList());
        for (Layer layer : layers) {
            line.put(
                    layer.code() + "_tags",
                    sentence.tokens().stream().map(t -> t.tags().get(layer)).toList());
        }
        return line;
    }

    // ---------------------------------------------------------------- shared

    private static void checkCancelled(ExportProgress progress) {
        if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new ExportCancelledException();
        }
    }

    private static void writeAbout(TableSink about, Run run, List<SheetSpec> sheets) {
        ExportData data = run.data;
        ExportOptions o = run.options;
        about.row("Export", "Project", data.projectName(), "The project the data comes from.");
        about.row("Export", "Project ID", Long.toString(data.projectId()), "");
        about.row("Export", "Exported at", DateTimeFormatter.ISO_INSTANT.format(data.exportedAt()), "UTC.");
        about.row("Export", "Exported by", data.exportedBy(), "");
        about.row(
                "Export", "Schema version", SCHEMA_VERSION, "Layout version of these sheets; the importer checks it.");
        about.row("Export", "Articles", Integer.toString(run.articles), "Articles in this export.");
        about.row(
                "Export",
                "Label sets",
                "gold, usernames or pseudonyms",
                "Every row belongs to one label set:"
                        + " 'gold' (the curated version) or one annotator's; each appears once, spelt the same everywhere."
                        + " Articles › Curated and the Set status columns say how final they are.");
        about.row(
                "Export",
                "Sheets",
                Integer.toString(ExportSheets.all().size() + 1),
                "Every export has the same"
                        + " sheets (files) and columns, whatever the data and options; one with nothing to show has its header"
                        + " only. The schema version changes whenever a sheet, column or JSON Lines field does.");
        about.row(
                "Export",
                "Offsets",
                "Unicode code points",
                "Every Start/End (and offsets in Attributes) counts code"
                        + " points of the article's Text, as Python strings do; end exclusive.");
        about.row("Option", "Labels", o.labels().code(), "gold, annotators (each annotator's own labels) or both.");
        if (o.labels().wantsGold()) {
            about.row(
                    "Option",
                    "Uncurated articles",
                    o.uncurated() ? "included" : "left out",
                    "Gold sets of articles"
                            + " nobody declared curated; when left out, an article without a curated gold version has no"
                            + " gold label set here (and is left out unless another label set of it is exported).");
        }
        if (o.labels().wantsAnnotators()) {
            about.row(
                    "Option",
                    "Unfinished sets",
                    o.unfinished() ? "included" : "left out",
                    "Annotators' sets that"
                            + " are in progress, not started or skipped; when left out, only finished sets are labels, and an"
                            + " article with none is left out.");
        }
        about.row(
                "Option",
                "Layers",
                LAYER_ORDER.stream()
                        .filter(o.layers()::contains)
                        .map(Layer::code)
                        .collect(Collectors.joining(", ")),
                "");
        about.row(
                "Option",
                "Pending suggestions",
                o.pendingSuggestions() ? "included" : "left out",
                "Machine suggestions nobody reviewed. Accepted ones are labels and always included (Suggested by"
                        + " names the detector); rejected ones never.");
        about.row(
                "Option",
                "Annotator names",
                o.pseudonyms() ? "pseudonyms" : "usernames",
                "Pseudonyms are stable: the same annotator of this project always gets the same one.");
        about.row(
                "Option",
                "Split",
                o.split() == null ? "none" : o.split() + " by story, seed " + o.seed(),
                "train/dev/test shares of articles; a story never spans two splits, nor do near-duplicates (rewrites of"
                        + " one copy) whatever their stories; the same seed gives the same split on any machine.");
        if (o.split() != null) {
            for (Split split : Split.values()) {
                long[] counts = run.perSplit.getOrDefault(split, new long[2]);
                about.row(
                        "Split",
                        split.code(),
                        counts[0] + " articles, " + run.storiesPerSplit.getOrDefault(split, 0) + " stories, "
                                + counts[1] + " spans",
                        "What the " + split.code() + " part holds (stories with"
                                + " near-duplicates merged; spans of every exported label set).");
            }
        }
        for (String warning : run.warnings) {
            about.row("Warning", "", warning, "");
        }
        about.row(
                "Option",
                "Tokens",
                o.tokens() ? "yes" : "no",
                "BIO-tagged tokens per sentence (OpenNLP English models);"
                        + " without them the Tokens sheet has its header only.");
        about.row(
                "Option",
                "Suggestion statistics",
                o.suggestionStats() ? "yes" : "no",
                "Without them the Suggestions" + " sheet has its header only.");
        data.labels()
                .forEach((id, caption) ->
                        about.row("Label", id, caption, "A label of the project's label set (layer:code)."));
        for (String note : run.notes) {
            about.row("Note", "", note, "");
        }
        for (SheetSpec spec : sheets) {
            about.row("Sheet", spec.name(), "", "One row is " + spec.rowIs() + ".");
            for (Column column : spec.columns()) {
                about.row(
                        "Column",
                        spec.name() + " \u203a " + column.name(),
                        column.type().caption(),
                        column.description());
            }
        }
    }

    /** Collects About rows for about.json. */
    private static final class StringBuilderSink implements TableSink {
        final List<Map<String, String>> rows = new ArrayList<>();

        @Override
        public void row(@Nullable Object... values) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0;
                    i < values.length && i < ExportSheets.ABOUT.columns().size();
                    i++) {
                row.put(
                        ExportSheets.ABOUT.columns().get(i).name().toLowerCase(Locale.ROOT),
                        values[i] == null ? "" : values[i].toString());
            }
            rows.add(row);
        }

        @Override
        public long rows() {
            return rows.size();
        }
    }

    /** The state of one export: options, split, annotator names, notes. */
    static final class Run {
        final ExportData data;
        final ExportOptions options;
        final List<Layer> layers;
        final Map<Long, Split> splits;
        final Map<Split, Integer> storiesPerSplit;
        final List<String> notes;
        final List<String> warnings;
        int articles;
        final Map<Split, long[]> perSplit = new java.util.EnumMap<>(Split.class); // {articles, spans}

        Run(ExportData data, ExportOptions options) {
            this.data = data;
            this.options = options;
            this.layers =
                    LAYER_ORDER.stream().filter(options.layers()::contains).toList();
            StorySplit.Plan plan = options.split() == null
                    ? null
                    : StorySplit.plan(data.storyKeys(), data.nearDuplicateGroups(), options.split(), options.seed());
            this.splits = plan == null ? Map.of() : plan.splits();
            this.storiesPerSplit = plan == null ? Map.of() : plan.stories();
            this.warnings = plan == null ? List.of() : plan.warnings();
            this.notes = new ArrayList<>(data.notes());
        }

        @Nullable
        Split splitOf(long articleId) {
            return splits.get(articleId);
        }

        /** The label set's one public spelling: gold, a username or a pseudonym. */
        String labelSetName(String owner) {
            if (owner.equals(ExportSpan.GOLD)) {
                return ExportedSet.GOLD_NAME;
            }
            if (options.pseudonyms()) {
                return Pseudonyms.of(data.projectId(), owner);
            }
            return owner.equals(ExportedSet.GOLD_NAME) ? "annotator:" + owner : owner;
        }

        /** The article with the label sets and spans the options keep, or null when the article is left out. */
        @Nullable
        Prepared prepare(ArticleLabels labels) {
            Map<String, ExportedSet> sets = new LinkedHashMap<>();
            for (ExportedSet set : labels.sets()) {
                if (ExportSelection.keeps(options, labels.curated(), set)) {
                    sets.put(set.owner(), set);
                }
            }
            if (sets.isEmpty() && !ExportSelection.includesEveryArticle(options)) {
                return null;
            }
            articles++;
            Map<String, String> status = new LinkedHashMap<>();
            sets.values().stream()
                    .sorted(Comparator.comparing((ExportedSet s) -> !s.gold())
                            .thenComparing(s -> labelSetName(s.owner())))
                    .forEach(s -> status.put(labelSetName(s.owner()), s.status().code()));
            List<ExportSpan> all = new ArrayList<>();
            List<ExportSpan> kept = new ArrayList<>();
            for (ExportSpan s : labels.spans()) {
                if (!options.layers().contains(s.layer()) || !sets.containsKey(s.owner())) {
                    continue;
                }
                ExportSpan named = new ExportSpan(
                        s.id(),
                        labelSetName(s.owner()),
                        s.layer(),
                        s.label(),
                        s.start(),
                        s.end(),
                        s.text(),
                        s.attributes(),
                        s.frameId(),
                        s.suggestedBy(),
                        s.review());
                all.add(named);
                if (!s.rejected() && (options.pendingSuggestions() || !s.pending())) {
                    kept.add(named);
                }
            }
            kept.sort(Comparator.comparing(ExportSpan::owner)
                    .thenComparingInt(ExportSpan::start)
                    .thenComparingInt(ExportSpan::end)
                    .thenComparingLong(ExportSpan::id));
            long id = labels.article().id();
            Split split = splitOf(id);
            if (split != null) {
                long[] counts = perSplit.computeIfAbsent(split, k -> new long[2]);
                counts[0]++;
                counts[1] += kept.size();
            }
            return new Prepared(
                    labels.article(),
                    splitOf(id),
                    data.storyKeys().getOrDefault(id, Long.toString(id)),
                    data.nearDuplicateGroups().get(id),
                    labels.curated(),
                    status,
                    CodePointOffsets.of(labels.article().text()),
                    kept,
                    all);
        }
    }

    /**
     * One article ready to write: label sets and spans filtered and named, offsets convertible to code points.
     *
     * @param setStatus each exported label set's name → its status code (gold first)
     */
    record Prepared(
            ExportArticle article,
            @Nullable Split split,
            String story,
            @Nullable Long nearDuplicateGroup,
            boolean curated,
            Map<String, String> setStatus,
            CodePointOffsets offsets,
            List<ExportSpan> spans,
            List<ExportSpan> allSpans) {

        @Nullable
        String status(String labelSet) {
            return setStatus.get(labelSet);
        }

        String labelSets() {
            return setStatus.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining("; "));
        }

        int cp(int utf16) {
            return offsets.toCodePoints(utf16);
        }

        Map<String, List<ExportSpan>> byOwner() {
            Map<String, List<ExportSpan>> owners = new TreeMap<>();
            for (ExportSpan s : spans) {
                owners.computeIfAbsent(s.owner(), o -> new ArrayList<>()).add(s);
            }
            return owners;
        }

        /** Attributes as exported: offsets into the text (the reason for anonymity) in code points like every other. */
        Map<String, String> exportedAttributes(ExportSpan s) {
            Map<String, String> attributes = new TreeMap<>(s.attributes());
            for (String name : Attributes.textOffsets()) {
                String value = attributes.get(name);
                if (value != null
                        && value.matches("\\d+")
                        && Integer.parseInt(value) <= article.text().length()) {
                    attributes.put(name, Integer.toString(cp(Integer.parseInt(value))));
                }
            }
            return attributes;
        }

        /** The text between the offsets two attributes hold (the reason for anonymity), when they are valid. */
        @Nullable
        String textBetween(ExportSpan s, String startAttribute, String endAttribute) {
            try {
                int start = Integer.parseInt(s.attribute(startAttribute));
                int end = Integer.parseInt(s.attribute(endAttribute));
                return start >= 0 && end > start && end <= article.text().length()
                        ? article.text().substring(start, end)
                        : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** Fills the sheets (or CSV files) from prepared articles. */
    private static final class TableRows {
        private final Run run;
        private final Map<SheetSpec, ? extends TableSink> sinks;
        private final java.util.function.@Nullable LongPredicate tokensFit;
        private final Map<String, long[]> stats = new TreeMap<>();
        long tokensWritten;
        long tokensLeftOut;

        TableRows(
                Run run,
                Map<SheetSpec, ? extends TableSink> sinks,
                java.util.function.@Nullable LongPredicate tokensFit) {
            this.run = run;
            this.sinks = sinks;
            this.tokensFit = tokensFit;
        }

        void write(Prepared p) {
            ExportArticle a = p.article;
            String split = p.split == null ? null : p.split.code();
            sink(ExportSheets.ARTICLES)
                    .row(
                            a.id(),
                            split,
                            p.story,
                            p.nearDuplicateGroup,
                            p.curated,
                            p.setStatus.isEmpty() ? null : p.labelSets(),
                            a.title(),
                            a.outlet(),
                            a.url(),
                            a.author(),
                            a.published(),
                            a.wordCount(),
                            p.offsets.length(),
                            a.importedAt(),
                            a.sourceName(),
                            a.text());
            TableSink spans = sink(ExportSheets.SPANS);
            for (ExportSpan s : p.spans) {
                @Nullable
                Object[] common = {
                    a.id(),
                    split,
                    s.owner(),
                    p.status(s.owner()),
                    s.id(),
                    s.label(),
                    p.cp(s.start()),
                    p.cp(s.end()),
                    s.text(),
                    s.suggestedBy(),
                    s.review() == null || s.suggestedBy() == null ? null : s.review()
                };
                TableSink layerSheet = s.layer() == Layer.ATTRIBUTION
                        ? null // one row per frame, below
                        : sinks.get(ExportSheets.sheetOf(s.layer()));
                if (layerSheet != null) {
                    List<AttributeColumn> columns = s.layer().columns();
                    boolean anonymous = s.layer() == Layer.SOURCE; // ExportSheets.labelColumns
                    @Nullable
                    Object[] row = Arrays.copyOf(common, common.length + (anonymous ? 1 : 0) + columns.size());
                    int i = common.length;
                    if (anonymous) {
                        row[i++] = Labels.isAnonymous(s.label());
                    }
                    for (AttributeColumn column : columns) {
                        row[i++] = cell(column, s, p);
                    }
                    layerSheet.row(row);
                }
                spans.row(
                        a.id(),
                        split,
                        s.owner(),
                        p.status(s.owner()),
                        s.id(),
                        s.layer().code(),
                        s.label(),
                        p.cp(s.start()),
                        p.cp(s.end()),
                        s.text(),
                        s.frameId(),
                        JSON.writeValueAsString(p.exportedAttributes(s)),
                        s.suggestedBy(),
                        s.suggestedBy() == null ? null : s.review());
            }
            TableSink attributions = sinks.get(ExportSheets.ATTRIBUTIONS);
            if (attributions != null) {
                writeFrames(p, split, attributions);
            }
            TableSink tokens = sinks.get(ExportSheets.TOKENS);
            if (tokens != null && run.options.tokens()) {
                writeTokens(p, split, tokens);
            }
            for (ExportSpan s : p.allSpans) {
                if (s.suggestedBy() != null) {
                    long[] c = stats.computeIfAbsent(
                            s.layer().code() + "\u0000" + s.label() + "\u0000" + s.suggestedBy(), k -> new long[4]);
                    c[0]++;
                    c["accepted".equals(s.review()) ? 1 : s.rejected() ? 2 : 3]++;
                }
            }
        }

        private void writeFrames(Prepared p, @Nullable String split, TableSink sink) {
            Map<String, List<ExportSpan>> frames = new LinkedHashMap<>();
            for (ExportSpan s : p.spans) {
                if (s.layer() == Layer.ATTRIBUTION) {
                    String key = s.owner() + "\u0000" + (s.frameId() == null ? "#" + s.id() : s.frameId());
                    frames.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                }
            }
            for (List<ExportSpan> parts : frames.values()) {
                ExportSpan cue = first(parts, Labels.CUE);
                ExportSpan source = first(parts, Labels.SOURCE);
                List<ExportSpan> contents = parts.stream()
                        .filter(s -> s.label().equals(Labels.CONTENT))
                        .toList();
                ExportSpan any = cue != null ? cue : parts.getFirst();
                String sourceType = source == null
                        ? null
                        : p.spans.stream()
                                .filter(m -> m.layer() == Layer.SOURCE
                                        && m.owner().equals(source.owner())
                                        && m.start() == source.start()
                                        && m.end() == source.end())
                                .map(ExportSpan::label)
                                .findFirst()
                                .orElse(null);
                List<@Nullable Object> row = new ArrayList<>();
                Collections.addAll(
                        row,
                        p.article.id(),
                        split,
                        any.owner(),
                        p.status(any.owner()),
                        any.frameId(),
                        cue == null ? null : cue.text(),
                        cue == null ? null : p.cp(cue.start()),
                        cue == null ? null : p.cp(cue.end()));
                for (AttributeColumn column : Layer.ATTRIBUTION.columns()) {
                    row.add(cue == null ? null : cell(column, cue, p));
                }
                Collections.addAll(
                        row,
                        source == null ? null : source.text(),
                        source == null ? null : p.cp(source.start()),
                        source == null ? null : p.cp(source.end()),
                        sourceType,
                        contents.isEmpty()
                                ? null
                                : contents.stream().map(ExportSpan::text).collect(Collectors.joining(" \u2026 ")),
                        contents.isEmpty() ? null : p.cp(contents.getFirst().start()),
                        contents.isEmpty() ? null : p.cp(contents.getLast().end()),
                        contents.isEmpty()
                                ? null
                                : contents.stream()
                                        .map(c -> p.cp(c.start()) + "-" + p.cp(c.end()))
                                        .collect(Collectors.joining("; ")),
                        parts.stream()
                                .map(ExportSpan::suggestedBy)
                                .filter(java.util.Objects::nonNull)
                                .findFirst()
                                .orElse(null),
                        any.suggestedBy() == null ? null : any.review());
                sink.row(row.toArray());
            }
        }

        /** A cell of a column the scheme declares for attributes, read the way the column says. */
        private @Nullable Object cell(AttributeColumn column, ExportSpan s, Prepared p) {
            String value = s.attribute(column.attributes().getFirst());
            boolean isDate = s.label().equals(Labels.DATE);
            return switch (column.reading()) {
                case VALUE -> blankToNull(value);
                case YES_NO -> value.isEmpty() ? null : value.equals("yes");
                case TEXT_BETWEEN ->
                    p.textBetween(
                            s, column.attributes().get(0), column.attributes().get(1));
                case SOURCE_ID -> run.data.canonicalSourceNames().get(value) == null ? null : value;
                case SOURCE_NAME -> run.data.canonicalSourceNames().get(value);
                case UNLESS_DATE -> isDate ? null : blankToNull(value);
                case IF_DATE -> isDate ? blankToNull(value) : null;
            };
        }

        private void writeTokens(Prepared p, @Nullable String split, TableSink sink) {
            if (tokensLeftOut > 0) {
                return; // over the limit already: the sheet will be dropped, stop tagging
            }
            for (Map.Entry<String, List<ExportSpan>> owner : p.byOwner().entrySet()) {
                List<BioTagger.Sentence> sentences = BioTagger.tag(p.article.text(), owner.getValue(), LAYER_ORDER);
                long needed =
                        sentences.stream().mapToLong(s -> s.tokens().size()).sum();
                if (tokensFit != null && !tokensFit.test(needed)) {
                    tokensLeftOut += needed;
                    return;
                }
                for (BioTagger.Sentence sentence : sentences) {
                    int i = 0;
                    for (BioTagger.Token t : sentence.tokens()) {
                        sink.row(
                                p.article.id(),
                                split,
                                owner.getKey(),
                                p.status(owner.getKey()),
                                sentence.index(),
                                i++,
                                t.text(),
                                p.cp(t.start()),
                                p.cp(t.end()),
                                tag(t, Layer.CLAIM),
                                tag(t, Layer.ATTRIBUTION),
                                tag(t, Layer.SOURCE),
                                tag(t, Layer.FIGURE));
                    }
                }
                tokensWritten += needed;
            }
        }

        private @Nullable String tag(BioTagger.Token token, Layer layer) {
            return run.options.layers().contains(layer) ? token.tags().get(layer) : null;
        }

        void finishStats() {
            TableSink sink = sinks.get(ExportSheets.SUGGESTIONS);
            if (sink == null || !run.options.suggestionStats()) {
                return;
            }
            stats.forEach((key, c) -> {
                String[] k = key.split("\u0000", 3);
                long reviewed = c[1] + c[2];
                sink.row(k[0], k[1], k[2], c[0], c[1], c[2], c[3], reviewed == 0 ? null : (double) c[1] / reviewed);
            });
        }

        private TableSink sink(SheetSpec spec) {
            TableSink sink = sinks.get(spec);
            if (sink == null) {
                throw new IllegalStateException("no sink for " + spec.name());
            }
            return sink;
        }
    }

    private static @Nullable ExportSpan first(List<ExportSpan> parts, String label) {
        return parts.stream().filter(s -> s.label().equals(label)).findFirst().orElse(null);
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
