package org.corroborate.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.annotation.TeamAnnotationService;
import org.corroborate.figure.FigureAttributes;
import org.corroborate.figure.FigureNormaliser;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.suggestion.ArticleAnalysis;
import org.corroborate.suggestion.AttributionDetector;
import org.corroborate.suggestion.Detectors;
import org.corroborate.suggestion.Suggestion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The figures of one article as reconciliation sees them: the gold version's when there is one, else every
 * annotator's figures (one per place), else what the figure detector finds, so that a story can be
 * reconciled before anyone annotated it. Who said each figure comes from the attribution that reports it:
 * the annotator's link when there is one, else the attribution detector's frame whose content holds it. People's
 * readings stand where they exist: the detectors run only where nobody annotated (or for a missing source).
 */
@Component
class StoryFigures {

    private final TeamAnnotationService team;

    StoryFigures(TeamAnnotationService team) {
        this.team = team;
    }

    /** @param reading the project's reading of figures ({@code FigureReaders}), for the detector and corrections */
    List<StoryFigure> of(
            FigureNormaliser reading, long projectId, long articleId, String text, @Nullable LocalDate published) {
        return of(reading, projectId, articleId, ArticleAnalysis.of(text, published));
    }

    /**
     * As {@link #of(FigureNormaliser, long, long, String, LocalDate)}, on an analysis the caller already has. The
     * detectors run only where they are needed: all of them where nobody annotated figures, the attribution detector
     * alone where an annotated figure names no source of its own, none where people annotated everything.
     */
    List<StoryFigure> of(FigureNormaliser reading, long projectId, long articleId, ArticleAnalysis analysis) {
        String text = analysis.text();
        DetectedFrames frames = new DetectedFrames(analysis);
        List<StoryFigure> annotated = annotated(
                reading, projectId, articleId, text, analysis.published().orElse(null), frames);
        if (!annotated.isEmpty()) {
            return annotated;
        }
        List<Suggestion> detected = Detectors.standard(reading).detect(analysis);
        List<StoryFigure> figures = new ArrayList<>();
        for (Suggestion s : detected) {
            if (s.layer() == Layer.FIGURE) {
                String quote = s.text(text);
                figures.add(new StoryFigure(
                        articleId,
                        s.start(),
                        s.end(),
                        quote,
                        detectedSource(detected, s.start(), s.end(), text),
                        "",
                        FigureOrigin.DETECTED,
                        FigureAttributes.correction(
                                        reading,
                                        s.label(),
                                        s.attributes(),
                                        quote,
                                        analysis.published().orElse(null))
                                .orElse(null)));
            }
        }
        return figures;
    }

    /** The attribution detector's frames of one article, found when first asked for. */
    private static final class DetectedFrames {

        private final ArticleAnalysis analysis;
        private @Nullable List<Suggestion> found;

        DetectedFrames(ArticleAnalysis analysis) {
            this.analysis = analysis;
        }

        List<Suggestion> get() {
            if (found == null) {
                found = new Detectors(List.of(new AttributionDetector())).detect(analysis);
            }
            return found;
        }
    }

    private List<StoryFigure> annotated(
            FigureNormaliser reading,
            long projectId,
            long articleId,
            String text,
            @Nullable LocalDate published,
            DetectedFrames frames) {
        List<GoldSpan> gold = team.gold(projectId, articleId);
        List<List<AnnotationView>> sets = new ArrayList<>();
        if (!gold.isEmpty()) {
            sets.add(gold.stream().map(GoldSpan::annotation).toList());
        } else {
            sets.addAll(team.byAnnotator(projectId, articleId).values());
        }
        Map<String, StoryFigure> byPlace = new LinkedHashMap<>();
        for (List<AnnotationView> set : sets) {
            for (AnnotationView v : set) {
                if (v.layer() != Layer.FIGURE || v.end() > text.length()) {
                    continue;
                }
                String place = v.start() + ":" + v.end();
                String source = reportedBy(set, v.attribute(Attributes.REPORTED_BY), text);
                if (source.isEmpty()) {
                    source = detectedSource(frames.get(), v.start(), v.end(), text);
                }
                String quote = text.substring(v.start(), v.end());
                StoryFigure figure = new StoryFigure(
                        articleId,
                        v.start(),
                        v.end(),
                        quote,
                        source,
                        v.attribute(Attributes.MEASURES),
                        FigureOrigin.ANNOTATED,
                        FigureAttributes.correction(reading, v.label(), v.attributes(), quote, published)
                                .orElse(null));
                // Annotators who marked the same place: what one says it measures or how one corrected it counts.
                byPlace.merge(
                        place,
                        figure,
                        (a, b) -> new StoryFigure(
                                a.articleId(),
                                a.start(),
                                a.end(),
                                a.quote(),
                                a.source().isEmpty() ? b.source() : a.source(),
                                a.measures().isEmpty() ? b.measures() : a.measures(),
                                a.origin(),
                                a.corrected() == null ? b.corrected() : a.corrected()));
            }
        }
        return byPlace.values().stream()
                .sorted(Comparator.comparingInt(StoryFigure::start))
                .toList();
    }

    /** The source part of the annotator's attribution frame that the figure links to. */
    private static String reportedBy(List<AnnotationView> set, String frameId, String text) {
        if (frameId.isEmpty()) {
            return "";
        }
        return set.stream()
                .filter(v -> frameId.equals(v.frameId()) && Labels.SOURCE.equals(v.label()) && v.end() <= text.length())
                .map(v -> text.substring(v.start(), v.end()))
                .findFirst()
                .orElse("");
    }

    /** The source of a detected attribution whose content holds the figure; "" when none does. */
    private static String detectedSource(List<Suggestion> detected, int start, int end, String text) {
        for (Suggestion content : detected) {
            if (content.layer() == Layer.ATTRIBUTION
                    && Labels.CONTENT.equals(content.label())
                    && content.start() <= start
                    && content.end() >= end
                    && content.frameId() != null) {
                for (Suggestion source : detected) {
                    if (content.frameId().equals(source.frameId()) && Labels.SOURCE.equals(source.label())) {
                        return source.text(text);
                    }
                }
            }
        }
        return "";
    }
}
