package org.corroborate.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes an .xlsx workbook row by row with POI's streaming SXSSF: only a window of rows per sheet is in
 * memory, the rest goes to compressed temporary files, so the size of an export does not depend on the
 * heap. Every sheet gets a frozen bold header, an autofilter and the widths its spec gives; cells are
 * typed by column (numbers and dates are never text), text is formula-safe and cut at Excel's limit. A
 * sheet that reaches Excel's row limit continues on a sheet named "Name (2)" unless the caller asked to
 * be told instead ({@link #remainingRows}). Not thread-safe; close it to delete the temporary files.
 */
public final class XlsxWriter implements AutoCloseable {

    /** Excel's limit of rows per sheet, the header included. */
    public static final int EXCEL_MAX_ROWS = 1_048_576;

    private static final int WINDOW = 100;

    private final SXSSFWorkbook workbook;
    private final int maxRows;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle date;
    private final CellStyle timestamp;
    private final List<Sheet> sheets = new ArrayList<>();

    public XlsxWriter() {
        this(EXCEL_MAX_ROWS);
    }

    /** @param maxRows rows per sheet including the header (tests use a small limit) */
    XlsxWriter(int maxRows) {
        this.maxRows = maxRows;
        this.workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        text = workbook.createCellStyle();
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        short format0 = workbook.createDataFormat().getFormat("0");
        integer = workbook.createCellStyle();
        integer.setDataFormat(format0);
        decimal = workbook.createCellStyle();
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        timestamp = workbook.createCellStyle();
        timestamp.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    }

    /** Starts a sheet; its rows may be written at any time, e.g. the About sheet first in tab order, filled last. */
    public Sheet sheet(SheetSpec spec) {
        Sheet sheet = new Sheet(spec, spec.name());
        sheets.add(sheet);
        return sheet;
    }

    /** Drops a sheet and its rows (e.g. a token sheet that would not fit). */
    public void remove(Sheet sheet) {
        for (SXSSFSheet part : sheet.parts) {
            workbook.removeSheetAt(workbook.getSheetIndex(part));
        }
        sheets.remove(sheet);
    }

    /** Empties a sheet, keeping its header and its place among the tabs (e.g. a token sheet that would not fit). */
    public void clear(Sheet sheet) {
        int index = workbook.getSheetIndex(sheet.parts.getFirst());
        for (SXSSFSheet part : sheet.parts) {
            workbook.removeSheetAt(workbook.getSheetIndex(part));
        }
        sheet.parts.clear();
        sheet.rows = 0;
        sheet.current = sheet.startPart(sheet.baseName);
        workbook.setSheetOrder(sheet.baseName, index);
    }

    public void write(OutputStream out) {
        for (Sheet sheet : sheets) {
            sheet.finish();
        }
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close(); // also deletes SXSSF's temporary files
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One logical sheet; past the row limit it continues on further workbook sheets. */
    public final class Sheet implements TableSink {

        private final SheetSpec spec;
        private final String baseName;
        private final List<SXSSFSheet> parts = new ArrayList<>();
        private SXSSFSheet current;
        private int nextRow;
        private long rows;

        private Sheet(SheetSpec spec, String baseName) {
            this.spec = spec;
            this.baseName = baseName;
            this.current = startPart(baseName);
        }

        private SXSSFSheet startPart(String name) {
            SXSSFSheet sheet = workbook.createSheet(name);
            parts.add(sheet);
            List<Column> columns = spec.columns();
            Row row = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(columns.get(i).name());
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, Math.min(255, Math.max(4, columns.get(i).width())) * 256);
            }
            sheet.createFreezePane(0, 1);
            nextRow = 1;
            return sheet;
        }

        /** Rows this sheet can still take before Excel's limit (on its current part). */
        public long remainingRows() {
            return maxRows - nextRow;
        }

        @Override
        public long rows() {
            return rows;
        }

        @Override
        public void row(@Nullable Object... values) {
            if (nextRow >= maxRows) {
                finishPart();
                current = startPart(baseName + " (" + (parts.size() + 1) + ")");
            }
            Row row = current.createRow(nextRow++);
            List<Column> columns = spec.columns();
            StringBuilder truncated = null;
            int n = Math.min(values.length, spec.valueColumns());
            for (int i = 0; i < n; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                Column column = columns.get(i);
                if (put(row, i, column.type(), value)) {
                    truncated = truncated == null
                            ? new StringBuilder(column.name())
                            : truncated.append(", ").append(column.name());
                }
            }
            if (truncated != null && spec.hasTruncationFlag()) {
                putText(row.createCell(columns.size() - 1), truncated.toString());
            }
            rows++;
        }

        /** Writes one typed cell; true when its text had to be cut. */
        private boolean put(Row row, int index, ColumnType type, Object value) {
            Cell cell = row.createCell(index);
            switch (type) {
                case INTEGER, DECIMAL -> {
                    Number number = value instanceof Number n ? n : parseNumber(value.toString());
                    if (number != null) {
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(type == ColumnType.INTEGER && isWhole(number) ? integer : decimal);
                        return false;
                    }
                }
                case DATE -> {
                    LocalDate day = value instanceof LocalDate d ? d : parseDate(value.toString());
                    if (day != null) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                        return false;
                    }
                }
                case TIMESTAMP -> {
                    if (value instanceof Instant instant) {
                        cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
                        cell.setCellStyle(timestamp);
                        return false;
                    }
                }
                case BOOLEAN -> {
                    if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                        return false;
                    }
                }
                case TEXT -> {
                    // falls through to text below
                }
            }
            return putText(cell, value.toString());
        }

        private boolean putText(Cell cell, String value) {
            CellText.Fitted fitted = CellText.fit(value);
            cell.setCellValue(fitted.text());
            cell.setCellStyle(CellText.looksLikeFormula(fitted.text()) ? quotedText : text);
            return fitted.truncated();
        }

        private void finishPart() {
            int lastColumn = spec.columns().size() - 1;
            current.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, lastColumn));
        }

        void finish() {
            finishPart();
        }
    }

    private static boolean isWhole(Number n) {
        return n instanceof Integer
                || n instanceof Long
                || n instanceof Short
                || n instanceof Byte
                || (n instanceof BigDecimal b && b.stripTrailingZeros().scale() <= 0);
    }

    /** A number written as text (an attribute value) if it is one Excel can hold exactly; else null. */
    static @Nullable BigDecimal parseNumber(String value) {
        if (value.isBlank() || !value.strip().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            return null;
        }
        BigDecimal number = new BigDecimal(value.strip());
        return number.precision() <= 15 ? number : null; // Excel keeps 15 significant digits
    }

    static @Nullable LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
