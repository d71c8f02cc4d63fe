package org.corroborate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corroborate.article.BoilerplateCleaner;
import org.corroborate.article.CleanedText;
import org.corroborate.figure.FigureNormaliser;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.suggestion.CodePointOffsets;
import org.corroborate.suggestion.Detectors;
import org.corroborate.suggestion.Suggestion;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code suggest [--out FILE] [--published YYYY-MM-DD] FILE|FOLDER...}: the detectors' suggestions for plain-text
 * articles as JSON Lines, without Spring and without a database. Each file is cleaned of web noise as the app
 * cleans it, analysed, and every suggestion is written with offsets into the file's text as read, counted in
 * Unicode code points (Python's {@code text[start:end]}).
 *
 * <p>The publication date (against which "last Friday" is read) is {@code --published} when given, else the
 * file's row in a {@code dates.tsv} beside it ({@code name<TAB>YYYY-MM-DD}, as in fixtures/articles), else
 * unknown. All inputs are read and checked before anything is written: one bad file refuses the run.
 */
final class SuggestCommand {

    static final String NAME = "suggest";
    static final String DATES_FILE = "dates.tsv";

    private final PrintStream out;
    private final PrintStream err;
    private final Detectors detectors;
    private final JsonMapper json = JsonMapper.shared();

    SuggestCommand(PrintStream out, PrintStream err) {
        this(out, err, Detectors.standard(FigureNormaliser.withoutProject()));
    }

    SuggestCommand(PrintStream out, PrintStream err, Detectors detectors) {
        this.out = out;
        this.err = err;
        this.detectors = detectors;
    }

    /** An article to analyse: the name it is reported under, its text as read, its publication date. */
    record Input(String name, String raw, @Nullable LocalDate published) {}

    int run(String[] args) {
        try {
            Arguments arguments = new Arguments(args);
            Optional<String> outFile = arguments.option("--out");
            Optional<LocalDate> published = arguments.option("--published").map(SuggestCommand::date);
            arguments.requireNoOtherOptions();
            if (arguments.positionals().isEmpty()) {
                throw new UsageException("suggest needs at least one FILE or FOLDER");
            }
            List<Input> inputs = read(arguments.positionals(), published.orElse(null));
            if (outFile.isPresent()) {
                Path target = Path.of(outFile.get());
                int count;
                try (OutputStream file = Files.newOutputStream(target);
                        PrintStream lines = new PrintStream(file, false, StandardCharsets.UTF_8)) {
                    count = write(inputs, lines);
                    if (lines.checkError()) {
                        throw new CommandFailedException(target + ": cannot be written");
                    }
                } catch (IOException e) {
                    throw new CommandFailedException(target + ": cannot be written (" + e.getMessage() + ")");
                }
                out.println("Wrote " + count + " suggestions for " + inputs.size() + " file(s) to " + target + ".");
            } else {
                write(inputs, out);
                out.flush();
            }
            return ExitCode.OK;
        } catch (UsageException e) {
            err.println("corroborate: " + e.getMessage());
            err.println("Run with --help for usage.");
            return ExitCode.USAGE_ERROR;
        } catch (CommandFailedException e) {
            err.println("corroborate: " + e.getMessage());
            return ExitCode.REFUSED;
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--published needs a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    /** Every named file, and the .txt files of every named folder in name order; refuses on the first problem. */
    static List<Input> read(List<String> paths, @Nullable LocalDate published) {
        List<Input> inputs = new ArrayList<>();
        Map<Path, Map<String, LocalDate>> datesByFolder = new HashMap<>();
        for (String name : paths) {
            Path path = Path.of(name);
            List<Path> files;
            if (Files.isDirectory(path)) {
                files = textFilesIn(path);
                if (files.isEmpty()) {
                    throw new CommandFailedException(name + ": the folder holds no .txt files");
                }
            } else if (Files.isRegularFile(path)) {
                files = List.of(path);
            } else {
                throw new CommandFailedException(name + ": no such file or folder");
            }
            for (Path file : files) {
                Path folder = file.toAbsolutePath().getParent();
                LocalDate date = published != null
                        ? published
                        : datesByFolder
                                .computeIfAbsent(folder, SuggestCommand::dates)
                                .get(file.getFileName().toString());
                inputs.add(new Input(file.toString(), readUtf8(file), date));
            }
        }
        return inputs;
    }

    private static List<Path> textFilesIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p ->
                            Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CommandFailedException(folder + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** The {@code dates.tsv} beside the files: file name, tab, date; '#' starts a comment line. */
    static Map<String, LocalDate> dates(Path folder) {
        Path tsv = folder.resolve(DATES_FILE);
        if (!Files.isRegularFile(tsv)) {
            return Map.of();
        }
        Map<String, LocalDate> dates = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length < 2) {
                    continue;
                }
                try {
                    dates.put(cells[0].strip(), LocalDate.parse(cells[1].strip()));
                } catch (DateTimeParseException e) {
                    throw new CommandFailedException(tsv + ": '" + cells[1].strip() + "' is not a date (YYYY-MM-DD)");
                }
            }
        } catch (IOException e) {
            throw new CommandFailedException(tsv + ": cannot be read (" + e.getMessage() + ")");
        }
        return dates;
    }

    private static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandFailedException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CommandFailedException(file + ": is not UTF-8 text");
        }
        if (text.isBlank()) {
            throw new CommandFailedException(file + ": is empty");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new CommandFailedException(file + ": is binary, not text");
        }
        return text;
    }

    /** Writes one JSON object per suggestion; returns how many. */
    int write(List<Input> inputs, PrintStream lines) {
        int count = 0;
        for (Input input : inputs) {
            for (Map<String, Object> row : rows(input)) {
                lines.print(json.writeValueAsString(row));
                lines.print('\n');
                count++;
            }
        }
        return count;
    }

    /** The suggestions for one article, offsets mapped from the cleaned text to code points of the raw text. */
    List<Map<String, Object>> rows(Input input) {
        CleanedText cleaned = new BoilerplateCleaner().clean(input.raw()).cleanedText();
        List<Suggestion> suggestions = detectors.detect(cleaned.text(), input.published());
        CodePointOffsets codePoints = CodePointOffsets.of(input.raw());
        Map<String, String> frameOfSource = new HashMap<>();
        for (Suggestion s : suggestions) {
            if (s.layer() == Layer.ATTRIBUTION && s.label().equals(Labels.SOURCE) && s.frameId() != null) {
                frameOfSource.putIfAbsent(s.start() + ":" + s.end(), s.frameId());
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Suggestion s : suggestions) {
            int rawStart = cleaned.rawOffset(s.start());
            int rawEnd = cleaned.rawOffset(s.end() - 1) + 1;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", input.name());
            row.put("start", codePoints.toCodePoints(rawStart));
            row.put("end", codePoints.toCodePoints(rawEnd));
            row.put("text", input.raw().substring(rawStart, rawEnd));
            row.put("layer", s.layer().code());
            row.put("label", s.label());
            row.put("attributes", attributes(s, cleaned, codePoints));
            row.put("detector", s.detector());
            // a source mention that is also an attribution's source belongs to that frame
            String frame = s.frameId() != null
                    ? s.frameId()
                    : s.layer() == Layer.SOURCE ? frameOfSource.get(s.start() + ":" + s.end()) : null;
            row.put("frame", frame);
            rows.add(row);
        }
        return rows;
    }

    /** Sorted attributes; the reason-for-anonymity offsets are mapped like the span's own. */
    private static Map<String, String> attributes(Suggestion s, CleanedText cleaned, CodePointOffsets codePoints) {
        Map<String, String> attributes = new TreeMap<>(s.attributes());
        for (String key : List.of(Attributes.REASON_START, Attributes.REASON_END)) {
            String value = attributes.get(key);
            if (value != null) {
                int offset = Integer.parseInt(value);
                int raw = key.equals(Attributes.REASON_END) && offset > 0
                        ? cleaned.rawOffset(offset - 1) + 1
                        : cleaned.rawOffset(offset);
                attributes.put(key, Integer.toString(codePoints.toCodePoints(raw)));
            }
        }
        return attributes;
    }
}
