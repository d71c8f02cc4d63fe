package org.corroborate.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How alike the articles of one corpus (usually a project) are, two ways: {@link #story} — do they report
 * the same event (TF-IDF cosine of their content words) — and {@link #nearDuplicate} — is one a rewrite of
 * the other (containment of word 3-shingles). Built once per corpus from the cleaned texts.
 */
final class ArticleSimilarity {

    /** MinHash screens pairs at this share of the near-duplicate threshold; survivors are counted exactly. */
    static final double SCREEN_FACTOR = 0.5;

    /** An article's id and cleaned text. */
    record Text(long id, String text) {}

    /** Two articles (a &lt; b) and how alike they are by the measure asked for. */
    record Pair(long a, long b, double similarity) {}

    private final TermVectors vectors;
    private final Map<Long, Shingles> shingles;
    private final Map<Long, MinHash> signatures;

    private ArticleSimilarity(TermVectors vectors, Map<Long, Shingles> shingles, Map<Long, MinHash> signatures) {
        this.vectors = vectors;
        this.shingles = shingles;
        this.signatures = signatures;
    }

    static ArticleSimilarity of(Collection<Text> texts) {
        Map<Long, List<String>> content = new LinkedHashMap<>();
        Map<Long, Shingles> shingles = new LinkedHashMap<>();
        Map<Long, MinHash> signatures = new LinkedHashMap<>();
        for (Text text : texts) {
            content.put(text.id(), Words.content(text.text()));
            Shingles s = Shingles.of(Words.all(text.text()));
            shingles.put(text.id(), s);
            signatures.put(text.id(), MinHash.of(s));
        }
        return new ArticleSimilarity(TermVectors.of(content), shingles, signatures);
    }

    private MinHash signature(long id) {
        return Objects.requireNonNull(signatures.get(id), "every text has a signature");
    }

    Set<Long> ids() {
        return vectors.ids();
    }

    /** Terms of an article that find its story candidates: its heaviest ones. */
    static final int CANDIDATE_TERMS = 20;

    /**
     * The articles worth comparing with this one for a story (see {@link TermVectors#sharingHeavyTerms}): those
     * sharing one of its 20 heaviest terms that at most one article in ten has (any term, in projects under 500).
     */
    Set<Long> storyCandidates(long id) {
        int n = ids().size();
        return vectors.sharingHeavyTerms(id, CANDIDATE_TERMS, n < 500 ? n : n / 10);
    }

    /** Same event: cosine of the TF-IDF vectors, 0 to 1. */
    double story(long a, long b) {
        return vectors.cosine(a, b);
    }

    /** Same copy: the share of the shorter article's word 3-shingles that the other has too, 0 to 1. */
    double nearDuplicate(long a, long b) {
        return shingles(a).containment(shingles(b));
    }

    /**
     * Pairs with at least one article of {@code focus} whose near-duplicate score reaches the threshold.
     * MinHash estimates screen out the clearly different pairs; the rest are scored exactly.
     */
    List<Pair> nearDuplicates(Collection<Long> focus, double threshold) {
        Set<Long> focused = Set.copyOf(focus);
        List<Long> ids = new ArrayList<>(ids());
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                long a = Math.min(ids.get(i), ids.get(j));
                long b = Math.max(ids.get(i), ids.get(j));
                if (!focused.contains(a) && !focused.contains(b)) {
                    continue;
                }
                if (signature(a).estimatedContainment(signature(b)) < threshold * SCREEN_FACTOR) {
                    continue;
                }
                double score = nearDuplicate(a, b);
                if (score >= threshold) {
                    pairs.add(new Pair(a, b, score));
                }
            }
        }
        return pairs;
    }

    private Shingles shingles(long id) {
        Shingles s = shingles.get(id);
        if (s == null) {
            throw new IllegalArgumentException("text " + id + " is not in this corpus");
        }
        return s;
    }
}
