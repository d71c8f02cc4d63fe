package org.corroborate.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * Scores a student's spans against a gold key (ADR 0021). Per article and layer, every pair of a gold item and a
 * student span that overlap by at least the threshold is a candidate; candidates are taken best overlap first
 * (on a tie the right label first, then in text order), each gold item and each student span at most once. Plain
 * Java and stateless: one scorer serves a whole class.
 */
public final class ExerciseScorer {

    /** Rounding slack so that an overlap of exactly the threshold (5 of 10 code points at 0.5) matches. */
    private static final double SLACK = 1e-9;

    private static final Comparator<ExerciseSpan> TEXT_ORDER = Comparator.comparing(ExerciseSpan::doc)
            .thenComparingInt(ExerciseSpan::start)
            .thenComparingInt(ExerciseSpan::end)
            .thenComparing(ExerciseSpan::label);

    private final ScoringRules rules;

    public ExerciseScorer(ScoringRules rules) {
        this.rules = rules;
    }

    public ScoringRules rules() {
        return rules;
    }

    /** Spans only: the layers present in the gold key or the submission. */
    public ScoreReport score(List<ExerciseSpan> gold, List<ExerciseSpan> submission) {
        return score(gold, submission, List.of(), List.of());
    }

    /**
     * Spans and, when the exercise reconciles a story, slot verdicts. The reconciliation task is part of the report
     * when there are gold verdicts or submitted ones.
     */
    public ScoreReport score(
            List<ExerciseSpan> gold,
            List<ExerciseSpan> submission,
            List<ExerciseVerdict> goldVerdicts,
            List<ExerciseVerdict> submittedVerdicts) {
        Map<Layer, List<ExerciseSpan>> goldByLayer = byLayer(gold);
        Map<Layer, List<ExerciseSpan>> submittedByLayer = byLayer(submission);
        Map<Layer, LayerScore> layers = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            List<ExerciseSpan> g = goldByLayer.getOrDefault(layer, List.of());
            List<ExerciseSpan> s = submittedByLayer.getOrDefault(layer, List.of());
            if (!g.isEmpty() || !s.isEmpty()) {
                layers.put(layer, scoreLayer(layer, g, s));
            }
        }
        VerdictScore verdicts = goldVerdicts.isEmpty() && submittedVerdicts.isEmpty()
                ? null
                : scoreVerdicts(goldVerdicts, submittedVerdicts);
        List<Tally> tallies = new ArrayList<>();
        layers.values().forEach(l -> tallies.add(l.tally()));
        if (verdicts != null) {
            tallies.add(verdicts.tally());
        }
        return new ScoreReport(rules, layers, verdicts, Tally.sum(tallies, rules));
    }

    /** Each gold slot verdict: right when the student gave the same verdict to the same slot. */
    public VerdictScore scoreVerdicts(List<ExerciseVerdict> gold, List<ExerciseVerdict> submitted) {
        Map<String, String> given = new HashMap<>();
        for (ExerciseVerdict v : submitted) {
            given.put(v.doc() + '\u0000' + v.slot(), v.verdict());
        }
        List<VerdictResult> items = new ArrayList<>();
        int right = 0;
        int wrong = 0;
        for (ExerciseVerdict g : gold.stream()
                .sorted(Comparator.comparing(ExerciseVerdict::doc).thenComparing(ExerciseVerdict::slot))
                .toList()) {
            VerdictResult result = new VerdictResult(g, given.get(g.doc() + '\u0000' + g.slot()));
            items.add(result);
            if (result.right()) {
                right++;
            } else if (result.given() != null) {
                wrong++;
            }
        }
        return new VerdictScore(
                gold.size(), right, wrong, gold.size() - right - wrong, Ratio.of(right, gold.size()), items);
    }

    private LayerScore scoreLayer(Layer layer, List<ExerciseSpan> gold, List<ExerciseSpan> submitted) {
        List<ExerciseSpan> g = gold.stream().sorted(TEXT_ORDER).toList();
        List<ExerciseSpan> s = submitted.stream().sorted(TEXT_ORDER).toList();
        int[] matchOfGold = match(g, s);
        boolean[] studentUsed = new boolean[s.size()];
        List<GoldItemResult> items = new ArrayList<>(g.size());
        int right = 0;
        int wrong = 0;
        for (int i = 0; i < g.size(); i++) {
            ExerciseSpan item = g.get(i);
            int m = matchOfGold[i];
            if (m < 0) {
                items.add(new GoldItemResult(item, ItemOutcome.MISSED, null, 0, 0));
                continue;
            }
            studentUsed[m] = true;
            ExerciseSpan student = s.get(m);
            if (student.label().equals(item.label())) {
                right++;
                items.add(new GoldItemResult(item, ItemOutcome.FOUND, student, item.overlap(student), 1));
            } else {
                wrong++;
                items.add(new GoldItemResult(
                        item, ItemOutcome.WRONG_LABEL, student, item.overlap(student), rules.partialCredit()));
            }
        }
        List<ExerciseSpan> spurious = new ArrayList<>();
        for (int j = 0; j < s.size(); j++) {
            if (!studentUsed[j]) {
                spurious.add(s.get(j));
            }
        }
        Tally tally = Tally.of(g.size(), s.size(), right, wrong, spurious.size(), rules);
        Map<String, Tally> parts = layer == Layer.ATTRIBUTION ? parts(items, s, spurious) : Map.of();
        return new LayerScore(layer, tally, items, spurious, parts);
    }

    /** Attribution frames per part: a gold item counts under its own part, a spurious span under its label. */
    private Map<String, Tally> parts(
            List<GoldItemResult> items, List<ExerciseSpan> submitted, List<ExerciseSpan> spurious) {
        TreeSet<String> labels = new TreeSet<>(
                Comparator.comparingInt(ExerciseScorer::partOrder).thenComparing(Comparator.naturalOrder()));
        items.forEach(i -> labels.add(i.gold().label()));
        submitted.forEach(s -> labels.add(s.label()));
        Map<String, Tally> parts = new LinkedHashMap<>();
        for (String part : labels) {
            int gold = 0;
            int right = 0;
            int wrong = 0;
            for (GoldItemResult item : items) {
                if (item.gold().label().equals(part)) {
                    gold++;
                    if (item.outcome() == ItemOutcome.FOUND) {
                        right++;
                    } else if (item.outcome() == ItemOutcome.WRONG_LABEL) {
                        wrong++;
                    }
                }
            }
            int given =
                    (int) submitted.stream().filter(s -> s.label().equals(part)).count();
            int stray =
                    (int) spurious.stream().filter(s -> s.label().equals(part)).count();
            parts.put(part, Tally.of(gold, given, right, wrong, stray, rules));
        }
        return parts;
    }

    private static int partOrder(String part) {
        return switch (part) {
            case Labels.SOURCE -> 0;
            case Labels.CUE -> 1;
            case Labels.CONTENT -> 2;
            default -> 3;
        };
    }

    /**
     * One-to-one matching, best overlap first. Returns for each gold item (in the given order) the index of its
     * student span, or -1.
     */
    private int[] match(List<ExerciseSpan> gold, List<ExerciseSpan> submitted) {
        List<Candidate> candidates = new ArrayList<>();
        // Both lists are in text order: per article, only students starting before the gold item ends can overlap.
        Map<String, int[]> studentRange = new TreeMap<>();
        for (int j = 0; j < submitted.size(); j++) {
            int index = j;
            studentRange.compute(
                    submitted.get(j).doc(),
                    (doc, range) -> range == null ? new int[] {index, index + 1} : new int[] {range[0], index + 1});
        }
        for (int i = 0; i < gold.size(); i++) {
            ExerciseSpan g = gold.get(i);
            int @Nullable [] range = studentRange.get(g.doc());
            if (range == null) {
                continue;
            }
            for (int j = range[0]; j < range[1]; j++) {
                ExerciseSpan s = submitted.get(j);
                if (s.start() >= g.end()) {
                    break;
                }
                double overlap = g.overlap(s);
                if (overlap > 0 && overlap + SLACK >= rules.overlap()) {
                    candidates.add(new Candidate(i, j, overlap, s.label().equals(g.label())));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::overlap)
                .reversed()
                .thenComparing(Candidate::sameLabel, Comparator.reverseOrder())
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::student));
        int[] matchOfGold = new int[gold.size()];
        java.util.Arrays.fill(matchOfGold, -1);
        boolean[] studentTaken = new boolean[submitted.size()];
        for (Candidate c : candidates) {
            if (matchOfGold[c.gold()] < 0 && !studentTaken[c.student()]) {
                matchOfGold[c.gold()] = c.student();
                studentTaken[c.student()] = true;
            }
        }
        return matchOfGold;
    }

    private static Map<Layer, List<ExerciseSpan>> byLayer(List<ExerciseSpan> spans) {
        Map<Layer, List<ExerciseSpan>> byLayer = new EnumMap<>(Layer.class);
        for (ExerciseSpan span : spans) {
            byLayer.computeIfAbsent(span.layer(), l -> new ArrayList<>()).add(span);
        }
        return byLayer;
    }

    private record Candidate(int gold, int student, double overlap, boolean sameLabel) {}
}
