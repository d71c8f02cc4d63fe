package org.corroborate.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * Agreement of chosen raters on one layer, in plain Java: overall (Fleiss' kappa, Krippendorff's alpha on labels
 * at matched positions, unitizing alpha on positions), per pair, per label, per article, the positions where they
 * disagree and, on the attribution layer, whole frames.
 */
public final class SpanAgreement {

    private static final CohenKappa COHEN = new CohenKappa();
    private static final FleissKappa FLEISS = new FleissKappa();
    private static final KrippendorffAlpha ALPHA = new KrippendorffAlpha();
    private static final UnitizingAlpha UNITIZING = new UnitizingAlpha();

    /** Cohen's kappa of two raters, on the positions both labelled. */
    public record PairScore(String a, String b, Score cohen) {}

    /** One label: how often each rater used it, alpha on it against the other labels, unitizing alpha. */
    public record LabelRow(String label, Map<String, Long> countsByRater, Score alpha, Score unitizing) {}

    /** One article of the selection. */
    public record ArticleRow(long articleId, int units, Score fleiss, Score alpha, Score unitizing) {}

    /**
     * A position where not all raters gave the same label: each rater's label, absent when the rater marked
     * nothing there.
     */
    public record Disagreement(SpanPosition position, String text, Map<String, String> labelsByRater) {}

    /** Whole attribution frames: alpha over frames located by their cue, and how many all raters match fully. */
    public record FrameAgreement(Score alpha, int frames, int fullyMatched) {}

    public record Report(
            Layer layer,
            List<String> raters,
            int units,
            Score fleiss,
            Score alpha,
            Score unitizing,
            List<PairScore> pairs,
            List<LabelRow> labels,
            List<ArticleRow> articles,
            List<Disagreement> disagreements,
            @Nullable FrameAgreement frames) {}

    /**
     * @param texts each article's cleaned text, by id: the unitizing continuum and the disagreement excerpts
     */
    public Report analyse(Layer layer, List<String> raters, List<AgreementSpan> spans, Map<Long, String> texts) {
        List<AgreementSpan> ofLayer = spans.stream()
                .filter(s -> s.layer() == layer && raters.contains(s.annotator()))
                .toList();
        LabelStudy study = LabelStudy.of(raters, ofLayer);

        List<PairScore> pairs = new ArrayList<>();
        for (int a = 0; a < raters.size(); a++) {
            for (int b = a + 1; b < raters.size(); b++) {
                LabelStudy pair = study.pair(a, b);
                pairs.add(new PairScore(raters.get(a), raters.get(b), COHEN.measure(pair)));
            }
        }

        Map<Long, List<AgreementSpan>> byArticle = ofLayer.stream()
                .collect(Collectors.groupingBy(AgreementSpan::articleId, TreeMap::new, Collectors.toList()));
        Map<Long, List<LabelStudy.Unit>> unitsByArticle = study.units().stream()
                .collect(Collectors.groupingBy(u -> u.position().articleId()));
        List<ArticleRow> articles = new ArrayList<>();
        Map<String, double[]> labelUnitizing = new TreeMap<>(); // label -> {weighted sum, weight}
        double unitizingSum = 0;
        int unitizingWeight = 0;
        // Unitizing alpha is the costly part (DKPro computes expected disagreement in BigDecimal): articles in
        // parallel.
        Map<Long, UnitizingAlpha.Result> unitizingByArticle = byArticle.entrySet().parallelStream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> UNITIZING.measure(
                                raters,
                                e.getValue(),
                                texts.getOrDefault(e.getKey(), "").length())));
        for (Map.Entry<Long, List<AgreementSpan>> entry : byArticle.entrySet()) {
            long articleId = entry.getKey();
            LabelStudy ofArticle = new LabelStudy(raters, unitsByArticle.getOrDefault(articleId, List.of()));
            UnitizingAlpha.Result unitizing =
                    Objects.requireNonNull(unitizingByArticle.get(articleId), "measured for every article above");
            if (unitizing.overall().defined()) {
                unitizingSum +=
                        unitizing.overall().value() * unitizing.overall().units();
                unitizingWeight += unitizing.overall().units();
            }
            unitizing.byLabel().forEach((label, score) -> {
                if (score.defined()) {
                    double[] acc = labelUnitizing.computeIfAbsent(label, l -> new double[2]);
                    acc[0] += score.value() * score.units();
                    acc[1] += score.units();
                }
            });
            articles.add(new ArticleRow(
                    articleId,
                    ofArticle.units().size(),
                    FLEISS.measure(ofArticle),
                    ALPHA.measure(ofArticle),
                    unitizing.overall()));
        }
        Score unitizing = unitizingWeight == 0
                ? Score.undefined(0, "no article with spans of two raters")
                : Score.of(unitizingSum / unitizingWeight, unitizingWeight);

        TreeSet<String> labelNames =
                ofLayer.stream().map(AgreementSpan::label).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Score> labelAlphas = ALPHA.measureLabels(study, labelNames);
        Map<String, Map<String, Long>> countsByLabel = new TreeMap<>();
        for (AgreementSpan span : ofLayer) {
            countsByLabel
                    .computeIfAbsent(span.label(), l -> new LinkedHashMap<>())
                    .merge(span.annotator(), 1L, Long::sum);
        }
        List<LabelRow> labels = new ArrayList<>();
        for (String label : labelNames) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String rater : raters) {
                counts.put(rater, countsByLabel.getOrDefault(label, Map.of()).getOrDefault(rater, 0L));
            }
            double[] acc = labelUnitizing.get(label);
            Score labelUnitizingScore = acc == null
                    ? Score.undefined(0, "no article with spans of two raters")
                    : Score.of(acc[0] / acc[1], (int) acc[1]);
            labels.add(new LabelRow(
                    label,
                    counts,
                    Objects.requireNonNull(labelAlphas.get(label), "measureLabels scores every label it is given"),
                    labelUnitizingScore));
        }

        List<Disagreement> disagreements = new ArrayList<>();
        for (LabelStudy.Unit unit : study.units()) {
            if (!unit.unanimous()) {
                Map<String, String> byRater = new LinkedHashMap<>();
                for (int i = 0; i < raters.size(); i++) {
                    String label = unit.labels().get(i);
                    if (label != null) {
                        byRater.put(raters.get(i), label);
                    }
                }
                disagreements.add(new Disagreement(unit.position(), excerpt(texts, unit.position()), byRater));
            }
        }
        disagreements.sort(Comparator.comparing(Disagreement::position));

        FrameAgreement frames = null;
        if (layer == Layer.ATTRIBUTION) {
            LabelStudy frameStudy = FrameStudy.of(raters, ofLayer);
            frames = new FrameAgreement(
                    ALPHA.measure(frameStudy), frameStudy.units().size(), (int) frameStudy.units().stream()
                            .filter(LabelStudy.Unit::unanimous)
                            .count());
        }
        return new Report(
                layer,
                raters,
                study.units().size(),
                FLEISS.measure(study),
                ALPHA.measure(study),
                unitizing,
                pairs,
                labels,
                articles,
                disagreements,
                frames);
    }

    private static String excerpt(Map<Long, String> texts, SpanPosition position) {
        String text = texts.get(position.articleId());
        if (text == null || position.end() > text.length() || position.start() < 0) {
            return "";
        }
        return text.substring(position.start(), position.end());
    }
}
