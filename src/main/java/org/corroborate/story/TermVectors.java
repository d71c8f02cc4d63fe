package org.corroborate.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * TF-IDF vectors of a corpus of texts (a project's articles) and their cosine similarity. Term weight is
 * (1 + ln tf) · (ln((1 + N) / (1 + df)) + 1): sublinear so a repeated name does not dominate, and a smoothed
 * idf that never reaches zero, so words that every article of a small project shares still count a little.
 * The idf comes from the corpus given, so a score depends on which articles were compared together.
 */
final class TermVectors {

    /** A sparse unit vector: term numbers in ascending order and their weights. */
    private record Vector(int[] terms, double[] weights) {}

    private final Map<Long, Vector> vectors;
    /** For each term, the texts that have it (ids), built on first use. */
    private @Nullable Map<Integer, long[]> postings;

    private TermVectors(Map<Long, Vector> vectors) {
        this.vectors = vectors;
    }

    /** @param contentWords each text's content words (see {@link Words#content}), by article id */
    static TermVectors of(Map<Long, List<String>> contentWords) {
        Map<String, Integer> vocabulary = new HashMap<>();
        Map<Long, Map<Integer, Integer>> counts = new LinkedHashMap<>();
        int[] documentFrequency = new int[16];
        for (Map.Entry<Long, List<String>> text : contentWords.entrySet()) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String word : text.getValue()) {
                int term = vocabulary.computeIfAbsent(word, w -> vocabulary.size());
                tf.merge(term, 1, Integer::sum);
            }
            for (int term : tf.keySet()) {
                if (term >= documentFrequency.length) {
                    documentFrequency =
                            Arrays.copyOf(documentFrequency, Math.max(term + 1, documentFrequency.length * 2));
                }
                documentFrequency[term]++;
            }
            counts.put(text.getKey(), tf);
        }
        int n = contentWords.size();
        Map<Long, Vector> vectors = new LinkedHashMap<>();
        for (Map.Entry<Long, Map<Integer, Integer>> text : counts.entrySet()) {
            int[] terms = text.getValue().keySet().stream()
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
            double[] weights = new double[terms.length];
            double norm = 0;
            for (int i = 0; i < terms.length; i++) {
                double tf = 1 + Math.log(Objects.requireNonNull(text.getValue().get(terms[i]), "terms are its keys"));
                double idf = Math.log((1.0 + n) / (1.0 + documentFrequency[terms[i]])) + 1;
                weights[i] = tf * idf;
                norm += weights[i] * weights[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= norm;
            }
            vectors.put(text.getKey(), new Vector(terms, weights));
        }
        return new TermVectors(vectors);
    }

    Set<Long> ids() {
        return vectors.keySet();
    }

    /**
     * The texts worth an exact cosine with this one, found as a search engine's "more like this" finds them: the
     * texts that share one of this text's {@code topTerms} heaviest terms, leaving out terms that more than
     * {@code maxDocuments} texts have (they say little and would make everything a candidate). Texts of one event
     * share their heaviest terms (names, places); a pair alike only through common words is below any sensible
     * threshold, which the test on generated events and the seed articles confirm.
     */
    Set<Long> sharingHeavyTerms(long id, int topTerms, int maxDocuments) {
        Map<Integer, long[]> index = postings();
        Vector v = vector(id);
        Integer[] order = new Integer[v.terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v.weights[b], v.weights[a]));
        Set<Long> found = new HashSet<>();
        int used = 0;
        for (int i = 0; i < order.length && used < topTerms; i++) {
            long[] texts = Objects.requireNonNull(index.get(v.terms[order[i]]), "every term of a vector is posted");
            if (texts.length > maxDocuments) {
                continue;
            }
            used++;
            for (long other : texts) {
                found.add(other);
            }
        }
        found.remove(id);
        return found;
    }

    private Map<Integer, long[]> postings() {
        if (postings == null) {
            Map<Integer, List<Long>> lists = new HashMap<>();
            vectors.forEach((id, v) -> {
                for (int term : v.terms) {
                    lists.computeIfAbsent(term, t -> new ArrayList<>()).add(id);
                }
            });
            Map<Integer, long[]> index = new HashMap<>();
            lists.forEach((term, ids) ->
                    index.put(term, ids.stream().mapToLong(Long::longValue).toArray()));
            postings = index;
        }
        return postings;
    }

    /** Cosine of the two texts' vectors: 0 (no content word shared) to 1 (same words, same proportions). */
    double cosine(long a, long b) {
        Vector x = vector(a);
        Vector y = vector(b);
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < x.terms.length && j < y.terms.length) {
            if (x.terms[i] == y.terms[j]) {
                dot += x.weights[i++] * y.weights[j++];
            } else if (x.terms[i] < y.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, dot);
    }

    private Vector vector(long id) {
        Vector v = vectors.get(id);
        if (v == null) {
            throw new IllegalArgumentException("text " + id + " is not in this corpus");
        }
        return v;
    }
}
