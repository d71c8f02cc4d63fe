package org.corroborate.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Reads uploaded article files safely, all or nothing: every file is checked, every problem is
 * collected, and if there is any the whole upload is refused. Each kind of file is an {@link ArticleFormat}. Accepts .txt, .html, .docx, JSON Lines, CSV,
 * Corroborate's .xlsx export, brat standoff (.txt + .ann) and .zip archives of these; archives are inflated
 * under hard limits, never trusting the sizes they declare. Files of many articles (JSON Lines, CSV,
 * workbooks) may be as large as the whole upload; single articles as large as one file.
 */
public final class ArticleFileReader {

    /** Below this inflated size the compression ratio is not judged: short texts compress very well. */
    private static final long RATIO_CHECK_FLOOR = 1024 * 1024;

    private final ImportLimits limits;
    private final List<ArticleFormat> formats;

    public ArticleFileReader(ImportLimits limits) {
        this(limits, Map.of());
    }

    /** @param csvMapping for CSV files: field (text, title, outlet, url, author, published) → the file's column */
    public ArticleFileReader(ImportLimits limits, Map<String, String> csvMapping) {
        this.limits = limits;
        this.formats = ArticleFormat.all(csvMapping);
    }

    private static final String ZIP = ".zip";

    /** File types this reader takes, for messages and the upload field: every format's, and .zip archives. */
    public static final List<String> ACCEPTED = accepted();

    private static final String ACCEPTED_TEXT = "accepted: "
            + ArticleFormat.all(Map.of()).stream()
                    .map(ArticleFormat::description)
                    .collect(Collectors.joining(", ")) + ", and " + ZIP + " archives of these";

    private static List<String> accepted() {
        List<String> accepted = new ArrayList<>();
        ArticleFormat.all(Map.of()).forEach(format -> accepted.addAll(format.extensions()));
        accepted.add(ZIP);
        return List.copyOf(accepted);
    }

    /** The format that reads a file of this name, if any. */
    private @Nullable ArticleFormat formatOf(String name) {
        return formats.stream()
                .filter(format -> format.accepts(name))
                .findFirst()
                .orElse(null);
    }

    private long limitOf(@Nullable ArticleFormat format) {
        return format != null && format.manyArticles() ? limits.maxUploadBytes() : limits.maxFileBytes();
    }

    /** @throws ImportRejectedException listing every refused file and why; nothing is returned then */
    public List<TextFile> read(List<UploadedFile> files) {
        List<UploadedFile> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        long[] uploadTotal = {0};
        for (UploadedFile file : files) {
            String name = file.name();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(ZIP)) {
                readZip(file, entries, problems, uploadTotal);
            } else {
                uploadTotal[0] += file.content().length;
                entries.add(file);
            }
        }
        if (uploadTotal[0] > limits.maxUploadBytes()) {
            problems.add(new ImportProblem(
                    "(upload)",
                    "the upload holds " + size(uploadTotal[0]) + " of text, over the " + size(limits.maxUploadBytes())
                            + " limit"));
        }
        List<TextFile> texts = new ArrayList<>();
        if (problems.isEmpty()) {
            dispatch(entries, texts, problems);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return texts;
    }

    /** Reads every file with the format its name says; a .txt with an .ann of the same name is brat standoff. */
    private void dispatch(List<UploadedFile> entries, List<TextFile> texts, List<ImportProblem> problems) {
        Upload upload = new Upload(entries);
        for (UploadedFile entry : entries) {
            String name = entry.name();
            byte[] content = entry.content();
            ArticleFormat format = formatOf(name);
            long limit = limitOf(format);
            if (content.length > limit) {
                problems.add(new ImportProblem(
                        name, "the file is " + size(content.length) + ", over the " + size(limit) + " limit"));
                continue;
            }
            if (content.length == 0 && (format == null || !format.mayBeEmpty())) {
                problems.add(new ImportProblem(name, "the file is empty"));
                continue;
            }
            if (format == null) {
                problems.add(new ImportProblem(name, "this type of file cannot be imported (" + ACCEPTED_TEXT + ")"));
                continue;
            }
            try {
                texts.addAll(format.read(entry, upload, problems));
            } catch (FileProblems e) {
                problems.add(new ImportProblem(e.where(), e.getMessage()));
            }
        }
        formats.forEach(format -> format.finish(upload, problems));
    }

    private void readZip(
            UploadedFile archive, List<UploadedFile> entriesOut, List<ImportProblem> problems, long[] uploadTotal) {
        try (BoundedZipInput zip = new BoundedZipInput(
                new ByteArrayInputStream(archive.content()),
                limits.maxZipEntries(),
                RATIO_CHECK_FLOOR,
                limits.maxCompressionRatio())) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = zip.nextEntry()) != null) {
                any = true;
                String entryName = entry.getName();
                String sourceName = archive.name() + "!" + entryName;
                if (leavesArchive(entryName)) {
                    problems.add(new ImportProblem(sourceName, "the entry path leaves the archive"));
                    continue;
                }
                if (entry.isDirectory() || isSystemClutter(entryName)) {
                    continue;
                }
                String lower = entryName.toLowerCase(Locale.ROOT);
                if (lower.endsWith(ZIP)) {
                    problems.add(new ImportProblem(sourceName, "archives inside archives are not imported"));
                    continue;
                }
                if (ACCEPTED.stream().noneMatch(lower::endsWith)) {
                    problems.add(new ImportProblem(
                            sourceName, "this type of file cannot be imported (" + ACCEPTED_TEXT + ")"));
                    continue;
                }
                byte[] content = inflate(zip, sourceName, uploadTotal, problems, limitOf(formatOf(entryName)));
                if (content != null) {
                    entriesOut.add(new UploadedFile(sourceName, content));
                }
                if (uploadTotal[0] > limits.maxUploadBytes()) {
                    return; // reported once by read(); stop inflating
                }
            }
            if (!any) {
                problems.add(new ImportProblem(
                        archive.name(),
                        archive.content().length == 0
                                ? "the file is empty"
                                : "the archive is damaged, empty or not a zip file"));
            }
        } catch (ZipRefusedException e) {
            problems.add(new ImportProblem(
                    archive.name(), "the archive has more than " + limits.maxZipEntries() + " entries"));
        } catch (ZipException | EOFException e) {
            problems.add(new ImportProblem(archive.name(), "the archive is damaged or not a zip file"));
        } catch (IOException e) {
            problems.add(new ImportProblem(archive.name(), "the archive cannot be read (" + e.getMessage() + ")"));
        } catch (IllegalArgumentException e) {
            // ZipInputStream throws this for entry names in an encoding it cannot read.
            problems.add(new ImportProblem(archive.name(), "the archive has entry names that cannot be read"));
        }
    }

    /**
     * Inflates one entry with a counting limit: stops as soon as the entry passes the file limit, the
     * upload passes its limit, or the entry inflates suspiciously far (a zip bomb).
     */
    private byte @Nullable [] inflate(
            BoundedZipInput zip,
            String sourceName,
            long[] uploadTotal,
            List<ImportProblem> problems,
            long maxEntryBytes)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long inflated = 0;
        int n;
        while (true) {
            try {
                n = zip.read(buffer, 0, buffer.length);
            } catch (ZipRefusedException e) {
                problems.add(new ImportProblem(
                        sourceName,
                        "the entry is compressed more than " + limits.maxCompressionRatio()
                                + ":1, which looks like a zip bomb"));
                return null;
            }
            if (n <= 0) {
                return out.toByteArray();
            }
            inflated += n;
            uploadTotal[0] += n;
            if (inflated > maxEntryBytes) {
                problems.add(new ImportProblem(
                        sourceName,
                        "the entry inflates to more than " + size(maxEntryBytes) + " (the per-file limit)"));
                return null;
            }
            if (uploadTotal[0] > limits.maxUploadBytes()) {
                return null;
            }
            out.write(buffer, 0, n);
        }
    }

    static boolean leavesArchive(String entryName) {
        String path = entryName.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return true;
        }
        int depth = 0;
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                depth--;
                if (depth < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    private static boolean isSystemClutter(String entryName) {
        String path = entryName.replace('\\', '/');
        String base = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/")
                || path.contains("/__MACOSX/")
                || base.equals(".DS_Store")
                || base.startsWith("._");
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
