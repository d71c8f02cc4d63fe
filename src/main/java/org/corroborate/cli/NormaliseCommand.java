package org.corroborate.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.corroborate.figure.FigureCodec;
import org.corroborate.figure.FigureNormaliser;
import org.corroborate.figure.FigureReading;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code normalise [--published YYYY-MM-DD] [--approximate-width W]}: reads figures as written from stdin, one
 * a line, each optionally followed by a tab and its article's publication date, and prints one JSON object a
 * line with the reading. Plain Java, no Spring. Every input line gives exactly one output line, in order, so
 * the output can be pasted beside the input; a line whose date is not a date gives a line with an
 * {@code error} (and a message on stderr), the others are still read, and the exit code is then 1. It reads no
 * project: the width of "approximately" is the default unless {@code --approximate-width} gives a project's
 * (inside the app every reading comes from {@code project.FigureReaders}).
 */
final class NormaliseCommand {

    static final String NAME = "normalise";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    /** Plain decimals: 90000000000, never 9E+10. */
    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    NormaliseCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        FigureNormaliser normaliser;
        LocalDate defaultDate;
        try {
            Arguments arguments = new Arguments(args);
            defaultDate = arguments
                    .option("--published")
                    .map(NormaliseCommand::publishedOption)
                    .orElse(null);
            normaliser = arguments
                    .option("--approximate-width")
                    .map(NormaliseCommand::widthOption)
                    .map(FigureNormaliser::withApproximateWidth)
                    .orElse(FigureNormaliser.withoutProject());
            arguments.requireNoOtherOptions();
            if (!arguments.positionals().isEmpty()) {
                throw new UsageException("normalise reads figures from standard input and takes no FILE");
            }
        } catch (UsageException e) {
            err.println("corroborate: " + e.getMessage());
            err.println("Run with --help for usage.");
            return ExitCode.USAGE_ERROR;
        }
        int badLines = 0;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\ufeff")) {
                    line = line.substring(1);
                }
                Map<String, Object> row = row(normaliser, line, defaultDate);
                if (row.containsKey("error")) {
                    badLines++;
                    err.println("corroborate: line " + number + ": " + row.get("error"));
                }
                out.print(json.writeValueAsString(row));
                out.print('\n');
                if (!lines.ready()) {
                    out.flush(); // answer at once when figures are typed or piped one at a time
                }
            }
        } catch (IOException e) {
            err.println("corroborate: cannot read standard input (" + e.getMessage() + ")");
            return ExitCode.REFUSED;
        }
        out.flush();
        return badLines == 0 ? ExitCode.OK : ExitCode.REFUSED;
    }

    /** One input line: the figure, then optionally a tab and the publication date (which wins over --published). */
    Map<String, Object> row(FigureNormaliser normaliser, String line, @Nullable LocalDate defaultDate) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        int tab = text.indexOf('\t');
        String figure = tab < 0 ? text : text.substring(0, tab);
        String dateCell = tab < 0 ? "" : text.substring(tab + 1).strip();
        LocalDate published = defaultDate;
        String error = null;
        if (!dateCell.isEmpty()) {
            Optional<LocalDate> parsed = date(dateCell);
            if (parsed.isPresent()) {
                published = parsed.get();
            } else {
                error = "'" + dateCell + "' is not a publication date (YYYY-MM-DD)";
            }
        }
        FigureReading r = error == null ? normaliser.read(figure, published) : FigureReading.notUnderstood();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("input", figure);
        row.put("published", published == null || error != null ? null : published.toString());
        row.put("understood", r.understood());
        row.put("lower", bound(r, r.lower()));
        row.put("upper", bound(r, r.upper()));
        row.put("lowerInclusive", r.understood() && r.lowerInclusive());
        row.put("upperInclusive", r.understood() && r.upperInclusive());
        row.put("bound", r.understood() ? r.bound() : null);
        row.put("approximate", r.approximate());
        row.put("unit", r.unit());
        row.put("dimension", r.understood() ? r.dimension() : null);
        row.put("currency", r.currency());
        if (error != null) {
            row.put("error", error);
        }
        return row;
    }

    /** A number, or for a date the ISO day as an annotation attribute writes it. */
    private static @Nullable Object bound(FigureReading r, @Nullable BigDecimal value) {
        if (value == null || !r.understood()) {
            return null;
        }
        return r.isDate() ? FigureCodec.attributeEnd(r, value) : value;
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate publishedOption(String value) {
        return date(value)
                .orElseThrow(() -> new UsageException("--published needs a date as YYYY-MM-DD, not '" + value + "'"));
    }

    private static BigDecimal widthOption(String value) {
        try {
            BigDecimal width = new BigDecimal(value);
            if (width.signum() >= 0 && width.compareTo(BigDecimal.ONE) < 0) {
                return width;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--approximate-width needs a fraction from 0 up to (not including) 1, such as 0.1,"
                + " not '" + value + "'");
    }
}
