package org.corroborate.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The concepts of {@code measure-concepts.txt}: which stemmed word names which measured thing. */
final class MeasureConcepts {

    private static final Map<String, String> CONCEPT_OF_STEM = new HashMap<>();
    /** Narrower concept → the broader one that stands where both are named. */
    private static final Map<String, String> BROADER = new HashMap<>();

    static {
        load();
    }

    private MeasureConcepts() {}

    static @Nullable String conceptOf(String stem) {
        return CONCEPT_OF_STEM.get(stem);
    }

    /** The concepts these stemmed words name, a narrower one left out where its broader one is named too. */
    static Set<String> named(Collection<String> stems) {
        Set<String> concepts = new HashSet<>();
        for (String stem : stems) {
            String concept = CONCEPT_OF_STEM.get(stem);
            if (concept != null) {
                concepts.add(concept);
            }
        }
        concepts.removeIf(c -> concepts.contains(BROADER.get(c)));
        return concepts;
    }

    private static void load() {
        Map<String, String> concepts = CONCEPT_OF_STEM;
        try (InputStream in =
                        Objects.requireNonNull(MeasureConcepts.class.getResourceAsStream("measure-concepts.txt"));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int colon = line.indexOf(':');
                int broader = line.indexOf('>');
                if (!line.startsWith("#") && colon < 0 && broader > 0) {
                    BROADER.put(
                            line.substring(broader + 1).strip(),
                            line.substring(0, broader).strip());
                    continue;
                }
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
    }
}
