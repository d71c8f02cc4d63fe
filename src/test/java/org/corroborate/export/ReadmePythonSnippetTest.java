package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pandas lines in README.md load the files they describe: the test writes the workbook and the JSON Lines
 * export under the names the README uses, runs the README's block with python3, and compares the row counts it
 * prints with what POI and the files hold. Skipped where no python3 with pandas and openpyxl is installed
 * ({@code .ci/run} installs them).
 */
class ReadmePythonSnippetTest {

    static final String MARKER = "<!-- python-snippet:";

    @TempDir
    Path folder;

    @Test
    void the_readme_pandas_lines_load_the_workbook_and_the_json_lines_split() throws Exception {
        Optional<String> python = pythonWithPandas();
        assumeTrue(
                python.isPresent(),
                "no python3 with pandas and openpyxl (apt-get install python3-pandas python3-openpyxl)");
        TestExportData data = HuggingFaceFilesTest.project();
        try (OutputStream out = Files.newOutputStream(folder.resolve("my-story.xlsx"))) {
            new DatasetWriter().writeXlsx(data, ExportOptions.defaults(ExportFormat.XLSX), out, ExportProgress.NONE);
        }
        new DatasetWriter()
                .writeJsonl(
                        data,
                        ExportOptions.defaults(ExportFormat.JSONL)
                                .withSplit(SplitRatios.parse("80/10/10"), 7)
                                .withTokens(true),
                        folder.resolve("my-story-jsonl"),
                        ExportProgress.NONE);
        Path script = folder.resolve("snippet.py");
        Files.writeString(script, snippet(Files.readString(Path.of("README.md"))));

        Process process = new ProcessBuilder(python.get(), script.toString())
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        process.getInputStream().transferTo(output);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();

        List<String> trainLines = Files.readAllLines(folder.resolve("my-story-jsonl/train.jsonl"));
        long trainSpans = 0;
        for (String line : trainLines) {
            trainSpans += JsonMapper.shared().readTree(line).get("spans").size();
        }
        try (XSSFWorkbook book =
                new XSSFWorkbook(folder.resolve("my-story.xlsx").toFile())) {
            String expected = book.getSheet("Articles").getLastRowNum() + " "
                    + book.getSheet("Spans").getLastRowNum() + " " + trainLines.size() + " " + trainSpans;
            assertThat(printed.strip().lines().toList().getLast()).isEqualTo(expected);
            assertThat(trainLines).isNotEmpty();
            assertThat(trainSpans).isPositive();
        }
    }

    /** The first python block after the marker. */
    static String snippet(String readme) {
        int marker = readme.indexOf(MARKER);
        assertThat(marker).as("README.md has the marked python block").isNotNegative();
        int start = readme.indexOf("```python\n", marker) + "```python\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    /** Debian's python3 first (pandas is a Debian package), then whatever python3 the PATH has. */
    static Optional<String> pythonWithPandas() throws InterruptedException {
        List<String> candidates = new ArrayList<>(List.of("/usr/bin/python3", "python3"));
        for (String python : candidates) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import pandas, openpyxl")
                        .redirectErrorStream(true)
                        .start();
                p.getInputStream().transferTo(OutputStream.nullOutputStream());
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // not installed: try the next
            }
        }
        return Optional.empty();
    }
}
