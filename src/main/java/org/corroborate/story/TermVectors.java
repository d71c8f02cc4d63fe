package org.corroborate.story;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF vectors of a corpus of texts (a project's articles) and their cosine similarity. Term weight is
 * (1 + ln tf) · (ln((1 + N) / (1 + df)) + 1): sublinear so a repeated name does not dominate, and a smoothed
 * idf that never reaches zero, so words that every article of a small project shares still count a little.
 * The idf comes from the corpus given, so a score depends on which articles were compared together.
 */
final class TermVectors {

    /** A sparse unit vector: term numbers in ascending order and their weights. */
    private record Vector(int[] terms, double[] weights) {
    }

    private final Map<Long, Vector> vectors;

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
                    documentFrequency = Arrays.copyOf(documentFrequency, Math.max(term + 1, documentFrequency.length * 2));
                }
                documentFrequency[term]++;
            }
            counts.put(text.getKey(), tf);
        }
        int n = contentWords.size();
        Map<Long, Vector> vectors = new LinkedHashMap<>();
        for (Map.Entry<Long, Map<Integer, Integer>> text : counts.entrySet()) {
            int[] terms = text.getValue().keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] weights = new double[terms.length];
            double norm = 0;
            for (int i = 0; i < terms.length; i++) {
                double tf = 1 + Math.log(text.getValue().get(terms[i]));
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
