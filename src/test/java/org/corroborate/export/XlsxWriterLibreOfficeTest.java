package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An independent reader (LibreOffice Calc) shows hostile text as text, not as a formula's result. */
class XlsxWriterLibreOfficeTest {

    @TempDir
    Path folder;

    @Test
    void libreoffice_reads_hostile_cells_as_text_and_numbers_as_numbers() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice (libreoffice-calc) is not installed");
        SheetSpec spec = SheetSpec.of(
                "Cells", "a test value", List.of(Column.text("Text", 20, "t"), Column.decimal("Number", "n")));
        Path xlsx = folder.resolve("hostile.xlsx");
        try (XlsxWriter writer = new XlsxWriter();
                OutputStream out = Files.newOutputStream(xlsx)) {
            XlsxWriter.Sheet sheet = writer.sheet(spec);
            sheet.row("=1+1", -3);
            sheet.row("+2+2", "-4.5");
            sheet.row("@SUM(1,2)", 7);
            sheet.row("-5+5", null);
            writer.write(out);
        }
        Process process = new ProcessBuilder(
                        "/usr/bin/soffice",
                        "--headless",
                        "-env:UserInstallation=file://" + folder.resolve("profile"),
                        "--convert-to",
                        "csv",
                        "--outdir",
                        folder.toString(),
                        xlsx.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        List<String> lines = Files.readAllLines(folder.resolve("hostile.csv"));
        assertThat(lines)
                .containsExactly("Text,Number,Truncated", "=1+1,-3,", "+2+2,-4.5,", "\"@SUM(1,2)\",7,", "-5+5,,");
    }

    @Test
    void a_sheet_continues_on_a_second_sheet_past_the_row_limit() throws Exception {
        SheetSpec spec = SheetSpec.of("Rows", "a row", List.of(Column.integer("N", "n")));
        Path xlsx = folder.resolve("rows.xlsx");
        try (XlsxWriter writer = new XlsxWriter(5);
                OutputStream out = Files.newOutputStream(xlsx)) {
            XlsxWriter.Sheet sheet = writer.sheet(spec);
            for (int i = 0; i < 10; i++) {
                sheet.row(i);
            }
            assertThat(sheet.rows()).isEqualTo(10);
            writer.write(out);
        }
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            assertThat(book.getSheet("Rows").getLastRowNum()).isEqualTo(4);
            assertThat(book.getSheet("Rows (2)").getLastRowNum()).isEqualTo(4);
            assertThat(book.getSheet("Rows (3)").getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheet("Rows (3)").getRow(2).getCell(0).getNumericCellValue())
                    .isEqualTo(9);
        }
    }
}
