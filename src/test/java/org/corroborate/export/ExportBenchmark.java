package org.corroborate.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.corroborate.scheme.Layer;

/**
 * Export of N annotation rows (default 1,000,000) through {@link DatasetWriter#writeXlsx}, against a bare SXSSF
 * loop that writes the same cells (Articles, Claims and Spans sheets, same values) in the same run. Data is
 * generated article by article, never held in memory, so the heap measures the writer. Run with {@code -Xmx256m}
 * (see BENCHMARKS.md); prints both times per round (interleaved), the ratio of the best times and the peak
 * heap. Arguments: rows (default 1,000,000), rounds (default 3).
 */
public final class ExportBenchmark {

    private static final int SPANS_PER_ARTICLE = 100;
    private static final String[] WORDS = {
        "minister",
        "said",
        "budget",
        "would",
        "grow",
        "by",
        "4.5%",
        "next",
        "year",
        "officials",
        "told",
        "reporters",
        "the",
        "talks",
        "resumed",
        "on",
        "Tuesday",
        "in",
        "Kyiv",
        "=SUM(A1)"
    };

    private ExportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("export-benchmark");
        System.out.printf(
                Locale.ROOT,
                "heap max %d MB, %d annotation rows (%d articles of %d spans)%n",
                Runtime.getRuntime().maxMemory() >> 20,
                rows,
                rows / SPANS_PER_ARTICLE,
                SPANS_PER_ARTICLE);
        // Warm-up on a tenth, then the measured runs.
        bare(rows / 10, folder.resolve("warm-bare.xlsx"));
        ours(rows / 10, folder.resolve("warm-ours.xlsx"));
        resetPeaks();
        // Interleaved rounds, best of each: on a shared machine the minimum is the least disturbed measurement.
        long bare = Long.MAX_VALUE;
        long ours = Long.MAX_VALUE;
        for (int round = 1; round <= rounds; round++) {
            long b = bare(rows, folder.resolve("bare.xlsx"));
            long o = ours(rows, folder.resolve("ours.xlsx"));
            System.out.printf(
                    Locale.ROOT,
                    "round %d: bare %,d ms, DatasetWriter %,d ms (ratio %.2f)%n",
                    round,
                    b,
                    o,
                    (double) o / b);
            bare = Math.min(bare, b);
            ours = Math.min(ours, o);
        }
        System.out.printf(
                Locale.ROOT,
                "bare SXSSF loop: %,d ms best (%,d bytes)%n",
                bare,
                Files.size(folder.resolve("bare.xlsx")));
        System.out.printf(
                Locale.ROOT,
                "DatasetWriter:   %,d ms best (%,d bytes)%n",
                ours,
                Files.size(folder.resolve("ours.xlsx")));
        System.out.printf(Locale.ROOT, "ratio ours/bare (best of %d): %.2f%n", rounds, (double) ours / bare);
        System.out.printf(Locale.ROOT, "peak heap used:  %d MB%n", peakHeap() >> 20);
        ExportService.deleteQuietly(folder);
    }

    static String text(long article) {
        StringBuilder s = new StringBuilder("Headline ").append(article).append('\n');
        for (int i = 0; i < 400; i++) {
            s.append(WORDS[(int) ((article * 31 + i * 7) % WORDS.length)]).append(i % 12 == 11 ? ".\n" : " ");
        }
        return s.toString();
    }

    /** The article's spans: claims over consecutive stretches of the text. */
    static List<ExportSpan> spans(long article, String text) {
        List<ExportSpan> spans = new ArrayList<>(SPANS_PER_ARTICLE);
        int step = (text.length() - 40) / SPANS_PER_ARTICLE;
        for (int i = 0; i < SPANS_PER_ARTICLE; i++) {
            int start = i * step;
            int end = start + 30;
            spans.add(new ExportSpan(
                    article * SPANS_PER_ARTICLE + i,
                    "annotator",
                    Layer.CLAIM,
                    i % 2 == 0 ? "factual" : "opinion",
                    start,
                    end,
                    text.substring(start, end),
                    Map.of(),
                    null,
                    null,
                    null));
        }
        return spans;
    }

    static ExportData data(int rows) {
        int articles = rows / SPANS_PER_ARTICLE;
        return new ExportData() {
            @Override
            public long projectId() {
                return 1;
            }

            @Override
            public String projectName() {
                return "Benchmark";
            }

            @Override
            public String exportedBy() {
                return "benchmark";
            }

            @Override
            public Instant exportedAt() {
                return Instant.parse("2026-11-23T00:00:00Z");
            }

            @Override
            public Map<String, String> labels() {
                return Map.of("claim:factual", "Factual", "claim:opinion", "Opinion");
            }

            @Override
            public List<String> notes() {
                return List.of();
            }

            @Override
            public Map<Long, String> storyKeys() {
                Map<Long, String> keys = new LinkedHashMap<>();
                for (long a = 1; a <= articles; a++) {
                    keys.put(a, Long.toString(a));
                }
                return keys;
            }

            @Override
            public Map<String, String> canonicalSourceNames() {
                return Map.of();
            }

            @Override
            public List<ExtraSheet> extraSheets() {
                return List.of();
            }

            @Override
            public void forEachArticle(Consumer<ArticleLabels> consumer) {
                for (long a = 1; a <= articles; a++) {
                    String text = text(a);
                    consumer.accept(new ArticleLabels(
                            new ExportArticle(
                                    a,
                                    "Headline " + a,
                                    null,
                                    null,
                                    null,
                                    null,
                                    400,
                                    Instant.parse("2026-01-01T00:00:00Z"),
                                    a + ".txt",
                                    text),
                            spans(a, text)));
                }
            }
        };
    }

    static long ours(int rows, Path file) throws IOException {
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            new DatasetWriter()
                    .writeXlsx(
                            data(rows),
                            ExportOptions.defaults(ExportFormat.XLSX).withLayers(java.util.EnumSet.of(Layer.CLAIM)),
                            out,
                            ExportProgress.NONE);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The same Articles, Claims and Spans cells, straight through SXSSF with a header style and typed cells. */
    static long bare(int rows, Path file) throws IOException {
        long start = System.nanoTime();
        int articles = rows / SPANS_PER_ARTICLE;
        try (SXSSFWorkbook book = new SXSSFWorkbook(null, 100, true, false);
                OutputStream out = Files.newOutputStream(file)) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            CellStyle timestamp = book.createCellStyle();
            timestamp.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            SXSSFSheet articleSheet = sheet(book, "Articles", ExportSheets.ARTICLES, header);
            SXSSFSheet claimSheet = sheet(book, "Claims", ExportSheets.CLAIMS, header);
            SXSSFSheet spanSheet = sheet(book, "Spans", ExportSheets.SPANS, header);
            int claimRow = 1;
            int spanRow = 1;
            // Column positions by name, so that the loop writes the cells the current schema has.
            int[] ac = columns(
                    ExportSheets.ARTICLES,
                    "Article ID",
                    "Story",
                    "Curated",
                    "Label sets",
                    "Title",
                    "Words",
                    "Characters",
                    "Imported at",
                    "Source file",
                    "Text");
            int[] cc = columns(
                    ExportSheets.CLAIMS,
                    "Article ID",
                    "Label set",
                    "Set status",
                    "Annotation ID",
                    "Label",
                    "Start",
                    "End",
                    "Text");
            int[] sc = columns(
                    ExportSheets.SPANS,
                    "Article ID",
                    "Label set",
                    "Set status",
                    "Annotation ID",
                    "Layer",
                    "Label",
                    "Start",
                    "End",
                    "Text",
                    "Attributes");
            for (long a = 1; a <= articles; a++) {
                String text = text(a);
                Row row = articleSheet.createRow((int) a);
                row.createCell(ac[0]).setCellValue(a);
                row.createCell(ac[1]).setCellValue(Long.toString(a));
                row.createCell(ac[2]).setCellValue(true);
                row.createCell(ac[3]).setCellValue("annotator (finished)");
                row.createCell(ac[4]).setCellValue("Headline " + a);
                row.createCell(ac[5]).setCellValue(400);
                row.createCell(ac[6]).setCellValue(text.length());
                row.createCell(ac[7]).setCellValue(java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
                row.getCell(ac[7]).setCellStyle(timestamp);
                row.createCell(ac[8]).setCellValue(a + ".txt");
                row.createCell(ac[9]).setCellValue(text);
                for (ExportSpan s : spans(a, text)) {
                    Row c = claimSheet.createRow(claimRow++);
                    c.createCell(cc[0]).setCellValue(a);
                    c.createCell(cc[1]).setCellValue(s.owner());
                    c.createCell(cc[2]).setCellValue("finished");
                    c.createCell(cc[3]).setCellValue(s.id());
                    c.createCell(cc[4]).setCellValue(s.label());
                    c.createCell(cc[5]).setCellValue(s.start());
                    c.createCell(cc[6]).setCellValue(s.end());
                    c.createCell(cc[7]).setCellValue(s.text());
                    if (CellText.looksLikeFormula(s.text())) {
                        c.getCell(cc[7]).setCellStyle(quoted);
                    }
                    Row r = spanSheet.createRow(spanRow++);
                    r.createCell(sc[0]).setCellValue(a);
                    r.createCell(sc[1]).setCellValue(s.owner());
                    r.createCell(sc[2]).setCellValue("finished");
                    r.createCell(sc[3]).setCellValue(s.id());
                    r.createCell(sc[4]).setCellValue(s.layer().code());
                    r.createCell(sc[5]).setCellValue(s.label());
                    r.createCell(sc[6]).setCellValue(s.start());
                    r.createCell(sc[7]).setCellValue(s.end());
                    r.createCell(sc[8]).setCellValue(s.text());
                    if (CellText.looksLikeFormula(s.text())) {
                        r.getCell(sc[8]).setCellStyle(quoted);
                    }
                    r.createCell(sc[9]).setCellValue("{}");
                }
            }
            book.write(out);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static int[] columns(SheetSpec spec, String... names) {
        List<String> all = spec.columns().stream().map(Column::name).toList();
        int[] at = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            at[i] = all.indexOf(names[i]);
            if (at[i] < 0) {
                throw new IllegalStateException(spec.name() + " has no column " + names[i]);
            }
        }
        return at;
    }

    private static SXSSFSheet sheet(SXSSFWorkbook book, String name, SheetSpec spec, CellStyle header) {
        SXSSFSheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < spec.columns().size(); i++) {
            row.createCell(i).setCellValue(spec.columns().get(i).name());
            row.getCell(i).setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
