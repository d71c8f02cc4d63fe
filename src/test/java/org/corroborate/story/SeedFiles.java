package org.corroborate.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corroborate.imports.UploadedFile;

/** The seed article files of fixtures/articles as an upload, and made-up files about other events. */
public final class SeedFiles {

    private SeedFiles() {}

    /** The five seed files, by name. */
    public static List<UploadedFile> all() {
        try (Stream<Path> files = Files.list(Path.of("fixtures/articles"))) {
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .map(SeedFiles::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed files whose names start with one of the prefixes ("001", "004"). */
    public static List<UploadedFile> only(String... prefixes) {
        return all().stream()
                .filter(f -> Stream.of(prefixes).anyMatch(f.name()::startsWith))
                .toList();
    }

    public static UploadedFile football() {
        return new UploadedFile("football.txt", OtherArticles.FOOTBALL.getBytes(StandardCharsets.UTF_8));
    }

    private static UploadedFile read(Path p) {
        try {
            return new UploadedFile(p.getFileName().toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
