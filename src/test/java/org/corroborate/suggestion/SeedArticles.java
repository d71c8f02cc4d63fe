package org.corroborate.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corroborate.article.BoilerplateCleaner;
import org.corroborate.figure.FigureNormaliser;
import org.jspecify.annotations.Nullable;

/** The seed articles of fixtures/articles as annotators see them: cleaned, with their publication dates. */
public final class SeedArticles {

    static final Path FOLDER = Path.of("fixtures/articles");

    public record Seed(String file, String text, @Nullable LocalDate published) {}

    private SeedArticles() {}

    public static List<Seed> load() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            Map<String, LocalDate> dates = dates();
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .map(p -> {
                        String raw = read(p);
                        String cleaned = new BoilerplateCleaner()
                                .clean(raw)
                                .cleanedText()
                                .text();
                        String name = p.getFileName().toString();
                        return new Seed(name, cleaned, dates.get(name));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, LocalDate> dates() throws IOException {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FOLDER.resolve("dates.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (!line.startsWith("#") && cells.length == 2) {
                dates.put(cells[0], LocalDate.parse(cells[1].strip()));
            }
        }
        return dates;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the cleaned seeds and what the detectors suggest, for writing and checking the gold key. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/seed-dump");
        Files.createDirectories(out);
        Detectors detectors = Detectors.standard(FigureNormaliser.withoutProject());
        for (Seed seed : load()) {
            Files.writeString(out.resolve(seed.file()), seed.text(), StandardCharsets.UTF_8);
            StringBuilder s = new StringBuilder();
            for (Suggestion g : detectors.detect(seed.text(), seed.published())) {
                s.append(g.layer().code())
                        .append('\t')
                        .append(g.label())
                        .append('\t')
                        .append(g.start())
                        .append('\t')
                        .append(g.end())
                        .append('\t')
                        .append(g.frameId())
                        .append('\t')
                        .append(g.text(seed.text()).replace('\n', '|'))
                        .append('\t')
                        .append(g.attributes())
                        .append('\n');
            }
            Files.writeString(out.resolve(seed.file() + ".tsv"), s.toString(), StandardCharsets.UTF_8);
        }
    }
}
