package org.corroborate.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The concepts of {@code measure-concepts.txt}: which stemmed word names which measured thing. */
final class MeasureConcepts {

    private static final Map<String, String> CONCEPT_OF_STEM = load();

    private MeasureConcepts() {
    }

    static @Nullable String conceptOf(String stem) {
        return CONCEPT_OF_STEM.get(stem);
    }

    private static Map<String, String> load() {
        Map<String, String> concepts = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(MeasureConcepts.class.getResourceAsStream("measure-concepts.txt"));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String concept = line.substring(0, colon).strip();
                for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                    for (String stem : SlotProposer.words(word)) {
                        concepts.putIfAbsent(stem, concept);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(concepts);
    }
}
