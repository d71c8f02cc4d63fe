package org.corroborate.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * One CSV file (RFC 4180: comma, double quotes, CRLF; UTF-8, optionally with a byte-order mark so that Excel
 * detects UTF-8). Text that a spreadsheet could run as a formula gets a leading apostrophe; numbers in
 * numeric columns are written as they are, so a negative number stays a number.
 */
public final class CsvSink implements TableSink, AutoCloseable {

    private final SheetSpec spec;
    private final CSVPrinter printer;
    private long rows;

    public CsvSink(SheetSpec spec, OutputStream out, boolean bom) {
        this.spec = spec;
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            if (bom) {
                writer.write('\uFEFF');
            }
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(spec.columns().stream().map(Column::name).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(@Nullable Object... values) {
        List<Column> columns = spec.columns();
        try {
            for (int i = 0; i < columns.size(); i++) {
                Object value = i < values.length && i < spec.valueColumns() ? values[i] : null;
                printer.print(format(columns.get(i).type(), value));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    static String format(ColumnType type, @Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof java.time.temporal.Temporal) {
            return value.toString();
        }
        String text = value.toString();
        if ((type == ColumnType.INTEGER || type == ColumnType.DECIMAL)
                && text.strip().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            return text.strip();
        }
        return CellText.forCsv(text);
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
