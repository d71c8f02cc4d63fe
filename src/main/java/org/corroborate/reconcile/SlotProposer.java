package org.corroborate.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.figure.FigureCodec;

/**
 * Proposes slots: groups of a story's figures that measure the same thing. Two figures can share a slot only
 * when they are the same kind of quantity (dimension and scale); how alike they are is the cosine of the
 * TF-IDF weighted words around them (words every figure has, like the story's protagonists, weigh little),
 * with what annotators wrote they measure counted in too. Groups form by average-linkage clustering above a
 * threshold, so one loosely related figure cannot chain two slots together. Values play one part: figures
 * that disagree must still meet in one slot, but merges that agree come first (a pair in conflict ranks as if
 * {@link #CONFLICT_FACTOR} times less alike), so the reports of one event gather before a like-worded other
 * event can join them, and an article's own two events then stay apart ("the virtual meeting on Wednesday",
 * "the meeting in Alaska on Friday").
 */
public final class SlotProposer {

    /** Measured on the seed story; see docs/adr/0012-figure-slots-and-verdicts.md. */
    public static final double DEFAULT_THRESHOLD = 0.18;

    private static final BigDecimal DEFAULT_WIDTH = org.corroborate.figure.FigureNormaliser.DEFAULT_APPROXIMATE_WIDTH;

    /** A proposed slot: its members (from at least two articles) and a title from the words they share. */
    public record ProposedSlot(String title, List<SlotCandidate> members) {}

    static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Set<String> STOP = Set.of(("a an and are as at be been being but by can could did do"
                    + " does for from had has have he her him his how i if in into is it its itself may me might more most"
                    + " much must my no nor not of on or our out over own said says say so some such than that the their"
                    + " them then there these they this those through to too under until up upon very was we were what"
                    + " when where which while who whom why will with would you your also about after again against all"
                    + " am any because before below between both during each few further here just now off once only"
                    + " other ought same she should since still told via per one two three four five six seven eight"
                    + " nine ten hundred thousand million billion trillion dozen dozens hundreds thousands millions"
                    + " percent cent year years month months week weeks day days time ago last next within took take taken"
                    + " place held hold came come made make get got")
            .split(" "));

    private final double threshold;
    private final double nearShare;
    private final double conceptWeight;
    private final double conflictFactor;
    /** Judges whether two figures contradict each other, with the project's "approximately". */
    private final VerdictRules rules;

    /** With the default threshold and "approximately" as ±10% (the project settings' default). */
    public SlotProposer() {
        this(DEFAULT_THRESHOLD);
    }

    public SlotProposer(double threshold) {
        this(threshold, NEAR_SHARE, CONCEPT_WEIGHT, DEFAULT_WIDTH);
    }

    /** With the project's width of "approximately", within which one article's figures do not contradict. */
    public SlotProposer(BigDecimal approximateWidth) {
        this(DEFAULT_THRESHOLD, NEAR_SHARE, CONCEPT_WEIGHT, approximateWidth);
    }

    /** For tuning: the share of similarity the words next to a figure decide, and a concept's weight there. */
    SlotProposer(double threshold, double nearShare, double conceptWeight) {
        this(threshold, nearShare, conceptWeight, DEFAULT_WIDTH);
    }

    private SlotProposer(double threshold, double nearShare, double conceptWeight, BigDecimal approximateWidth) {
        this(threshold, nearShare, conceptWeight, approximateWidth, CONFLICT_FACTOR);
    }

    /** For tuning: how much likelier than the threshold a merge must be to put a conflict into a slot. */
    SlotProposer(
            double threshold,
            double nearShare,
            double conceptWeight,
            BigDecimal approximateWidth,
            double conflictFactor) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        this.nearShare = nearShare;
        this.conceptWeight = conceptWeight;
        this.conflictFactor = conflictFactor;
        this.rules = new VerdictRules(approximateWidth);
    }

    public List<ProposedSlot> propose(List<SlotCandidate> candidates) {
        List<Map<String, Double>> vectors = vectors(candidates);
        List<SparseVector> sparse = SparseVector.of(vectors);
        // Figures of different kinds never share a slot: cluster each kind on its own.
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            FigureInterval iv = candidates.get(i).interval();
            byKind.computeIfAbsent(iv.dimension() + "/" + iv.scale(), k -> new ArrayList<>())
                    .add(i);
        }
        // each figure's words (and what it measures) read once, for the rules, the titles and their rarity
        List<Set<String>> nearWords =
                candidates.stream().map(SlotProposer::nearWords).toList();
        List<Set<String>> named = nearWords.stream().map(MeasureConcepts::named).toList();
        Map<String, Double> rarity = SlotTitles.rarity(nearWords);
        List<ProposedSlot> slots = new ArrayList<>();
        for (List<Integer> kind : byKind.values()) {
            for (List<Integer> members : cluster(kind, sparse, candidates, named)) {
                List<Integer> order = members.stream().sorted().toList();
                List<SlotCandidate> figures =
                        order.stream().map(candidates::get).toList();
                if (figures.stream().map(SlotCandidate::articleId).distinct().count() >= 2) {
                    String title = SlotTitles.title(
                            figures,
                            order.stream().map(nearWords::get).toList(),
                            order.stream().map(named::get).toList(),
                            members,
                            vectors,
                            rarity);
                    slots.add(new ProposedSlot(title, figures));
                }
            }
        }
        return slots;
    }

    /**
     * Average-linkage clustering of one kind of figure: the closest pair of groups (by the mean similarity of
     * their members) merges while that mean reaches the threshold and no article would contradict itself. Where
     * a figure of one group is in conflict with one of the other, the pair waits its turn as if its mean were
     * {@link #CONFLICT_FACTOR} times less: agreeing reports of an event gather first, and an article's other
     * event can then no longer join them. An article rarely contradicts itself, so its "Monday" and its "February"
     * are two events and never share a slot. Pair sums and conflicts live in matrices, so a merge costs one pass
     * over the groups.
     *
     * @param kind indices into the candidates, all comparable
     */
    private List<List<Integer>> cluster(
            List<Integer> kind, List<SparseVector> vectors, List<SlotCandidate> candidates, List<Set<String>> named) {
        int n = kind.size();
        double[][] sum = new double[n][n];
        // between two groups: a figure of one in conflict with one of the other; and such a pair in one article
        boolean[][] disagree = new boolean[n][n];
        boolean[][] contradict = new boolean[n][n];
        int[] size = new int[n];
        int[] version = new int[n];
        boolean[] alive = new boolean[n];
        List<List<Integer>> members = new ArrayList<>();
        PriorityQueue<double[]> queue = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> -e[0]));
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            alive[i] = true;
            members.add(new ArrayList<>(List.of(kind.get(i))));
        }
        for (int i = 0; i < n; i++) {
            SlotCandidate x = candidates.get(kind.get(i));
            for (int j = i + 1; j < n; j++) {
                SlotCandidate y = candidates.get(kind.get(j));
                double s = vectors.get(kind.get(i)).dot(vectors.get(kind.get(j)));
                sum[i][j] = s;
                sum[j][i] = s;
                disagree[i][j] = rules.pair(x.interval(), y.interval()) == AutomaticVerdict.CONFLICT;
                disagree[j][i] = disagree[i][j];
                contradict[i][j] = disagree[i][j]
                        && (x.articleId() == y.articleId()
                                || measureDifferentThings(x, named.get(kind.get(i)), y, named.get(kind.get(j))));
                contradict[j][i] = contradict[i][j];
                if (s >= threshold) {
                    queue.add(new double[] {disagree[i][j] ? s / conflictFactor : s, i, j, 0, 0});
                }
            }
        }
        while (!queue.isEmpty()) {
            double[] e = queue.poll();
            int a = (int) e[1];
            int b = (int) e[2];
            if (!alive[a] || !alive[b] || version[a] != (int) e[3] || version[b] != (int) e[4]) {
                continue; // stale: one side has merged since
            }
            if (contradict[a][b]) {
                continue; // an article would contradict itself
            }
            members.get(a).addAll(members.get(b));
            members.set(b, List.of());
            alive[b] = false;
            size[a] += size[b];
            version[a]++;
            for (int c = 0; c < n; c++) {
                if (!alive[c] || c == a) {
                    continue;
                }
                double s = sum[a][c] + sum[b][c];
                sum[a][c] = s;
                sum[c][a] = s;
                disagree[a][c] |= disagree[b][c];
                disagree[c][a] = disagree[a][c];
                contradict[a][c] |= contradict[b][c];
                contradict[c][a] = contradict[a][c];
                double average = s / ((double) size[a] * size[c]);
                if (average >= threshold) {
                    queue.add(new double[] {
                        disagree[a][c] ? average / conflictFactor : average, a, c, version[a], version[c]
                    });
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                groups.add(members.get(i));
            }
        }
        return groups;
    }

    /**
     * Whether two figures that disagree measure different things rather than contradict each other: one article
     * gives as past what the other dates after that article was written, or one names a time long past, recent or
     * still ahead and the other another ("a virtual meeting on Wednesday", "the meeting in February"), or, for
     * quantities other than dates, the words next to each name what it counts and they name nothing in common
     * ("tens of thousands of deaths", "over a million casualties"). Reports of one event disagree on its value,
     * not on these.
     */
    static boolean measureDifferentThings(SlotCandidate x, SlotCandidate y) {
        return measureDifferentThings(x, concepts(x), y, concepts(y));
    }

    /** As {@link #measureDifferentThings(SlotCandidate, SlotCandidate)}, with the concepts each names. */
    private static boolean measureDifferentThings(
            SlotCandidate x, Set<String> countsX, SlotCandidate y, Set<String> countsY) {
        if (pastWhenTheOtherWasWritten(x.interval(), y.interval())
                || pastWhenTheOtherWasWritten(y.interval(), x.interval())) {
            return true;
        }
        java.util.Optional<String> whenX = timeScale(x.interval());
        java.util.Optional<String> whenY = timeScale(y.interval());
        if (whenX.isPresent() && whenY.isPresent() && !whenX.get().equals(whenY.get())) {
            return true;
        }
        if ("date".equals(x.interval().dimension())) {
            return false; // the words next to a date name its event, and one event has many names ("clashed",
            // "meeting")
        }
        return !countsX.isEmpty() && !countsY.isEmpty() && java.util.Collections.disjoint(countsX, countsY);
    }

    /**
     * Whether one date lies wholly in the past of its article while the other lies wholly after that article was
     * written: the first article cannot have reported as done what the other dates later ("the virtual meeting on
     * Wednesday", written Thursday, and "Monday's summit", written the Tuesday after).
     */
    private static boolean pastWhenTheOtherWasWritten(FigureInterval past, FigureInterval later) {
        if (!"date".equals(past.dimension())
                || past.reference() == null
                || past.upper() == null
                || later.lower() == null) {
            return false;
        }
        BigDecimal written = FigureCodec.epochDay(past.reference());
        return past.upper().compareTo(written) <= 0 && later.lower().compareTo(written) > 0;
    }

    /** The measured things the words next to a figure, or what an annotator wrote it measures, name. */
    private static Set<String> concepts(SlotCandidate c) {
        return MeasureConcepts.named(nearWords(c));
    }

    /** The content words next to a figure and of what an annotator wrote it measures. */
    private static Set<String> nearWords(SlotCandidate c) {
        Set<String> words = new HashSet<>(words(c.near()));
        words.addAll(words(c.measures()));
        return words;
    }

    /** A unit vector as sorted term ids and weights, for fast dot products. */
    private record SparseVector(int[] terms, double[] weights) {

        static List<SparseVector> of(List<Map<String, Double>> vectors) {
            Map<String, Integer> ids = new HashMap<>();
            List<SparseVector> sparse = new ArrayList<>();
            for (Map<String, Double> v : vectors) {
                List<Map.Entry<Integer, Double>> entries = new ArrayList<>();
                v.forEach((term, w) -> entries.add(Map.entry(ids.computeIfAbsent(term, t -> ids.size()), w)));
                entries.sort(Map.Entry.comparingByKey());
                int[] terms = new int[entries.size()];
                double[] weights = new double[entries.size()];
                for (int k = 0; k < terms.length; k++) {
                    terms[k] = entries.get(k).getKey();
                    weights[k] = entries.get(k).getValue();
                }
                sparse.add(new SparseVector(terms, weights));
            }
            return sparse;
        }

        double dot(SparseVector other) {
            double dot = 0;
            int i = 0;
            int j = 0;
            while (i < terms.length && j < other.terms.length) {
                if (terms[i] == other.terms[j]) {
                    dot += weights[i++] * other.weights[j++];
                } else if (terms[i] < other.terms[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot;
        }
    }

    /**
     * For a date, how far from the article's publication it lies, coarsely: days around it, weeks or months
     * before, years before. Reports of one past event sit at a like distance ("a year ago", "in February"),
     * while its wording rarely matches; the buckets are wide, so dates that disagree still meet.
     */
    private static java.util.Optional<String> timeScale(FigureInterval interval) {
        if (!"date".equals(interval.dimension())
                || interval.reference() == null
                || interval.lower() == null
                || interval.upper() == null) {
            return java.util.Optional.empty();
        }
        double middle = (interval.lower().doubleValue() + interval.upper().doubleValue()) / 2;
        double daysBefore = interval.reference().toEpochDay() - middle;
        String bucket = daysBefore < -3
                ? "after"
                : daysBefore <= 21 ? "around" : daysBefore <= 548 ? "months-before" : "years-before";
        return java.util.Optional.of("#when-" + bucket);
    }

    /**
     * Two TF-IDF vectors per candidate folded into one: the words next to the figure (and what it measures)
     * and the wider context (its sentence and the one before), each normalised and weighted, so that a long
     * sentence cannot drown the two or three words that say what the figure counts.
     */
    private List<Map<String, Double>> vectors(List<SlotCandidate> candidates) {
        List<Map<String, Double>> near = new ArrayList<>();
        List<Map<String, Double>> wide = new ArrayList<>();
        for (SlotCandidate c : candidates) {
            Set<String> own = new HashSet<>(words(c.quote()));
            Map<String, Double> n = new HashMap<>();
            addWords(n, c.near(), 1.0, own);
            addWords(n, c.measures(), 1.0, own);
            n.replaceAll((k, x) -> k.startsWith("#") ? x * conceptWeight : x);
            timeScale(c.interval()).ifPresent(scale -> n.put(scale, 1.0));
            near.add(n);
            Map<String, Double> w = new HashMap<>();
            addWords(w, c.sentence(), 1.0, own);
            addWords(w, c.before(), BEFORE_WEIGHT, own);
            wide.add(w);
        }
        List<Map<String, Double>> nearVectors = tfIdf(near);
        List<Map<String, Double>> wideVectors = tfIdf(wide);
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Map<String, Double> v = new HashMap<>();
            double a = Math.sqrt(nearShare);
            double b = Math.sqrt(1 - nearShare);
            nearVectors.get(i).forEach((k, x) -> v.put("n:" + k, x * a));
            wideVectors.get(i).forEach((k, x) -> v.put("w:" + k, x * b));
            vectors.add(v);
        }
        return vectors;
    }

    /** Unit-length TF-IDF vectors of these bags of words. */
    private static List<Map<String, Double>> tfIdf(List<Map<String, Double>> bags) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        bags.forEach(tf -> tf.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
        int n = Math.max(1, bags.size());
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Double> tf : bags) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> e : tf.entrySet()) {
                double w = e.getValue()
                        * Math.log(1.0
                                + (double) n
                                        / Objects.requireNonNull(
                                                documentFrequency.get(e.getKey()), "counted from these bags"));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            if (length > 0) {
                v.replaceAll((k, w) -> w / length);
            }
            vectors.add(v);
        }
        return vectors;
    }

    /** How much of the similarity the words next to the figure decide; the wider context decides the rest. */
    private static final double NEAR_SHARE = 0.6;

    /**
     * How much later a merge that puts a conflict into a slot is tried. Measured on the seed story: the five
     * reports of the Alaska summit gather into one consistent slot, and "only a year ago" still meets "in
     * February" (a conflict the threshold alone decides).
     */
    private static final double CONFLICT_FACTOR = 2.0;

    /** A concept next to a figure ("casualties", "killed or wounded") outweighs any one word. */
    private static final double CONCEPT_WEIGHT = 3.0;

    private static final double BEFORE_WEIGHT = 0.5;

    /** Each word once per part, at the part's weight; a word naming a concept also counts for the concept. */
    private static void addWords(Map<String, Double> tf, String text, double weight, Set<String> skip) {
        for (String w : new HashSet<>(words(text))) {
            if (skip.contains(w)) {
                continue;
            }
            tf.merge(w, weight, Double::sum);
            String concept = MeasureConcepts.conceptOf(w);
            if (concept != null) {
                tf.merge("#" + concept, weight, Double::sum);
            }
        }
    }

    /** Content words, lower case, with plural and tense endings cut so "killed" meets "kill" and "talks" "talk". */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replace('’', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() < 3 || STOP.contains(w)) {
                continue;
            }
            words.add(stem(w));
        }
        return words;
    }

    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
